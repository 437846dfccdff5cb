/**
 * A construct app with planted mapping mistakes, synthesized in report-only
 * mode into a temporary directory, for comparing the command-line check
 * with synthesis. One stack, `sg`, in ap-southeast-1:
 *
 * - skills: declared Sales and Billing, Technical imported by name (a data
 *   source, compared by identity) and Legacy imported by id;
 * - trunks: Main and Backup (inactive) on the Singapore site, Sydney on a
 *   site in ap-southeast-2 (its region finding suppressed), and the
 *   existing trunk partner-trunk-7f3a with a capacity of 1;
 * - agents with a low proficiency, a missing skill, a missing language, a
 *   trunk id typo, an inactive state, a duplicate email, no link but a
 *   trunk-associated shift, a queue seat without a link, and literal
 *   (string) skill and trunk references.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import {
  Agent,
  ByocTrunk,
  GenesysApp,
  GenesysCloudStack,
  Language,
  MappingSuppressions,
  RoutingPolicy,
  Site,
  Skill,
  WfmAssignment,
} from '../../constructs';

/** What {@link synthPlantedApp} returns. */
export interface PlantedApp {
  readonly app: GenesysApp;
  readonly outdir: string;
  /** The stack's cdk.tf.json. */
  readonly stackFile: string;
  /** The stack's WFM payload. */
  readonly payloadFile: string;
}

/** Builds and synthesizes the planted app. */
export function synthPlantedApp(): PlantedApp {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-parity-'));
  const reportStream = new Writable({ write: (_c, _e, done) => done() });
  const app = new GenesysApp({
    outdir,
    validation: 'report-only',
    reportStream,
  });
  const stack = new GenesysCloudStack(app, 'sg', { region: 'ap-southeast-1' });
  const address = {
    street1: '1 Raffles Place',
    city: 'Singapore',
    country: 'SG',
    zipCode: '048616',
  };
  const site = new Site(stack, 'Site', {
    name: 'Singapore',
    address,
    mediaRegions: ['ap-southeast-1'],
  });
  const sydneySite = new Site(stack, 'SydneySite', {
    name: 'Sydney',
    address: { ...address, city: 'Sydney', country: 'AU', zipCode: '2000' },
    mediaRegions: ['ap-southeast-2'],
  });
  const sales = new Skill(stack, 'Sales', { name: 'skill_inbound_sales' });
  new Skill(stack, 'Billing', { name: 'skill_billing' });
  const technical = Skill.fromSkillName(
    stack,
    'Technical',
    'skill_technical_support',
  );
  const legacy = Skill.fromSkillAttributes(stack, 'Legacy', {
    skillId: 'skill-legacy-0001',
    name: 'skill_legacy',
  });
  const english = new Language(stack, 'English', { name: 'English' });
  const mandarin = Language.fromLanguageName(stack, 'Mandarin', 'Mandarin');

  const policy = new RoutingPolicy(stack, 'SalesPolicy', {
    name: 'Sales',
    requiredSkills: [
      { skill: sales, minProficiency: 4 },
      { skill: technical, minProficiency: 2 },
    ],
    requiredLanguages: [{ language: english, minProficiency: 3 }],
    maxAgents: 5,
  });
  const open = new RoutingPolicy(stack, 'OpenPolicy', { name: 'Open' });
  const main = new ByocTrunk(stack, 'Main', {
    name: 'Singapore main',
    trunkId: 'byoc_singapore_main',
    inboundSite: site,
    policy,
  });
  const backup = new ByocTrunk(stack, 'Backup', {
    name: 'Singapore backup',
    trunkId: 'byoc_singapore_backup',
    inboundSite: site,
    policy: open,
    state: 'inactive',
  });
  const sydney = new ByocTrunk(stack, 'Sydney', {
    name: 'Sydney',
    trunkId: 'byoc_sydney',
    inboundSite: sydneySite,
    policy: open,
  });
  MappingSuppressions.add(sydney, 'trunk-region-mismatch', 'Overflow');
  const partner = ByocTrunk.fromTrunkAttributes(stack, 'Partner', {
    trunkId: 'partner-trunk-7f3a',
    name: 'Partner carrier',
    state: 'active',
    regions: ['ap-southeast-1'],
    agentCapacity: 1,
  });

  const good = [
    { skill: sales, proficiency: 5 },
    { skill: technical, proficiency: 3 },
  ];
  const speaks = [{ language: english, proficiency: 4 }];
  const agent = (
    id: string,
    props: Partial<ConstructorParameters<typeof Agent>[2]>,
  ) =>
    new Agent(stack, id, {
      name: id,
      email: `${id.toLowerCase()}@example.com`,
      skills: good,
      languages: speaks,
      ...props,
    });

  const ana = agent('Ana', { trunk: main });
  const ben = agent('Ben', {
    trunk: main,
    skills: [{ skill: sales, proficiency: 3 }, good[1]],
  });
  agent('Cai', { trunk: main, skills: [good[0]] });
  const dev = agent('Dev', {
    trunk: 'byoc_singapore_main',
    skills: [
      { skill: 'skill_inbound_sales', proficiency: 5 },
      { skill: 'skill_technical_support', proficiency: 3 },
    ],
  });
  agent('Eli', { trunk: 'byoc_singapore_mian' });
  agent('Fay', { trunk: main, state: 'inactive' });
  agent('Gus', { email: 'ana@example.com' });
  const hal = agent('Hal', {});
  agent('Ivy', {}).addToTrunkQueue(backup);
  agent('Jon', { trunk: sydney });
  agent('Kim', {
    trunk: partner,
    skills: [{ skill: legacy, proficiency: 4 }],
  });
  agent('Lea', { trunk: 'partner-trunk-7f3a' });
  agent('Max', {
    trunk: main,
    languages: [{ language: mandarin, proficiency: 5 }],
  });
  MappingSuppressions.add(ana, 'skill-proficiency-below-minimum', 'Stale');

  const shift = (
    id: string,
    who: Agent,
    props: Partial<ConstructorParameters<typeof WfmAssignment>[2]>,
  ) =>
    new WfmAssignment(stack, id, {
      agent: who,
      businessUnitId: 'bu_apac',
      managementUnitId: 'mu_sg',
      scheduleId: 'schedule_apac_001',
      weekId: '2026-12-07',
      skills: [{ skill: sales, level: 3 }],
      trunk: main,
      ...props,
    });
  shift('AnaShift', ana, {});
  shift('AnaShiftAgain', ana, {});
  shift('BenShift', ben, { skills: [{ skill: sales, level: 4 }] });
  shift('DevShift', dev, {
    trunk: backup,
    skills: [{ skill: 'skill_inbound_sales', level: 4 }],
  });
  shift('HalShift', hal, { trunk: 'byoc_singapore_main' });

  app.synth();
  const stackDir = path.join(outdir, 'stacks', 'sg');
  return {
    app,
    outdir,
    stackFile: path.join(stackDir, 'cdk.tf.json'),
    payloadFile: path.join(stackDir, 'wfm-assignments.json'),
  };
}
