/**
 * Plain lookups over a mapping model for the reference checker: linear
 * scans, no indexes, no code shared with lib/rules or lib/model. Each
 * function restates what the model's doc comments promise.
 */
import {
  AgentNode,
  AssignmentNode,
  MappingModel,
  NamedObject,
  PolicyNode,
  Proficiency,
  Ref,
  SiteNode,
  TrunkNode,
} from '../../lib/model/types';

/** Skill or language. */
export type Kind = 'skill' | 'language';

/** A reference that resolved, or why it did not. */
export type Lookup<T> =
  | { readonly ok: true; readonly target: T }
  | { readonly ok: false; readonly empty: boolean };

/** Null, undefined, empty or whitespace-only. */
export function isBlankText(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}

/** A literal reference with nothing in it. */
export function isBlankRef(ref: Ref): boolean {
  return ref.kind === 'literal' && isBlankText(ref.value);
}

/**
 * A skill or language: an object reference by key; a literal by exact id,
 * else by exact name. Either way, the object the target stands for.
 */
export function lookupNamed(
  list: readonly NamedObject[],
  ref: Ref,
): Lookup<NamedObject> {
  const standFor = (o: NamedObject | undefined) =>
    o ? standsFor(list, o) : undefined;
  if (ref.kind === 'object') {
    return found(standFor(list.find((o) => o.key === ref.key)));
  }
  if (isBlankText(ref.value)) return { ok: false, empty: true };
  // Choice: of several objects with the same id, or else the same name,
  // the one with the smallest key counts.
  const byId = smallestKey(list.filter((o) => o.id === ref.value));
  const byName = smallestKey(list.filter((o) => o.name === ref.value));
  return found(standFor(byId ?? byName));
}

/**
 * The object a skill, language or site stands for. Declared objects stand
 * for themselves. Imports stand for the Genesys object they name: imports
 * with the same id are one object, and so are imports by name with the
 * same name, joined by the import by id carrying that name if there is
 * one. Choice: of several imports by id with that name, the one with the
 * smallest key; the object is the group's member with the smallest key.
 */
export function standsFor<T extends NamedObject>(list: readonly T[], o: T): T {
  const mine = identityOf(list, o);
  if (mine === undefined) return o;
  return smallestKey(list.filter((x) => identityOf(list, x) === mine)) ?? o;
}

function identityOf(
  list: readonly NamedObject[],
  o: NamedObject,
): string | undefined {
  if (o.origin !== 'imported') return undefined;
  const hasId = (x: NamedObject) =>
    x.origin === 'imported' && !isBlankText(x.id);
  if (hasId(o)) return `id ${o.id}`;
  if (isBlankText(o.name)) return undefined;
  const byId = smallestKey(list.filter((x) => hasId(x) && x.name === o.name));
  return byId ? `id ${byId.id}` : `name ${o.name}`;
}

function smallestKey<T extends { key: string }>(list: T[]): T | undefined {
  return [...list].sort((a, b) => compare(a.key, b.key))[0];
}

/** The skills or the languages of the model. */
export function namedList(model: MappingModel, kind: Kind) {
  return kind === 'skill' ? model.skills : model.languages;
}

/**
 * A trunk: an object reference by key; a literal by exact trunk id. Either
 * way, the trunk the target stands for.
 */
export function lookupTrunk(model: MappingModel, ref: Ref): Lookup<TrunkNode> {
  if (ref.kind === 'object') {
    return found(trunkByKey(model, ref.key));
  }
  if (isBlankText(ref.value)) return { ok: false, empty: true };
  // Choice: of several trunks with the same id the first declared counts.
  const first = model.trunks.find((t) => t.trunkId === ref.value);
  return found(first && trunkStandsFor(model, first));
}

/** The trunk the trunk with this key stands for. */
export function trunkByKey(
  model: MappingModel,
  key: string,
): TrunkNode | undefined {
  const trunk = model.trunks.find((t) => t.key === key);
  return trunk && trunkStandsFor(model, trunk);
}

/**
 * Trunks imported by the same exact id are one trunk: the first of them
 * in the model. Declared trunks stand for themselves.
 */
function trunkStandsFor(model: MappingModel, trunk: TrunkNode): TrunkNode {
  if (trunk.origin !== 'imported' || isBlankText(trunk.trunkId)) return trunk;
  const first = model.trunks.find(
    (t) => t.origin === 'imported' && t.trunkId === trunk.trunkId,
  );
  return first ?? trunk;
}

/** A site: an object reference by key; a literal by exact id. */
export function lookupSite(
  model: MappingModel,
  ref: Ref | undefined,
): SiteNode | undefined {
  if (!ref) return undefined;
  const site =
    ref.kind === 'object'
      ? model.sites.find((s) => s.key === ref.key)
      : isBlankText(ref.value)
        ? undefined
        : model.sites.find((s) => s.id === ref.value);
  return site && standsFor(model.sites, site);
}

/** The policy a trunk carries, if its key names one. */
export function policyOf(
  model: MappingModel,
  trunk: TrunkNode,
): PolicyNode | undefined {
  if (trunk.policy === undefined) return undefined;
  return model.policies.find((p) => p.key === trunk.policy);
}

/** The agent with this key. */
export function agentByKey(
  model: MappingModel,
  key: string,
): AgentNode | undefined {
  return model.agents.find((a) => a.key === key);
}

/**
 * How findings name a reference: a literal as JSON (null and undefined
 * bare), an object by its trunk id, name or id, else by its key.
 */
export function describeRef(model: MappingModel, ref: Ref | undefined) {
  if (!ref) return 'none';
  if (ref.kind === 'literal') {
    return ref.value === null || ref.value === undefined
      ? String(ref.value)
      : JSON.stringify(ref.value);
  }
  const trunk = trunkByKey(model, ref.key);
  if (trunk) return trunk.trunkId;
  const named = [model.skills, model.languages, model.sites]
    .map((list) => lookupNamed(list, ref))
    .find((res) => res.ok);
  const target = named?.ok ? named.target : undefined;
  return target?.name ?? target?.id ?? ref.key;
}

/** The trunk id a reference names: the target's, else as written. */
export function trunkIdOfRef(model: MappingModel, ref: Ref): string {
  const res = lookupTrunk(model, ref);
  if (res.ok) return res.target.trunkId;
  return ref.kind === 'literal' ? (ref.value ?? '') : describeRef(model, ref);
}

/** True when the agent's trunk link resolves to this trunk. */
function linksTo(model: MappingModel, agent: AgentNode, trunk: TrunkNode) {
  if (!agent.trunk) return false;
  const res = lookupTrunk(model, agent.trunk);
  return res.ok && res.target.key === trunk.key;
}

/** Agents on a trunk: linked to it, or seated in its queue. Each once. */
export function mappedAgents(
  model: MappingModel,
  trunk: TrunkNode,
): AgentNode[] {
  const seated = (a: AgentNode) =>
    a.queueTrunks.some((key) => trunkByKey(model, key) === trunk);
  return model.agents.filter((a) => seated(a) || linksTo(model, a, trunk));
}

/** True when an assignment's trunk association resolves to this trunk. */
function associatedWith(
  model: MappingModel,
  assignment: AssignmentNode,
  trunk: TrunkNode,
): boolean {
  if (!assignment.trunk) return false;
  const res = lookupTrunk(model, assignment.trunk);
  return res.ok && res.target.key === trunk.key;
}

/** Trunks with mapped agents or named by a WFM trunk association. */
export function trunksInUse(model: MappingModel): TrunkNode[] {
  return model.trunks.filter(
    (t) =>
      mappedAgents(model, t).length > 0 ||
      model.assignments.some((a) => associatedWith(model, a, t)),
  );
}

/** A finite number. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** 0 to 5; whole numbers only for languages. */
export function isValidLevel(value: unknown, kind: Kind): boolean {
  return (
    isFiniteNumber(value) &&
    value >= 0 &&
    value <= 5 &&
    (kind === 'skill' || Number.isInteger(value))
  );
}

/** What an agent holds of one skill or language. */
export interface Held {
  /** Some entry of the agent resolves to the object. */
  readonly has: boolean;
  /** The level that counts, when a finite one was given. */
  readonly level?: number;
}

/**
 * The agent's level in one skill or language. The highest valid value
 * counts. Choice: when no entry is valid, the highest finite one stands
 * in (the out-of-range rule flags it anyway); with no finite entry the
 * agent holds the object at no usable level.
 */
export function heldLevel(
  model: MappingModel,
  entries: readonly Proficiency[],
  kind: Kind,
  targetKey: string,
): Held {
  const list = namedList(model, kind);
  const values = entries
    .filter((e) => {
      const res = lookupNamed(list, e.ref);
      return res.ok && res.target.key === targetKey;
    })
    .map((e) => e.proficiency);
  if (values.length === 0) return { has: false };
  const valid = values.filter((v) => isValidLevel(v, kind)) as number[];
  const pool = valid.length > 0 ? valid : values.filter(isFiniteNumber);
  return pool.length > 0
    ? { has: true, level: Math.max(...pool) }
    : { has: true };
}

/** Sorted by path, then key: the order that picks "the first" object. */
export function byPath<T extends { path: string; key: string }>(
  items: readonly T[],
): T[] {
  return [...items].sort((a, b) =>
    a.path === b.path ? compare(a.key, b.key) : compare(a.path, b.path),
  );
}

/** Code-unit string order. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function found<T>(target: T | undefined): Lookup<T> {
  return target ? { ok: true, target } : { ok: false, empty: false };
}
