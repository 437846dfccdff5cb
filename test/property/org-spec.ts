/**
 * A plain description of an org that both the constructs and the
 * reference checker can read. Objects point at each other by index;
 * {@link toModel} restates, independently of constructs/, the mapping
 * model those constructs should contribute.
 */
import {
  AgentNode,
  AgentState,
  MappingModel,
  NamedObject,
  Ref,
  TrunkState,
} from '../../lib/model/types';
import { Suppression } from '../../lib/validation/suppression';

/** How a skill, language or site enters the app. */
export type Origin = 'declared' | 'byName' | 'byId';

/** A reference: an object by index, or a string as the user wrote it. */
export type RefSpec = { readonly to: number } | { readonly literal: string };

/** A reference with a proficiency, minimum or level. */
export interface LevelSpec {
  readonly ref: RefSpec;
  readonly value: number;
}

/** A GenesysCloudStack. */
export interface StackSpec {
  readonly region?: string;
}

/** A skill or language. */
export interface NamedSpec {
  readonly stack: number;
  readonly origin: Origin;
  readonly name: string;
  /** Set for imports by id. */
  readonly id?: string;
}

/** A site; imports may leave the media regions unknown. */
export interface SiteSpec extends NamedSpec {
  readonly regions?: readonly string[];
}

/** A routing policy. */
export interface PolicySpec {
  readonly stack: number;
  readonly skills: readonly LevelSpec[];
  readonly languages: readonly LevelSpec[];
  readonly maxAgents?: number;
}

/** A declared ByocTrunk or one imported by its attributes. */
export interface TrunkSpec {
  readonly stack: number;
  readonly imported: boolean;
  /** Required for imports; declared trunks default to the construct id. */
  readonly trunkId?: string;
  readonly policy?: number;
  readonly inboundSite?: number;
  /** Media site, declared trunks only. */
  readonly site?: number;
  readonly state: TrunkState;
  /** Imports only. */
  readonly regions: readonly string[];
  readonly capacity?: number;
}

/** An agent; `queues` are trunks whose queue seats it without a link. */
export interface AgentSpec {
  readonly stack: number;
  readonly email: string;
  readonly state: AgentState;
  readonly skills: readonly LevelSpec[];
  readonly languages: readonly LevelSpec[];
  readonly trunk?: RefSpec;
  readonly queues: readonly number[];
}

/** A WFM assignment. */
export interface AssignmentSpec {
  readonly stack: number;
  readonly agent: number;
  readonly unit: string;
  readonly schedule: string;
  readonly week?: string;
  readonly skills: readonly LevelSpec[];
  readonly trunk?: RefSpec;
}

/** What a suppression is added to. */
export type SuppressionTarget =
  'app' | 'stack' | 'agent' | 'trunk' | 'assignment' | 'policy';

/** A MappingSuppressions.add call. */
export interface SuppressionSpec {
  readonly target: SuppressionTarget;
  readonly index: number;
  readonly ruleId: string;
  readonly reason: string;
}

/** A whole org. Every index points into its list. */
export interface OrgSpec {
  readonly stacks: readonly StackSpec[];
  readonly skills: readonly NamedSpec[];
  readonly languages: readonly NamedSpec[];
  readonly sites: readonly SiteSpec[];
  readonly policies: readonly PolicySpec[];
  readonly trunks: readonly TrunkSpec[];
  readonly agents: readonly AgentSpec[];
  readonly assignments: readonly AssignmentSpec[];
  readonly suppressions: readonly SuppressionSpec[];
}

/** Construct ids, by collection; the index is appended. */
export const IDS = {
  stacks: 'Stack',
  skills: 'Skill',
  languages: 'Language',
  sites: 'Site',
  policies: 'Policy',
  trunks: 'Trunk',
  agents: 'Agent',
  assignments: 'Shift',
} as const;

/** A collection of the org that has construct paths. */
export type Collection = Exclude<keyof typeof IDS, 'stacks'>;

/** Construct id of the i-th object of a collection. */
export function idOf(collection: keyof typeof IDS, i: number): string {
  return `${IDS[collection]}${i}`;
}

/** Construct path (and model key) of the i-th object of a collection. */
export function pathOf(org: OrgSpec, collection: Collection, i: number) {
  const item = org[collection][i];
  return `${idOf('stacks', item.stack)}/${idOf(collection, i)}`;
}

/** The trunk id of the i-th trunk. */
export function trunkIdOf(org: OrgSpec, i: number): string {
  return org.trunks[i].trunkId ?? idOf('trunks', i);
}

/** The suppressions as the engine receives them. */
export function suppressionsOf(org: OrgSpec): Suppression[] {
  return org.suppressions.map((s) => ({
    path: suppressionPath(org, s),
    ruleId: s.ruleId,
    reason: s.reason,
  }));
}

function suppressionPath(org: OrgSpec, s: SuppressionSpec): string {
  switch (s.target) {
    case 'app':
      return '';
    case 'stack':
      return idOf('stacks', s.index);
    case 'agent':
      return pathOf(org, 'agents', s.index);
    case 'trunk':
      return pathOf(org, 'trunks', s.index);
    case 'assignment':
      return pathOf(org, 'assignments', s.index);
    case 'policy':
      return pathOf(org, 'policies', s.index);
  }
}

/** The mapping model the constructs of `org` should contribute. */
export function toModel(org: OrgSpec): MappingModel {
  const ref = (collection: Collection, r: RefSpec): Ref =>
    'to' in r
      ? { kind: 'object', key: pathOf(org, collection, r.to) }
      : { kind: 'literal', value: r.literal };
  const named = (collection: 'skills' | 'languages' | 'sites', i: number) => {
    const s = org[collection][i];
    const node: NamedObject = {
      key: pathOf(org, collection, i),
      path: pathOf(org, collection, i),
      stack: idOf('stacks', s.stack),
      origin: s.origin === 'declared' ? 'declared' : 'imported',
      ...(s.origin === 'byId' ? { id: s.id } : { name: s.name }),
    };
    return s.origin === 'byId' && collection !== 'sites'
      ? { ...node, name: s.name }
      : node;
  };
  const levels = (collection: 'skills' | 'languages', list: LevelSpec[]) =>
    list.map((l) => ({ ref: ref(collection, l.ref), proficiency: l.value }));
  const minimums = (collection: 'skills' | 'languages', list: LevelSpec[]) =>
    list.map((l) => ({ ref: ref(collection, l.ref), minProficiency: l.value }));
  const base = (collection: Collection, i: number) => ({
    key: pathOf(org, collection, i),
    path: pathOf(org, collection, i),
    stack: idOf('stacks', org[collection][i].stack),
  });

  return {
    stacks: org.stacks.map((s, i) => ({
      name: idOf('stacks', i),
      ...(s.region !== undefined ? { orgRegion: s.region } : {}),
    })),
    skills: org.skills.map((_, i) => named('skills', i)),
    languages: org.languages.map((_, i) => named('languages', i)),
    sites: org.sites.map((s, i) => ({
      ...named('sites', i),
      // Declared sites are Cloud sites; an import's media model is unknown.
      ...(s.origin === 'declared' ? { mediaModel: 'Cloud' } : {}),
      ...(s.regions !== undefined ? { mediaRegions: [...s.regions] } : {}),
    })),
    policies: org.policies.map((p, i) => ({
      ...base('policies', i),
      name: `Policy ${i}`,
      requiredSkills: minimums('skills', [...p.skills]),
      requiredLanguages: minimums('languages', [...p.languages]),
      maxAgents: p.maxAgents ?? 50,
    })),
    trunks: org.trunks.map((t, i) => ({
      ...base('trunks', i),
      origin: t.imported ? 'imported' : 'declared',
      trunkId: trunkIdOf(org, i),
      state: t.state,
      ...(t.imported
        ? { id: trunkIdOf(org, i), regions: [...t.regions] }
        : {
            trunkType: 'EXTERNAL',
            metaBaseId: 'external_sip_pcv_byoc_carrier.json',
          }),
      ...(t.inboundSite !== undefined
        ? { inboundSite: ref('sites', { to: t.inboundSite }) }
        : {}),
      ...(t.site !== undefined ? { site: ref('sites', { to: t.site }) } : {}),
      ...(t.capacity !== undefined ? { agentCapacity: t.capacity } : {}),
      ...(t.policy !== undefined
        ? { policy: pathOf(org, 'policies', t.policy) }
        : {}),
    })),
    agents: org.agents.map((a, i): AgentNode => ({
      ...base('agents', i),
      name: `Agent ${i}`,
      email: a.email,
      state: a.state,
      skills: levels('skills', [...a.skills]),
      languages: levels('languages', [...a.languages]),
      ...(a.trunk ? { trunk: ref('trunks', a.trunk) } : {}),
      queueTrunks: a.queues.map((t) => pathOf(org, 'trunks', t)),
    })),
    assignments: org.assignments.map((a, i) => ({
      ...base('assignments', i),
      agent: pathOf(org, 'agents', a.agent),
      scheduleId: a.schedule,
      businessUnitId: 'bu_apac',
      managementUnitId: a.unit,
      ...(a.week !== undefined ? { weekId: a.week } : {}),
      skills: a.skills.map((s) => ({
        ref: ref('skills', s.ref),
        level: s.value,
      })),
      ...(a.trunk ? { trunk: ref('trunks', a.trunk) } : {}),
    })),
  };
}
