/**
 * Hand-built mapping models for rule tests that the constructs cannot
 * express (rosters, Terraform JSON, sizes too large to declare).
 *
 *   const model = org()
 *     .skill('sales')
 *     .policy('sales-policy', { skills: { sales: 4 } })
 *     .trunk('byoc_sg', { policy: 'sales-policy' })
 *     .agent('ann', { skills: { sales: 5 }, trunk: 'byoc_sg' })
 *     .build();
 *
 * Every object's key is its path, `Org/<collection>/<name>`, as
 * constructs use their construct path. Skills and languages given as a
 * record are identity references to the object of that name; trunks
 * given as a string are literal trunk ids, as users write them.
 */
import {
  AgentNode,
  AgentState,
  AssignmentNode,
  MappingModel,
  NamedObject,
  Origin,
  PolicyNode,
  Ref,
  SiteNode,
  TrunkNode,
  TrunkState,
} from '../../lib/model/types';
import {
  BYOC_META_BASE_ID,
  BYOC_TRUNK_TYPE,
} from '../../lib/rules/trunk-not-byoc-cloud';

/** Name of the one stack of a hand-built model. */
export const STACK = 'Org';
/** Organization region of a hand-built model unless told otherwise. */
export const ORG_REGION = 'ap-southeast-1';

/** Model collections that have paths. */
export type Collection = Exclude<keyof MappingModel, 'stacks'>;

/** Path (and key) of a hand-built object. */
export function pathOf(collection: Collection, name: string): string {
  return `${STACK}/${collection}/${name}`;
}

/** Identity reference to a hand-built object. */
export function objectRef(collection: Collection, name: string): Ref {
  return { kind: 'object', key: pathOf(collection, name) };
}

/** Literal reference: an id or name as a user writes it. */
export function literal(value: string | null | undefined): Ref {
  return { kind: 'literal', value };
}

/** A proficiency or level, possibly invalid. */
export type Level = number | null | undefined;

/** Skills or languages by name (identity refs), or as explicit refs. */
export type Levels =
  Readonly<Record<string, Level>> | ReadonlyArray<readonly [Ref, Level]>;

/** Fields of a hand-built agent. */
export interface AgentInput {
  /** Default: `<name>@example.com`. */
  readonly email?: string;
  /** Default: `active`. */
  readonly state?: AgentState;
  readonly skills?: Levels;
  readonly languages?: Levels;
  /** Trunk link: a literal trunk id or a ref. Default: none. */
  readonly trunk?: string | Ref;
  /** Trunk ids whose queue holds the agent. Default: none. */
  readonly queueTrunks?: readonly string[];
}

/** Fields of a hand-built trunk. */
export interface TrunkInput {
  /** Name of the policy the trunk carries. Default: none. */
  readonly policy?: string;
  /** Default: `active`. */
  readonly state?: TrunkState;
  /** Default: `declared`. */
  readonly origin?: Origin;
  /** Default: `EXTERNAL`. */
  readonly trunkType?: string;
  /** Default: the BYOC carrier meta base. */
  readonly metaBaseId?: string;
  /**
   * Name of the inbound site, or null for none. Default: a site named
   * `default` in the organization's region.
   */
  readonly inboundSite?: string | null;
  /** Regions declared for the trunk. Default: from its sites. */
  readonly regions?: readonly string[];
  /** Default: none. */
  readonly agentCapacity?: number;
  /** Last path segment, for two trunks with one id. Default: the id. */
  readonly name?: string;
}

/** Fields of a hand-built routing policy. */
export interface PolicyInput {
  readonly skills?: Levels;
  readonly languages?: Levels;
  /** Default: 50. */
  readonly maxAgents?: number;
}

/** Fields of a hand-built WFM assignment. */
export interface AssignmentInput {
  /** Default: `schedule_apac_001`. */
  readonly schedule?: string;
  readonly skills?: Levels;
  /** Trunk association: a literal trunk id or a ref. Default: none. */
  readonly trunk?: string | Ref;
  /** Default: `mu_1`. */
  readonly managementUnit?: string;
  /** Last path segment. Default: `<agent>@<schedule>`. */
  readonly name?: string;
}

/** Starts a hand-built model of one stack in `region`. */
export function org(region: string | undefined = ORG_REGION): OrgBuilder {
  return new OrgBuilder(region);
}

/** Fluent builder of a {@link MappingModel}; see {@link org}. */
export class OrgBuilder {
  private readonly model = {
    skills: [] as NamedObject[],
    languages: [] as NamedObject[],
    sites: [] as SiteNode[],
    policies: [] as PolicyNode[],
    trunks: [] as TrunkNode[],
    agents: [] as AgentNode[],
    assignments: [] as AssignmentNode[],
  };

  constructor(private readonly region: string | undefined) {}

  /** Adds a declared skill; `fields` override the defaults. */
  skill(name: string, fields: Partial<NamedObject> = {}): this {
    this.model.skills.push(named('skills', name, fields));
    return this;
  }

  /** Adds a declared language; `fields` override the defaults. */
  language(name: string, fields: Partial<NamedObject> = {}): this {
    this.model.languages.push(named('languages', name, fields));
    return this;
  }

  /**
   * Adds a site with media regions; `fields` override the defaults, a
   * declared Cloud site.
   */
  site(
    name: string,
    mediaRegions: readonly string[],
    fields: Partial<SiteNode> = {},
  ): this {
    this.model.sites.push({
      ...named('sites', name, {}),
      mediaModel: 'Cloud',
      mediaRegions,
      ...fields,
    });
    return this;
  }

  /** Adds a routing policy. */
  policy(name: string, input: PolicyInput = {}): this {
    const requirements = (levels: Levels | undefined, kind: Collection) =>
      entries(levels, kind).map(([ref, level]) => ({
        ref,
        minProficiency: level as number,
      }));
    this.model.policies.push({
      ...base('policies', name),
      name,
      requiredSkills: requirements(input.skills, 'skills'),
      requiredLanguages: requirements(input.languages, 'languages'),
      maxAgents: input.maxAgents ?? 50,
    });
    return this;
  }

  /** Adds a trunk with this trunk id. */
  trunk(trunkId: string, input: TrunkInput = {}): this {
    const origin = input.origin ?? 'declared';
    const siteName =
      input.inboundSite === undefined ? 'default' : input.inboundSite;
    if (siteName === 'default' && !this.has('sites', 'default')) {
      this.site('default', this.region ? [this.region] : []);
    }
    this.model.trunks.push({
      ...base('trunks', input.name ?? trunkId),
      origin,
      name: trunkId,
      trunkId,
      state: input.state ?? 'active',
      trunkType: input.trunkType ?? BYOC_TRUNK_TYPE,
      metaBaseId: input.metaBaseId ?? BYOC_META_BASE_ID,
      ...(siteName !== null
        ? { inboundSite: objectRef('sites', siteName) }
        : {}),
      ...(input.regions ? { regions: input.regions } : {}),
      ...(input.agentCapacity !== undefined
        ? { agentCapacity: input.agentCapacity }
        : {}),
      ...(input.policy ? { policy: pathOf('policies', input.policy) } : {}),
    });
    return this;
  }

  /** Adds an agent. */
  agent(name: string, input: AgentInput = {}): this {
    this.model.agents.push({
      ...base('agents', name),
      name,
      email: input.email ?? `${name}@example.com`,
      state: input.state ?? 'active',
      skills: entries(input.skills, 'skills').map(toProficiency),
      languages: entries(input.languages, 'languages').map(toProficiency),
      ...(input.trunk !== undefined ? { trunk: trunkRef(input.trunk) } : {}),
      queueTrunks: (input.queueTrunks ?? []).map((t) => pathOf('trunks', t)),
    });
    return this;
  }

  /** Places the agent named `agent` on a WFM schedule. */
  assign(agent: string, input: AssignmentInput = {}): this {
    const schedule = input.schedule ?? 'schedule_apac_001';
    this.model.assignments.push({
      ...base('assignments', input.name ?? `${agent}@${schedule}`),
      agent: pathOf('agents', agent),
      scheduleId: schedule,
      businessUnitId: 'bu_1',
      managementUnitId: input.managementUnit ?? 'mu_1',
      skills: entries(input.skills, 'skills').map(([ref, level]) => ({
        ref,
        level,
      })),
      ...(input.trunk !== undefined ? { trunk: trunkRef(input.trunk) } : {}),
    });
    return this;
  }

  /** The model built so far. */
  build(): MappingModel {
    const stack = this.region
      ? { name: STACK, orgRegion: this.region }
      : { name: STACK };
    return {
      stacks: [stack],
      skills: [...this.model.skills],
      languages: [...this.model.languages],
      sites: [...this.model.sites],
      policies: [...this.model.policies],
      trunks: [...this.model.trunks],
      agents: [...this.model.agents],
      assignments: [...this.model.assignments],
    };
  }

  private has(collection: 'sites', name: string): boolean {
    const key = pathOf(collection, name);
    return this.model[collection].some((node) => node.key === key);
  }
}

function base(collection: Collection, name: string) {
  const path = pathOf(collection, name);
  return { key: path, path, stack: STACK };
}

function named(
  collection: Collection,
  name: string,
  fields: Partial<NamedObject>,
): NamedObject {
  return {
    ...base(collection, name),
    origin: 'declared',
    name,
    ...fields,
  };
}

function entries(
  levels: Levels | undefined,
  collection: Collection,
): Array<readonly [Ref, Level]> {
  if (!levels) return [];
  if (Array.isArray(levels)) return [...levels];
  return Object.entries(levels).map(
    ([name, level]) => [objectRef(collection, name), level] as const,
  );
}

function toProficiency([ref, proficiency]: readonly [Ref, Level]) {
  return { ref, proficiency };
}

function trunkRef(trunk: string | Ref): Ref {
  return typeof trunk === 'string' ? literal(trunk) : trunk;
}
