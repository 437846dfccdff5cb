/**
 * The mapping model: a plain-data picture of the agents, skills, trunks,
 * routing policies and WFM assignments of a whole app. Constructs and the
 * Terraform JSON reader both produce it; the rules only ever read it.
 */

/** Where a user declared an object: a source file or a roster row. */
export interface SourceLocation {
  /** File path, relative to the working directory when possible. */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  /** 1-based column number, when known. */
  readonly column?: number;
}

/**
 * A reference from one object to another. `object` references point at a
 * declared or imported object by identity, so they match even when the
 * target's id is only known after apply. `literal` references carry the
 * string the user wrote and are resolved by exact id (or, for skills and
 * languages, exact name).
 */
export type Ref =
  | { readonly kind: 'object'; readonly key: string }
  | { readonly kind: 'literal'; readonly value: string | null | undefined };

/** How an object came into the model. */
export type Origin = 'declared' | 'imported';

/** Fields every model object has. */
export interface ModelObject {
  /** Identity, unique across the model. */
  readonly key: string;
  /** Construct path or Terraform address, used in findings. */
  readonly path: string;
  /** Name of the stack the object belongs to. */
  readonly stack: string;
  /** Where the user declared the object. */
  readonly source?: SourceLocation;
  /**
   * Terraform address of the object's main resource or data source, such
   * as `genesyscloud_user.agent_1_ABC`, when it has one.
   */
  readonly address?: string;
}

/** A routing skill or a routing language. */
export interface NamedObject extends ModelObject {
  readonly origin: Origin;
  /** Display name, when known at synth time. */
  readonly name?: string;
  /** Genesys id, when known at synth time (imports by id). */
  readonly id?: string;
}

/** A telephony site. */
export interface SiteNode extends NamedObject {
  /** `Cloud` or `Premises`, when known. */
  readonly mediaModel?: string;
  /** Media regions, when known. */
  readonly mediaRegions?: readonly string[];
}

/** A minimum proficiency a routing policy requires. */
export interface Requirement {
  readonly ref: Ref;
  readonly minProficiency: number;
}

/** Routing requirements a trunk applies to its agents. */
export interface PolicyNode extends ModelObject {
  readonly name: string;
  readonly requiredSkills: readonly Requirement[];
  readonly requiredLanguages: readonly Requirement[];
  /** Most agents the policy allows on one trunk. */
  readonly maxAgents: number;
}

/** Lifecycle state of a trunk as the user declared it. */
export type TrunkState = 'active' | 'inactive';

/** A trunk (BYOC or otherwise) that agents can be mapped to. */
export interface TrunkNode extends NamedObject {
  /** The id users write in trunk links and WFM trunk associations. */
  readonly trunkId: string;
  readonly state: TrunkState;
  /** Provider `trunk_type`, for example `EXTERNAL`. */
  readonly trunkType?: string;
  /** Provider `trunk_meta_base_id`. */
  readonly metaBaseId?: string;
  /** Reference to the inbound site, if any. */
  readonly inboundSite?: Ref;
  /** Media site reference, if any. */
  readonly site?: Ref;
  /** Regions declared for an imported trunk; otherwise from its sites. */
  readonly regions?: readonly string[];
  /** Agent capacity of the trunk itself, if declared. */
  readonly agentCapacity?: number;
  /** Key of the routing policy the trunk carries. */
  readonly policy?: string;
}

/** Agent account state, as the provider's `state` attribute. */
export type AgentState = 'active' | 'inactive' | 'deleted';

/** A skill or language on an agent profile. */
export interface Proficiency {
  readonly ref: Ref;
  /** The value as declared; may be invalid, the rules judge it. */
  readonly proficiency: number | null | undefined;
}

/** A user who takes calls routed over trunks. */
export interface AgentNode extends ModelObject {
  readonly name: string;
  readonly email: string;
  readonly state: AgentState;
  readonly skills: readonly Proficiency[];
  readonly languages: readonly Proficiency[];
  /** Trunk link on the agent profile, if any. */
  readonly trunk?: Ref;
  /**
   * Where the trunk link was declared, when not with the agent: the
   * entry of a policy file. Default: with the agent.
   */
  readonly linkSource?: SourceLocation;
  /** Keys of trunks whose queue holds this agent as a member. */
  readonly queueTrunks: readonly string[];
}

/** A skill given to an agent by a WFM assignment, at a level. */
export interface AssignedSkill {
  readonly ref: Ref;
  readonly level: number | null | undefined;
}

/** An agent placed on a WFM schedule. */
export interface AssignmentNode extends ModelObject {
  /** Key of the assigned agent. */
  readonly agent: string;
  readonly scheduleId: string;
  readonly businessUnitId?: string;
  readonly managementUnitId?: string;
  readonly weekId?: string;
  readonly skills: readonly AssignedSkill[];
  /** Trunk association of the assignment, if any. */
  readonly trunk?: Ref;
}

/** A stack and the organization region its provider targets. */
export interface StackNode {
  readonly name: string;
  /** Provider `aws_region`, when known. */
  readonly orgRegion?: string;
}

/** The whole app as the rules see it. */
export interface MappingModel {
  readonly stacks: readonly StackNode[];
  readonly skills: readonly NamedObject[];
  readonly languages: readonly NamedObject[];
  readonly sites: readonly SiteNode[];
  readonly policies: readonly PolicyNode[];
  readonly trunks: readonly TrunkNode[];
  readonly agents: readonly AgentNode[];
  readonly assignments: readonly AssignmentNode[];
}

/** An empty model, convenient as a starting point. */
export function emptyModel(): MappingModel {
  return {
    stacks: [],
    skills: [],
    languages: [],
    sites: [],
    policies: [],
    trunks: [],
    agents: [],
    assignments: [],
  };
}
