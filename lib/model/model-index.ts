import { canonicalNamed, canonicalTrunks, isBlankText } from './identity';
import {
  AgentNode,
  MappingModel,
  NamedObject,
  PolicyNode,
  Ref,
  SiteNode,
  StackNode,
  TrunkNode,
} from './types';

/** Why a reference did not resolve. */
export type Unresolved = 'empty' | 'unknown';

/** The outcome of resolving a reference. */
export type Resolution<T> =
  | { readonly ok: true; readonly target: T }
  | { readonly ok: false; readonly reason: Unresolved };

/** Failed resolutions, shared: resolving allocates nothing. */
const EMPTY: Resolution<never> = Object.freeze({ ok: false, reason: 'empty' });
const UNKNOWN: Resolution<never> = Object.freeze({
  ok: false,
  reason: 'unknown',
});

/**
 * Lookup tables over a model, built once per validation so that every rule
 * runs in time linear in the size of the model. References resolve to the
 * object their target stands for (see ./identity): two imports of one
 * existing skill, language, site or trunk resolve to the same node.
 */
export class ModelIndex {
  private readonly skillsByKey = new Map<string, NamedObject>();
  private readonly skillLiterals = new Map<string, NamedObject>();
  private readonly languagesByKey = new Map<string, NamedObject>();
  private readonly languageLiterals = new Map<string, NamedObject>();
  private readonly sitesByKey = new Map<string, SiteNode>();
  private readonly sitesById = new Map<string, SiteNode>();
  private readonly trunksByKey = new Map<string, TrunkNode>();
  private readonly trunksById = new Map<string, TrunkNode>();
  private readonly policiesByKey = new Map<string, PolicyNode>();
  private readonly agentsByKey = new Map<string, AgentNode>();
  private readonly stacksByName = new Map<string, StackNode>();
  private mappedAgents?: Map<string, AgentNode[]>;
  private readonly memo = new Map<string, unknown>();
  // The same tables holding resolutions, made once and shared by every
  // reference to a target: rules resolve hundreds of thousands per run.
  private readonly skillResolutions: ResolutionTables<NamedObject>;
  private readonly languageResolutions: ResolutionTables<NamedObject>;
  private readonly trunkResolutions: ResolutionTables<TrunkNode>;

  constructor(readonly model: MappingModel) {
    indexNamed(model.skills, this.skillsByKey, this.skillLiterals);
    indexNamed(model.languages, this.languagesByKey, this.languageLiterals);
    for (const [key, site] of canonicalNamed(model.sites)) {
      this.sitesByKey.set(key, site);
    }
    for (const site of model.sites) {
      if (site.id !== undefined && !this.sitesById.has(site.id)) {
        this.sitesById.set(site.id, this.sitesByKey.get(site.key) ?? site);
      }
    }
    for (const [key, trunk] of canonicalTrunks(model.trunks)) {
      this.trunksByKey.set(key, trunk);
    }
    for (const trunk of model.trunks) {
      if (!this.trunksById.has(trunk.trunkId)) {
        const canonical = this.trunksByKey.get(trunk.key) ?? trunk;
        this.trunksById.set(trunk.trunkId, canonical);
      }
    }
    for (const policy of model.policies) {
      this.policiesByKey.set(policy.key, policy);
    }
    for (const agent of model.agents) this.agentsByKey.set(agent.key, agent);
    for (const stack of model.stacks) this.stacksByName.set(stack.name, stack);
    this.skillResolutions = resolutions(this.skillsByKey, this.skillLiterals);
    this.languageResolutions = resolutions(
      this.languagesByKey,
      this.languageLiterals,
    );
    this.trunkResolutions = resolutions(this.trunksByKey, this.trunksById);
  }

  /** Resolves a skill reference by identity, exact id or exact name. */
  skill(ref: Ref): Resolution<NamedObject> {
    return resolve(ref, this.skillResolutions);
  }

  /** Resolves a language reference by identity, exact id or exact name. */
  language(ref: Ref): Resolution<NamedObject> {
    return resolve(ref, this.languageResolutions);
  }

  /** Resolves a site reference by identity or exact id. */
  site(ref: Ref): SiteNode | undefined {
    if (ref.kind === 'object') return this.sitesByKey.get(ref.key);
    if (!ref.value) return undefined;
    return this.sitesById.get(ref.value);
  }

  /** Resolves a trunk reference by identity or exact trunk id. */
  trunk(ref: Ref): Resolution<TrunkNode> {
    return resolve(ref, this.trunkResolutions);
  }

  /** The trunk the trunk with this key stands for. */
  trunkByKey(key: string): TrunkNode | undefined {
    return this.trunksByKey.get(key);
  }

  /** The routing policy with this key. */
  policy(key: string | undefined): PolicyNode | undefined {
    return key === undefined ? undefined : this.policiesByKey.get(key);
  }

  /** The agent with this key. */
  agent(key: string): AgentNode | undefined {
    return this.agentsByKey.get(key);
  }

  /**
   * The agent of each assignment, at the assignment's position in the
   * model: rules that look at every assignment's agent share one lookup.
   */
  assignmentAgents(): readonly (AgentNode | undefined)[] {
    return this.derived('assignmentAgents', () =>
      this.model.assignments.map((a) => this.agentsByKey.get(a.agent)),
    );
  }

  /** The stack with this name. */
  stack(name: string): StackNode | undefined {
    return this.stacksByName.get(name);
  }

  /** Every declared or imported trunk id, for near-miss suggestions. */
  trunkIds(): string[] {
    return [...this.trunksById.keys()];
  }

  /**
   * Agents mapped to each trunk (by trunk key): agents whose trunk link
   * resolves to the trunk, plus agents placed in the trunk's queue.
   */
  agentsByTrunk(): Map<string, AgentNode[]> {
    if (this.mappedAgents) return this.mappedAgents;
    const mapped = new Map<string, AgentNode[]>();
    // Each agent once per trunk; an agent has few trunks, so a short list
    // reused across agents does what a set per agent would.
    const keys: string[] = [];
    const add = (key: string) => {
      if (!keys.includes(key)) keys.push(key);
    };
    for (const agent of this.model.agents) {
      keys.length = 0;
      for (const key of agent.queueTrunks) {
        add(this.trunksByKey.get(key)?.key ?? key);
      }
      if (agent.trunk) {
        const link = this.trunk(agent.trunk);
        if (link.ok) add(link.target.key);
      }
      for (const key of keys) {
        const list = mapped.get(key);
        if (list) list.push(agent);
        else mapped.set(key, [agent]);
      }
    }
    this.mappedAgents = mapped;
    return mapped;
  }

  /**
   * A value derived from the model, built on first use and shared by the
   * rules of one validation (such as assignments grouped by agent), so
   * that no rule repeats a pass another has made. `name` identifies it.
   */
  derived<T>(name: string, build: () => T): T {
    if (this.memo.has(name)) return this.memo.get(name) as T;
    const value = build();
    this.memo.set(name, value);
    return value;
  }

  /** Human label for a reference, for messages. */
  describe(ref: Ref | undefined): string {
    if (!ref) return 'none';
    if (ref.kind === 'literal') {
      return ref.value === null || ref.value === undefined
        ? String(ref.value)
        : JSON.stringify(ref.value);
    }
    const trunk = this.trunksByKey.get(ref.key);
    if (trunk) return trunk.trunkId;
    const target: NamedObject | undefined =
      this.skillsByKey.get(ref.key) ??
      this.languagesByKey.get(ref.key) ??
      this.sitesByKey.get(ref.key);
    return target?.name ?? target?.id ?? ref.key;
  }
}

/** True for an empty, whitespace-only, null or undefined string. */
export const isBlank = isBlankText;

function indexNamed(
  list: readonly NamedObject[],
  byKey: Map<string, NamedObject>,
  literals: Map<string, NamedObject>,
): void {
  const canonical = canonicalNamed(list);
  for (const [key, item] of canonical) byKey.set(key, item);
  // Exact ids win over names. Among objects sharing an id or a name, the
  // one with the smallest key wins, whatever the declaration order.
  const ordered = [...list].sort((a, b) => (a.key < b.key ? -1 : 1));
  const standsFor = (item: NamedObject) => canonical.get(item.key) ?? item;
  for (const item of ordered) {
    if (item.name !== undefined && !literals.has(item.name)) {
      literals.set(item.name, standsFor(item));
    }
  }
  const ids = new Set<string>();
  for (const item of ordered) {
    if (item.id === undefined || ids.has(item.id)) continue;
    ids.add(item.id);
    literals.set(item.id, standsFor(item));
  }
}

/** Resolutions by key and by literal id or name. */
interface ResolutionTables<T> {
  readonly byKey: ReadonlyMap<string, Resolution<T>>;
  readonly literals: ReadonlyMap<string, Resolution<T>>;
}

function resolutions<T>(
  byKey: ReadonlyMap<string, T>,
  literals: ReadonlyMap<string, T>,
): ResolutionTables<T> {
  const made = new Map<T, Resolution<T>>();
  const of = (target: T): Resolution<T> => {
    let res = made.get(target);
    if (!res) made.set(target, (res = { ok: true, target }));
    return res;
  };
  const table = (from: ReadonlyMap<string, T>) => {
    const out = new Map<string, Resolution<T>>();
    for (const [key, target] of from) out.set(key, of(target));
    return out;
  };
  return { byKey: table(byKey), literals: table(literals) };
}

function resolve<T>(ref: Ref, tables: ResolutionTables<T>): Resolution<T> {
  if (ref.kind === 'object') return tables.byKey.get(ref.key) ?? UNKNOWN;
  if (isBlank(ref.value)) return EMPTY;
  return tables.literals.get(ref.value as string) ?? UNKNOWN;
}
