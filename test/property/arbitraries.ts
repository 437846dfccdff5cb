/**
 * fast-check arbitraries of small random orgs. Raw values pick targets by
 * number; {@link materialize} turns a pick into a valid index (modulo the
 * list's length) or, when the list is empty, into a literal nothing has.
 * Shrinking the raw numbers towards 0 therefore shrinks towards the first
 * object of each list, and every generated org is one the constructs
 * accept. {@link modelArb} then breaks those orgs in the ways only a
 * hand-built or read-in model can (see model-corruptions.ts).
 */
import fc from 'fast-check';
import { ModelCase, corrupt, corruptionArb } from './model-corruptions';
import {
  AgentSpec,
  AssignmentSpec,
  LevelSpec,
  NamedSpec,
  OrgSpec,
  Origin,
  PolicySpec,
  RefSpec,
  SiteSpec,
  StackSpec,
  SuppressionSpec,
  SuppressionTarget,
  TrunkSpec,
  suppressionsOf as suppressionsOfOrg,
  toModel,
  trunkIdOf,
} from './org-spec';
import { RULE_SPECS } from './reference-checker';

/** Media and org regions the orgs draw from. */
export const REGIONS = ['ap-southeast-1', 'ap-southeast-2', 'us-east-1'];
const SKILL_NAMES = ['skill_sales', 'skill_billing', 'skill_support'];
const SKILL_IDS = ['sk-1', 'sk-2'];
const LANGUAGE_NAMES = ['English', 'Mandarin'];
const LANGUAGE_IDS = ['lang-1', 'lang-2'];
const SITE_NAMES = ['Singapore Cloud', 'Sydney Cloud'];
const SITE_IDS = ['site-1', 'site-2'];
const TRUNK_IDS = ['byoc_main', 'byoc_backup', 'byoc_sg'];
const SUPPRESSIBLE = RULE_SPECS.filter((r) => r.suppressible).map((r) => r.id);

const pick = fc.nat({ max: 7 });
const skillLevel = fc.integer({ min: 0, max: 10 }).map((n) => n / 2);
const languageLevel = fc.integer({ min: 0, max: 5 });

/** How a raw reference picks its target. */
type RefMode = 'object' | 'name' | 'id' | 'near' | 'unknown';
interface RawRef {
  readonly mode: RefMode;
  readonly pick: number;
}
/** Mostly good references; one in ten is a near miss or unknown. */
const rawRef = fc.record({
  mode: fc.oneof(
    { weight: 10, arbitrary: fc.constant<RefMode>('object') },
    { weight: 6, arbitrary: fc.constant<RefMode>('name') },
    { weight: 2, arbitrary: fc.constant<RefMode>('id') },
    { weight: 1, arbitrary: fc.constant<RefMode>('near') },
    { weight: 1, arbitrary: fc.constant<RefMode>('unknown') },
  ),
  pick,
});

/** How a raw trunk link or association picks its trunk. */
type TrunkMode = 'object' | 'exact' | 'near' | 'unknown';
interface RawTrunkRef {
  readonly mode: TrunkMode;
  readonly pick: number;
}
const rawTrunkRef = fc.record({
  mode: fc.oneof(
    { weight: 8, arbitrary: fc.constant<TrunkMode>('object') },
    { weight: 8, arbitrary: fc.constant<TrunkMode>('exact') },
    { weight: 2, arbitrary: fc.constant<TrunkMode>('near') },
    { weight: 1, arbitrary: fc.constant<TrunkMode>('unknown') },
  ),
  pick,
});

const rawLevels = (level: fc.Arbitrary<number>, maxLength: number) =>
  fc.array(fc.record({ ref: rawRef, value: level }), { maxLength });

const rawNamed = (names: string[], ids: string[]) =>
  fc.record({
    stack: pick,
    origin: fc.constantFrom<Origin>('declared', 'declared', 'byName', 'byId'),
    name: fc.constantFrom(...names),
    id: fc.constantFrom(...ids),
  });

const rawOrg = fc.record({
  /** 0 makes a tidy org: no near misses, unknown ids or shared emails. */
  noise: fc.nat({ max: 2 }),
  stacks: fc.array(
    fc.record({
      region: fc.option(fc.constantFrom(...REGIONS), {
        nil: undefined,
        freq: 4,
      }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  skills: fc.array(rawNamed(SKILL_NAMES, SKILL_IDS), {
    minLength: 1,
    maxLength: 4,
  }),
  languages: fc.array(rawNamed(LANGUAGE_NAMES, LANGUAGE_IDS), {
    minLength: 1,
    maxLength: 2,
  }),
  sites: fc.array(
    fc.record({
      named: rawNamed(SITE_NAMES, SITE_IDS),
      regions: fc.subarray(REGIONS),
      regionsKnown: fc.boolean(),
    }),
    { minLength: 1, maxLength: 2 },
  ),
  policies: fc.array(
    fc.record({
      stack: pick,
      skills: rawLevels(skillLevel, 2),
      languages: rawLevels(languageLevel, 1),
      maxAgents: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 2 },
  ),
  trunks: fc.array(
    fc.record({
      stack: pick,
      imported: fc.boolean(),
      trunkId: fc.option(fc.constantFrom(...TRUNK_IDS), { nil: undefined }),
      policy: fc.option(pick, { nil: undefined, freq: 5 }),
      inboundSite: fc.option(pick, { nil: undefined, freq: 3 }),
      site: fc.option(pick, { nil: undefined }),
      state: fc.constantFrom<TrunkSpec['state']>(
        'active',
        'active',
        'active',
        'inactive',
      ),
      regions: fc.subarray(REGIONS),
      capacity: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    }),
    { maxLength: 3 },
  ),
  agents: fc.array(
    fc.record({
      stack: pick,
      email: fc.nat({ max: 11 }),
      emailStyle: fc.oneof(
        { weight: 8, arbitrary: fc.constant<string>('plain') },
        { weight: 1, arbitrary: fc.constantFrom('upper', 'padded') },
      ),
      state: fc.constantFrom<AgentSpec['state']>(
        'active',
        'active',
        'active',
        'active',
        'inactive',
        'deleted',
      ),
      skills: rawLevels(skillLevel, 3),
      languages: rawLevels(languageLevel, 2),
      trunk: fc.option(rawTrunkRef, { nil: undefined, freq: 5 }),
      queues: fc.oneof(
        { weight: 6, arbitrary: fc.constant<number[]>([]) },
        {
          weight: 1,
          arbitrary: fc.array(pick, { minLength: 1, maxLength: 2 }),
        },
      ),
    }),
    { maxLength: 8 },
  ),
  assignments: fc.array(
    fc.record({
      agent: pick,
      stack: fc.option(pick, { nil: undefined, freq: 6 }),
      unit: fc.constantFrom<string>('mu_sg_sales', 'mu_sg_support'),
      schedule: fc.constantFrom<string>(
        'schedule_apac_001',
        'schedule_apac_002',
      ),
      week: fc.option(fc.constant('2026-12-07'), { nil: undefined }),
      skills: rawLevels(skillLevel, 2),
      trunk: fc.option(rawTrunkRef, { nil: undefined, freq: 4 }),
    }),
    { maxLength: 8 },
  ),
  suppressions: fc.array(
    fc.record({
      target: fc.constantFrom<SuppressionTarget>(
        'agent',
        'stack',
        'trunk',
        'agent',
        'assignment',
        'policy',
        'app',
      ),
      index: pick,
      ruleId: fc.constantFrom(...SUPPRESSIBLE),
      reason: fc.constantFrom('carrier confirmed', 'migration in progress'),
    }),
    { maxLength: 3 },
  ),
});

type RawOrg = typeof rawOrg extends fc.Arbitrary<infer T> ? T : never;

/** Random orgs the constructs accept: ≤ 8 agents, ≤ 3 trunks, 1-3 stacks. */
export const orgArb: fc.Arbitrary<OrgSpec> = rawOrg.map(materialize);

/**
 * Random mapping models: an org's model, broken by up to four
 * corruptions the constructs would refuse.
 */
export const modelArb: fc.Arbitrary<ModelCase> = fc
  .tuple(orgArb, fc.array(corruptionArb, { maxLength: 4 }))
  .map(([org, corruptions]) =>
    corrupt(toModel(org), suppressionsOfOrg(org), corruptions),
  );

/** Turns raw picks into a consistent org; see the file comment. */
export function materialize(picked: RawOrg): OrgSpec {
  const raw = picked.noise === 0 ? tidy(picked) : picked;
  const stacks: StackSpec[] = raw.stacks;
  const on = (n: number) => n % stacks.length;
  const named = (r: RawOrg['skills'][number]): NamedSpec => ({
    stack: on(r.stack),
    origin: r.origin,
    name: r.name,
    ...(r.origin === 'byId' ? { id: r.id } : {}),
  });
  const skills = raw.skills.map(named);
  const languages = raw.languages.map(named);
  const sites: SiteSpec[] = raw.sites.map((s) => {
    const base = named(s.named);
    if (base.origin === 'declared') {
      return { ...base, regions: s.regions.length ? s.regions : [REGIONS[0]] };
    }
    return s.regionsKnown ? { ...base, regions: s.regions } : base;
  });
  const skillRef = (r: RawRef) => namedRef(r, skills, 'skill_unknown');
  const languageRef = (r: RawRef) => namedRef(r, languages, 'Klingon');
  const policies: PolicySpec[] = raw.policies.map((p) => ({
    stack: on(p.stack),
    skills: p.skills.map((l) => ({ ref: skillRef(l.ref), value: l.value })),
    languages: p.languages.map((l) => ({
      ref: languageRef(l.ref),
      value: l.value,
    })),
    ...(p.maxAgents !== undefined ? { maxAgents: p.maxAgents } : {}),
  }));
  const trunks = materializeTrunks(raw, on, sites.length, policies.length);
  const partial = { stacks, skills, languages, sites, policies, trunks };
  const trunkRef = (r: RawTrunkRef | undefined) =>
    r === undefined ? undefined : trunkRefOf(r, { ...partial, trunks });
  const skillLevels = (list: RawOrg['agents'][number]['skills']) =>
    list.map((l): LevelSpec => ({ ref: skillRef(l.ref), value: l.value }));

  const agents: AgentSpec[] = raw.agents.map((a) => ({
    stack: on(a.stack),
    email: emailOf(a.email, a.emailStyle),
    state: a.state,
    skills: skillLevels(a.skills),
    languages: a.languages.map((l) => ({
      ref: languageRef(l.ref),
      value: l.value,
    })),
    ...(a.trunk ? { trunk: trunkRef(a.trunk) } : {}),
    queues: trunks.length ? a.queues.map((q) => q % trunks.length) : [],
  }));
  const assignments: AssignmentSpec[] = agents.length
    ? raw.assignments.map((a) => {
        const agent = a.agent % agents.length;
        return {
          stack: a.stack === undefined ? agents[agent].stack : on(a.stack),
          agent,
          unit: a.unit,
          schedule: a.schedule,
          ...(a.week !== undefined ? { week: a.week } : {}),
          skills: skillLevels(a.skills),
          ...(a.trunk ? { trunk: trunkRef(a.trunk) } : {}),
        };
      })
    : [];
  const org = { ...partial, agents, assignments, suppressions: [] };
  return { ...org, suppressions: suppressionsOf(raw, org) };
}

/**
 * A third of the orgs are tidy: no near misses or unknown ids, one
 * email and one schedule each, active agents and no suppressions, so
 * that orgs with few or no findings are common too.
 */
function tidy(raw: RawOrg): RawOrg {
  const ref = (r: RawRef): RawRef =>
    r.mode === 'near' || r.mode === 'unknown' ? { ...r, mode: 'name' } : r;
  const trunk = (r?: RawTrunkRef): RawTrunkRef | undefined =>
    r && (r.mode === 'near' || r.mode === 'unknown')
      ? { ...r, mode: 'exact' }
      : r;
  const levels = <T extends { ref: RawRef }>(list: readonly T[]) =>
    list.map((l) => ({ ...l, ref: ref(l.ref) }));
  return {
    ...raw,
    policies: raw.policies.map((p) => ({
      ...p,
      skills: levels(p.skills),
      languages: levels(p.languages),
    })),
    agents: raw.agents.map((a, i) => ({
      ...a,
      email: i,
      emailStyle: 'plain',
      state: 'active',
      skills: levels(a.skills),
      languages: levels(a.languages),
      trunk: trunk(a.trunk),
    })),
    assignments: raw.assignments.map((a, i) => ({
      ...a,
      schedule: `schedule_apac_${100 + i}`,
      skills: levels(a.skills),
      trunk: trunk(a.trunk),
    })),
    suppressions: [],
  };
}

function materializeTrunks(
  raw: RawOrg,
  on: (n: number) => number,
  siteCount: number,
  policyCount: number,
): TrunkSpec[] {
  const taken = new Set<string>();
  return raw.trunks.map((t, i) => {
    // Trunk ids are unique in an app; a taken id falls back to a default.
    const wanted = t.trunkId !== undefined && !taken.has(t.trunkId);
    const trunkId = wanted
      ? t.trunkId
      : t.imported
        ? `imported_${i}`
        : undefined;
    if (trunkId) taken.add(trunkId);
    const spec: TrunkSpec = {
      stack: on(t.stack),
      imported: t.imported,
      ...(trunkId !== undefined ? { trunkId } : {}),
      state: t.state,
      regions: t.imported ? t.regions : [],
      ...(t.capacity !== undefined ? { capacity: t.capacity } : {}),
    };
    // A declared trunk needs an inbound site and a policy.
    const policy = t.imported ? t.policy : (t.policy ?? 0);
    const inbound = t.imported ? t.inboundSite : (t.inboundSite ?? 0);
    return {
      ...spec,
      ...(policy !== undefined ? { policy: policy % policyCount } : {}),
      ...(inbound !== undefined ? { inboundSite: inbound % siteCount } : {}),
      ...(!t.imported && t.site !== undefined
        ? { site: t.site % siteCount }
        : {}),
    };
  });
}

/** A near miss: what users get wrong about exact ids and names. */
function nearMiss(value: string, variant: number): string {
  switch (variant % 4) {
    case 0:
      return value.toUpperCase();
    case 1:
      return `${value} `;
    case 2:
      return value.replace(/_/g, '-');
    default:
      return value.slice(0, -1);
  }
}

function namedRef(r: RawRef, list: NamedSpec[], unknown: string): RefSpec {
  if (list.length === 0 || r.mode === 'unknown') return { literal: unknown };
  const target = list[r.pick % list.length];
  switch (r.mode) {
    case 'object':
      return { to: r.pick % list.length };
    case 'id': {
      const ids = list.flatMap((s) => (s.id === undefined ? [] : [s.id]));
      return { literal: ids.length ? ids[r.pick % ids.length] : target.name };
    }
    case 'near':
      return { literal: nearMiss(target.name, r.pick) };
    default:
      return { literal: target.name };
  }
}

function trunkRefOf(r: RawTrunkRef, org: Pick<OrgSpec, 'trunks'>): RefSpec {
  const count = org.trunks.length;
  if (count === 0 || r.mode === 'unknown') return { literal: 'byoc_nowhere' };
  const i = r.pick % count;
  const id = trunkIdOf(org as OrgSpec, i);
  if (r.mode === 'object') return { to: i };
  if (r.mode === 'near') return { literal: nearMiss(id, r.pick) };
  return { literal: id };
}

function emailOf(n: number, style: string): string {
  const plain = `agent${n}@apac.example.com`;
  if (style === 'upper') return `Agent${n}@APAC.example.com`;
  return style === 'padded' ? ` ${plain} ` : plain;
}

function suppressionsOf(
  raw: RawOrg,
  org: Omit<OrgSpec, 'suppressions'>,
): SuppressionSpec[] {
  const lists: Record<SuppressionTarget, number> = {
    app: 1,
    stack: org.stacks.length,
    agent: org.agents.length,
    trunk: org.trunks.length,
    assignment: org.assignments.length,
    policy: org.policies.length,
  };
  return raw.suppressions.map((s) => {
    const target = lists[s.target] > 0 ? s.target : 'stack';
    return { ...s, target, index: s.index % lists[target] };
  });
}
