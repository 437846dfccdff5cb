/**
 * A hand-written org for the determinism tests: two stacks that do not
 * reference each other (Singapore, Sydney), with declared and imported
 * skills, languages, sites and trunks, and agents and shifts that trip
 * most rules, so every report has findings of many kinds to order.
 */
import { OrgSpec } from '../property/org-spec';

const SG = 0;
const AU = 1;

/** The org; indexes refer to the lists below. */
export const FIXTURE_ORG: OrgSpec = {
  stacks: [{ region: 'ap-southeast-1' }, { region: 'ap-southeast-2' }],
  skills: [
    { stack: SG, origin: 'declared', name: 'skill_sales' },
    { stack: SG, origin: 'byName', name: 'skill_billing' },
    { stack: SG, origin: 'byId', name: 'skill_support', id: 'sk-1' },
    { stack: AU, origin: 'declared', name: 'skill_sales_au' },
  ],
  languages: [
    { stack: SG, origin: 'declared', name: 'English' },
    { stack: SG, origin: 'byName', name: 'Mandarin' },
    { stack: AU, origin: 'declared', name: 'English' },
  ],
  sites: [
    {
      stack: SG,
      origin: 'declared',
      name: 'Singapore Cloud',
      regions: ['ap-southeast-1'],
    },
    { stack: SG, origin: 'byId', name: 'Sydney', id: 'site-2' },
    {
      stack: AU,
      origin: 'declared',
      name: 'Sydney Cloud',
      regions: ['us-east-1'],
    },
  ],
  policies: [
    {
      stack: SG,
      skills: [{ ref: { to: 0 }, value: 4 }],
      languages: [{ ref: { to: 0 }, value: 3 }],
      maxAgents: 3,
    },
    {
      stack: SG,
      skills: [{ ref: { literal: 'skill_billing' }, value: 2.5 }],
      languages: [],
    },
    {
      stack: AU,
      skills: [{ ref: { to: 3 }, value: 3 }],
      languages: [{ ref: { to: 2 }, value: 2 }],
      maxAgents: 2,
    },
  ],
  trunks: [
    {
      stack: SG,
      imported: false,
      trunkId: 'byoc_sg_main',
      policy: 0,
      inboundSite: 0,
      state: 'active',
      regions: [],
    },
    {
      stack: SG,
      imported: false,
      trunkId: 'byoc_sg_backup',
      policy: 1,
      inboundSite: 0,
      site: 1,
      state: 'inactive',
      regions: [],
      capacity: 1,
    },
    {
      stack: SG,
      imported: true,
      trunkId: 'byoc_legacy',
      policy: 1,
      state: 'active',
      regions: ['us-east-1'],
    },
    {
      stack: AU,
      imported: false,
      trunkId: 'byoc_au_main',
      policy: 2,
      inboundSite: 2,
      state: 'active',
      regions: [],
    },
  ],
  agents: [
    agent(SG, 'wei.tan', [5, 3], 5, { to: 0 }),
    agent(SG, 'arjun.nair', [3.5, 0], 4, { literal: 'byoc_sg_main' }),
    agent(SG, 'siti.rahman', [4, 2], 2, { literal: 'BYOC_SG_MAIN' }),
    agent(SG, 'daniel.lim', [5, 5], 4, undefined, [0]),
    agent(SG, 'Wei.Tan', [4, 4], 3, { to: 1 }),
    { ...agent(SG, 'grace.chua', [4, 1], 4, { to: 0 }), state: 'inactive' },
    agent(SG, 'ravi.kumar', [4.5, 3], 4, { literal: 'byoc_legacy' }, [1]),
    agent(AU, 'mia.jones', [3, 0], 2, { to: 3 }),
    agent(AU, 'liam.smith', [2, 0], 1, { to: 3 }),
    agent(AU, 'zoe.brown', [4, 0], 3, { to: 3 }),
    { ...agent(AU, 'noah.wilson', [0, 0], 3, { to: 3 }), skills: [] },
    {
      ...agent(SG, 'hui.min', [5, 4], 4, { to: 0 }),
      skills: [{ ref: { literal: 'skill_retention' }, value: 3 }],
    },
  ],
  assignments: [
    shift(SG, 0, 'schedule_apac_001', 4, { to: 0 }),
    shift(SG, 1, 'schedule_apac_001', 4, { literal: 'byoc_sg_main' }),
    shift(SG, 2, 'schedule_apac_001', 3, { to: 0 }),
    shift(SG, 3, 'schedule_apac_002', 5, { to: 0 }),
    shift(SG, 3, 'schedule_apac_001', 4, { literal: 'byoc_sg_backup' }),
    shift(SG, 4, 'schedule_apac_001', 4, { to: 0 }),
    shift(SG, 5, 'schedule_apac_002', 2),
    shift(SG, 5, 'schedule_apac_001', 2),
    shift(SG, 0, 'schedule_apac_001', 1, { to: 0 }),
    shift(AU, 7, 'schedule_au_001', 3, { to: 3 }),
    shift(AU, 8, 'schedule_au_001', 3, { to: 3 }),
    shift(AU, 9, 'schedule_au_001', 2, { literal: 'byoc-au-main' }),
  ],
  suppressions: [
    {
      target: 'trunk',
      index: 3,
      ruleId: 'trunk-region-mismatch',
      reason: 'Sydney media moves to ap-southeast-2 next quarter',
    },
    {
      target: 'stack',
      index: AU,
      ruleId: 'trunk-capacity-exceeded',
      reason: 'carrier raised the channel limit',
    },
    {
      target: 'agent',
      index: 2,
      ruleId: 'agent-missing-required-language',
      reason: 'language training booked',
    },
    {
      target: 'stack',
      index: SG,
      ruleId: 'inactive-agent-mapped',
      reason: 'still used after the ticket closed',
    },
  ],
};

function agent(
  stack: number,
  user: string,
  [sales, billing]: [number, number],
  english: number,
  trunk?: OrgSpec['agents'][number]['trunk'],
  queues: number[] = [],
): OrgSpec['agents'][number] {
  const sg = stack === SG;
  return {
    stack,
    email: `${user}@apac.example.com`,
    state: 'active',
    skills: [
      { ref: { to: sg ? 0 : 3 }, value: sales },
      ...(sg ? [{ ref: { to: 1 }, value: billing }] : []),
    ],
    languages: [{ ref: { to: sg ? 0 : 2 }, value: english }],
    ...(trunk ? { trunk } : {}),
    queues,
  };
}

function shift(
  stack: number,
  agentIndex: number,
  schedule: string,
  level: number,
  trunk?: OrgSpec['assignments'][number]['trunk'],
): OrgSpec['assignments'][number] {
  return {
    stack,
    agent: agentIndex,
    unit: stack === SG ? 'mu_singapore' : 'mu_sydney',
    schedule,
    week: '2026-12-07',
    skills: [
      {
        ref: stack === SG ? { literal: 'skill_sales' } : { to: 3 },
        value: level,
      },
    ],
    ...(trunk ? { trunk } : {}),
  };
}
