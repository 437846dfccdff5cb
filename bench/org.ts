/**
 * A synthetic contact-center organization as plain data, generated from a
 * seeded PRNG so every run and every variant builds the same org. The
 * library, the bare bindings and the roster writer all read this spec.
 */

/** Region of the organization; every site serves it. */
export const ORG_REGION = 'ap-southeast-1';
/** Business unit of every WFM assignment. */
export const BUSINESS_UNIT = 'bu_apac';
/** First day of the schedule week of every assignment. */
export const WEEK = '2026-12-07';

const SKILLS = 300;
const TRUNKS = 100;
const LANGUAGES = ['English', 'Mandarin', 'Malay', 'Tamil', 'Japanese'];
const AGENTS_PER_UNIT = 1250;
/** Share of agents that carry one planted mapping mistake. */
const ERROR_RATE = 0.02;
/** Share of agents that name skills and trunks by string, not construct. */
const LITERAL_RATE = 0.1;

/** Mistakes planted on single agents, one per affected agent. */
export const AGENT_ERRORS = [
  'no-trunk-link',
  'trunk-id-typo',
  'low-proficiency',
  'missing-skill',
  'unknown-skill',
  'assignment-trunk-mismatch',
  'inactive-agent',
] as const;
export type AgentError = (typeof AGENT_ERRORS)[number];

/** A site with the media regions it serves. */
export interface SiteSpec {
  readonly name: string;
  readonly city: string;
  readonly country: string;
  readonly zipCode: string;
  readonly mediaRegions: string[];
}

/** A required skill or language (by index) at a minimum proficiency. */
export interface Requirement {
  readonly index: number;
  readonly min: number;
}

/** A BYOC trunk and the routing policy it carries. */
export interface TrunkSpec {
  readonly trunkId: string;
  readonly name: string;
  readonly site: number;
  readonly state: 'active' | 'inactive';
  readonly maxAgents: number;
  readonly requiredSkills: Requirement[];
  readonly requiredLanguages: Requirement[];
}

/** A skill on a profile: an index, or a name that matches no skill. */
export interface SkillEntry {
  readonly skill: number | string;
  readonly proficiency: number;
}

/** An agent and its WFM assignment. */
export interface AgentSpec {
  readonly name: string;
  readonly email: string;
  readonly state: 'active' | 'inactive';
  /** Name skills, languages and trunks by exact name or id strings. */
  readonly literal: boolean;
  readonly skills: SkillEntry[];
  readonly languages: { language: number; proficiency: number }[];
  /** Trunk index, or a trunk id that matches no trunk. */
  readonly trunk?: number | string;
  readonly managementUnitId: string;
  readonly scheduleId: string;
  readonly assignedSkills: { skill: number; level: number }[];
  /** Trunk index of the WFM trunk association. */
  readonly association: number;
}

/** The whole organization. */
export interface OrgSpec {
  readonly skills: string[];
  readonly languages: string[];
  readonly sites: SiteSpec[];
  readonly trunks: TrunkSpec[];
  readonly agents: AgentSpec[];
  /** Planted mistakes by kind, including trunk-level ones. */
  readonly planted: Record<string, number>;
}

/** mulberry32: small, fast and good enough for synthetic data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates the org with `agents` agents; the same seed, the same org. */
export function generateOrg(agents: number, seed = 20261207): OrgSpec {
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const skills = Array.from({ length: SKILLS }, (_, i) => skillName(i));
  const sites = SITES.map(([name, city, country, zipCode]) => ({
    name,
    city,
    country,
    zipCode,
    mediaRegions: [ORG_REGION],
  }));
  const perTrunk = Math.max(1, Math.floor(agents / TRUNKS));
  const trunks = Array.from({ length: TRUNKS }, (_, t) =>
    trunkSpec(t, int, perTrunk),
  );
  const planted: Record<string, number> = {
    'trunk-capacity-exceeded': 2,
    'trunk-inactive': 1,
  };
  const list: AgentSpec[] = [];
  for (let i = 0; i < agents; i++) {
    const error =
      random() < ERROR_RATE
        ? AGENT_ERRORS[int(AGENT_ERRORS.length)]
        : undefined;
    if (error) planted[error] = (planted[error] ?? 0) + 1;
    list.push(agentSpec(i, trunks, int, random() < LITERAL_RATE, error));
  }
  return { skills, languages: LANGUAGES, sites, trunks, agents: list, planted };
}

const SITES: [string, string, string, string][] = [
  ['Singapore', 'Singapore', 'SG', '048616'],
  ['Kuala Lumpur', 'Kuala Lumpur', 'MY', '50088'],
  ['Chennai', 'Chennai', 'IN', '600001'],
  ['Manila', 'Manila', 'PH', '1000'],
];

function skillName(i: number): string {
  return `skill_${String(i).padStart(3, '0')}`;
}

function trunkSpec(
  t: number,
  int: (n: number) => number,
  perTrunk: number,
): TrunkSpec {
  const required = new Set<number>();
  const count = 1 + int(3);
  while (required.size < count) required.add(int(SKILLS));
  // Two trunks take about twice their limit; one is inactive.
  const over = t === TRUNKS - 3 || t === TRUNKS - 2;
  return {
    trunkId: `byoc_${String(t).padStart(3, '0')}`,
    name: `BYOC carrier ${t}`,
    site: t % SITES.length,
    state: t === TRUNKS - 1 ? 'inactive' : 'active',
    maxAgents: over ? Math.max(1, Math.floor(perTrunk / 2)) : 1000,
    requiredSkills: [...required].map((index) => ({ index, min: 2 + int(3) })),
    requiredLanguages:
      t % 3 === 0 ? [{ index: int(LANGUAGES.length), min: 3 }] : [],
  };
}

function agentSpec(
  i: number,
  trunks: TrunkSpec[],
  int: (n: number) => number,
  literal: boolean,
  error: AgentError | undefined,
): AgentSpec {
  const t = int(trunks.length);
  const trunk = trunks[t];
  const skills: SkillEntry[] = trunk.requiredSkills.map((r) => ({
    skill: r.index,
    proficiency: r.min + int(6 - r.min),
  }));
  if (error === 'low-proficiency') skills[0] = { ...skills[0], proficiency: 1 };
  if (error === 'missing-skill') skills.shift();
  const held = new Set(skills.map((s) => s.skill));
  for (let extra = 1 + int(3); extra > 0; extra--) {
    const skill = int(SKILLS);
    if (held.has(skill)) continue;
    held.add(skill);
    skills.push({ skill, proficiency: 1 + int(9) / 2 });
  }
  if (error === 'unknown-skill') {
    skills.push({ skill: `${skillName(int(SKILLS))}_old`, proficiency: 3 });
  }
  const languages = trunk.requiredLanguages.map((r) => ({
    language: r.index,
    proficiency: 3 + int(3),
  }));
  if (languages.length === 0) {
    languages.push({ language: int(LANGUAGES.length), proficiency: 4 });
  }
  const unit = Math.floor(i / AGENTS_PER_UNIT);
  return {
    name: `Agent ${i}`,
    email: `agent${i}@bench.example.com`,
    state: error === 'inactive-agent' ? 'inactive' : 'active',
    literal,
    skills,
    languages,
    ...(error === 'no-trunk-link'
      ? {}
      : { trunk: error === 'trunk-id-typo' ? typo(trunk.trunkId) : t }),
    managementUnitId: `mu_${String(unit).padStart(3, '0')}`,
    scheduleId: `schedule_${unit}_${i % 3}`,
    assignedSkills: skills
      .filter((s): s is { skill: number; proficiency: number } =>
        trunk.requiredSkills.some((r) => r.index === s.skill),
      )
      .map((s) => ({ skill: s.skill, level: Math.min(2, s.proficiency) })),
    association:
      error === 'assignment-trunk-mismatch' ? (t + 1) % trunks.length : t,
  };
}

/** A plausible mistyped trunk id: the separator changed. */
function typo(trunkId: string): string {
  return trunkId.replace('_', '-');
}
