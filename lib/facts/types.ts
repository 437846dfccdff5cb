/**
 * Mapping facts: what Genesys stores no field for, but the mapping rules
 * need. The same document is the policy file a user writes for an export
 * (JSON or YAML) and the block GenesysApp embeds in every synthesized
 * stack under `"//": { "genesyscloud-byoc": ... }`, which Terraform
 * ignores. lib/schemas/mapping-facts.schema.json describes it.
 *
 * References to objects are strings: a Terraform address such as
 * `genesyscloud_routing_skill.sales` or `data.genesyscloud_routing_skill.x`
 * resolves to that block by identity; anything else is an exact id or an
 * exact name, compared as the constructs compare literal strings. Facts
 * embedded by GenesysApp may also name an object of another stack by its
 * construct path.
 */

/** Key of the facts block inside a stack's top-level `"//"` object. */
export const FACTS_KEY = 'genesyscloud-byoc';

/** The current (and only) version of the format. */
export const FACTS_VERSION = 1;

/**
 * `root` of facts embedded in `<outdir>/stacks/<stack>/cdk.tf.json` when
 * they give none: the directory that holds the outdir.
 */
export const DEFAULT_EMBEDDED_ROOT = '../../..';

/** Where an object was declared, for findings. */
export interface FactsSource {
  /** File path; relative paths start at the facts' `root`. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, when known. */
  readonly column?: number;
}

/** A skill a policy requires, at a minimum proficiency. */
export interface SkillRequirementFacts {
  /** The skill: address, exact id or exact name. */
  readonly skill: string;
  readonly minProficiency: number;
}

/** A language a policy requires, at a minimum proficiency. */
export interface LanguageRequirementFacts {
  /** The language: address, exact id or exact name. */
  readonly language: string;
  readonly minProficiency: number;
}

/** A routing policy: what a trunk expects of its agents. */
export interface PolicyFacts {
  /** Policy name; trunks name their policy by it. Unique per document. */
  readonly name: string;
  /**
   * Address of the `genesyscloud_routing_skill_group` stating the policy.
   * Gives the policy its path, and its trunks' queues. Default: none.
   */
  readonly skillGroup?: string;
  /** Path in findings without a skill group. Default: `policies/<name>`. */
  readonly path?: string;
  /** Most agents one trunk may carry. Default: 50. */
  readonly maxAgents?: number;
  /** Required skills, `{ skill, minProficiency }`. Default: none. */
  readonly requiredSkills?: readonly SkillRequirementFacts[];
  /** Required languages, `{ language, minProficiency }`. Default: none. */
  readonly requiredLanguages?: readonly LanguageRequirementFacts[];
}

/** Trunk states. */
export type TrunkStateFacts = 'active' | 'inactive';

/** A trunk: a trunkbasesettings block, or an existing trunk by id. */
export interface TrunkFacts {
  /**
   * Address of a `genesyscloud_telephony_providers_edges_trunkbasesettings`
   * resource or data source, or the exact id of an existing trunk.
   */
  readonly trunk: string;
  /**
   * The id agents and WFM assignments use. Default: the exact id for an
   * existing trunk, else the resource's `name`.
   */
  readonly trunkId?: string;
  /** Display name of an existing trunk. Default: none. */
  readonly name?: string;
  /** Path of an existing trunk in findings. Default: `trunks/<id>`. */
  readonly path?: string;
  /** Name (or skill-group address) of the policy. Default: none. */
  readonly policy?: string;
  /** Default: the resource's `state`, else `active`. */
  readonly state?: TrunkStateFacts;
  /** Regions of an existing trunk. Default: its sites' media regions. */
  readonly regions?: readonly string[];
  /** Agent capacity. Default: the policy's maxAgents. */
  readonly agentCapacity?: number;
  /**
   * Address of the `genesyscloud_routing_queue` whose members are the
   * trunk's agents. Default: the queue declared as the trunk's `Queue`
   * child, else the one queue using the policy's skill group.
   */
  readonly queue?: string;
  /** Inbound site, address or id. Default: `inbound_site_id`. */
  readonly inboundSite?: string;
}

/** An agent's trunk link (and queue seats without a link). */
export interface AgentLinkFacts {
  /** Address of the `genesyscloud_user`, or its email. */
  readonly user: string;
  /** The trunk: address, construct path or trunk id. Default: none. */
  readonly trunk?: string;
  /** Trunks whose queue seats the agent without a link. Default: none. */
  readonly queues?: readonly string[];
}

/** Kinds of object that can be imported by id. */
export type ImportKind = 'skill' | 'language' | 'site';

/**
 * An existing object: by exact `id` when no Terraform block names it, or
 * by the `address` of its data source to add facts such as media regions.
 */
export interface ImportFacts {
  readonly kind: ImportKind;
  readonly id?: string;
  readonly address?: string;
  readonly name?: string;
  /** Path in findings. Default: the address, else `<kind>s/<id>`. */
  readonly path?: string;
  /** Media regions of a site. */
  readonly mediaRegions?: readonly string[];
}

/** A skill a WFM assignment schedules, at a level. */
export interface AssignedSkillFacts {
  readonly skill: string;
  /** Level from 0 to 5; other values are findings, not input errors. */
  readonly level: number | null;
}

/** An agent placed on a WFM schedule. */
export interface AssignmentFacts {
  /** Address of the user, its construct path, or its email. */
  readonly agent: string;
  readonly scheduleId: string;
  /** Required by WFM; checked by the payload schema, not here. */
  readonly businessUnitId?: string;
  readonly managementUnitId?: string;
  readonly weekId?: string;
  readonly skills: readonly AssignedSkillFacts[];
  /** Trunk association: address, construct path or trunk id. */
  readonly trunk?: string;
  /** Path in findings. Default: `wfm/<scheduleId>/<agent>`. */
  readonly path?: string;
}

/** A rule silenced for a path and its children. */
export interface SuppressionFacts {
  readonly path: string;
  readonly ruleId: string;
  readonly reason: string;
}

/** The whole facts document. */
export interface MappingFacts {
  readonly version: typeof FACTS_VERSION;
  /** The organization; `region` is its AWS region. */
  readonly organization?: { readonly region?: string };
  readonly policies?: readonly PolicyFacts[];
  readonly trunks?: readonly TrunkFacts[];
  /** Explicit trunk links; they win over links derived from phones. */
  readonly agents?: readonly AgentLinkFacts[];
  readonly imports?: readonly ImportFacts[];
  /** WFM assignments; when present, a payload file is not used. */
  readonly assignments?: readonly AssignmentFacts[];
  /** Construct path of each address, so findings name constructs. */
  readonly paths?: Readonly<Record<string, string>>;
  /**
   * Directory that relative `sources` files start at, relative to the
   * directory of the file holding the facts. Default: `../../..` for
   * facts embedded in a stack's `cdk.tf.json` (the directory synthesis ran
   * in, for the usual `cdktf.out`), else the working directory.
   */
  readonly root?: string;
  /** Declaration site by address or construct path. */
  readonly sources?: Readonly<Record<string, FactsSource>>;
  /** Rules silenced by path; the deepest matching path is reported. */
  readonly suppressions?: readonly SuppressionFacts[];
}
