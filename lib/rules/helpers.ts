import { ModelIndex, isBlank } from '../model/model-index';
import {
  AgentNode,
  AssignmentNode,
  NamedObject,
  Proficiency,
  Ref,
  TrunkNode,
} from '../model/types';

/** The agent fields a finding carries. */
export function agentInfo(agent: AgentNode): {
  name: string;
  email: string;
} {
  return { name: agent.name, email: agent.email };
}

/** A short label for an agent in messages. */
export function agentLabel(agent: AgentNode): string {
  return `${agent.name} <${agent.email}>`;
}

/** A short label for a trunk in messages. */
export function trunkLabel(trunk: TrunkNode): string {
  return trunk.name && trunk.name !== trunk.trunkId
    ? `${trunk.trunkId} (${trunk.name})`
    : trunk.trunkId;
}

/**
 * The trunk id a reference names: the resolved trunk's id, else the id as
 * written. The same trunk reads alike whether named by construct or id.
 */
export function trunkIdOf(index: ModelIndex, ref: Ref): string {
  const res = index.trunk(ref);
  if (res.ok) return res.target.trunkId;
  return ref.kind === 'literal' ? (ref.value ?? '') : index.describe(ref);
}

/**
 * The name of a resolved skill or language. The same skill reads alike
 * whether referenced by construct, exact id or exact name.
 */
export function targetName(
  index: ModelIndex,
  ref: Ref,
  target: NamedObject,
): string {
  return target.name ?? target.id ?? index.describe(ref);
}

/**
 * The agent's resolved entries by target key. When a skill appears twice,
 * the highest valid proficiency counts; without a valid one, the highest
 * finite one stands in (proficiency-out-of-range flags it anyway).
 */
export function resolvedProficiencies(
  index: ModelIndex,
  entries: readonly Proficiency[],
  kind: 'skill' | 'language',
): ReadonlyMap<string, number | null | undefined> {
  // Several rules ask for the same agent's profile; resolve it once. A
  // plain map: it lives as long as the index, and tens of thousands of
  // weak entries would cost every garbage collection meanwhile.
  const known = index.derived(
    kind === 'skill' ? 'profiles:skill' : 'profiles:language',
    () => new Map<readonly Proficiency[], Profile>(),
  );
  let out = known.get(entries);
  if (!out) {
    out = resolveProfile(index, entries, kind);
    known.set(entries, out);
  }
  return out;
}

type Profile = Map<string, number | null | undefined>;

function resolveProfile(
  index: ModelIndex,
  entries: readonly Proficiency[],
  kind: 'skill' | 'language',
): Profile {
  const out: Profile = new Map();
  for (const entry of entries) {
    const res =
      kind === 'skill' ? index.skill(entry.ref) : index.language(entry.ref);
    if (!res.ok) continue;
    const key = res.target.key;
    if (!out.has(key) || outranks(entry.proficiency, out.get(key), kind)) {
      out.set(key, entry.proficiency);
    }
  }
  return out;
}

/** Valid beats invalid, finite beats non-finite, then higher wins. */
function outranks(
  value: unknown,
  current: unknown,
  kind: 'skill' | 'language',
): boolean {
  const rank = (v: unknown) =>
    validProficiency(v, kind) ? 2 : isNumber(v) ? 1 : 0;
  if (rank(value) !== rank(current)) return rank(value) > rank(current);
  return rank(value) > 0 && (value as number) > (current as number);
}

/** Lowest proficiency Genesys accepts. */
export const MIN_PROFICIENCY = 0;
/** Highest proficiency Genesys accepts. */
export const MAX_PROFICIENCY = 5;

/** Whether a value is a valid proficiency for a skill or a language. */
export function validProficiency(
  value: unknown,
  kind: 'skill' | 'language',
): boolean {
  if (!isNumber(value)) return false;
  if (value < MIN_PROFICIENCY || value > MAX_PROFICIENCY) return false;
  return kind === 'skill' || Number.isInteger(value);
}

/** True for a finite number. */
export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * The assignments of some agents, by agent key, each list in model order:
 * one pass, without grouping the assignments of every other agent, for
 * rules about the few agents that lack a link or are inactive.
 */
export function assignmentsOfAgents(
  index: ModelIndex,
  agents: readonly AgentNode[],
): ReadonlyMap<string, readonly AssignmentNode[]> {
  const out = new Map<string, AssignmentNode[]>();
  if (agents.length === 0) return out;
  for (const agent of agents) out.set(agent.key, []);
  for (const assignment of index.model.assignments) {
    out.get(assignment.agent)?.push(assignment);
  }
  return out;
}

/** Items grouped by a key, each group in the items' order. */
export function groupBy<T>(
  items: readonly T[],
  key: (item: T) => string,
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Emails compare without case and surrounding spaces, as Genesys does. */
export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The `count` items with the smallest paths (then keys), in that order.
 * One pass with a short sorted list: linear in the items for a small
 * count, where sorting 50,000 agents to name three would not be.
 */
export function firstByPath<T extends { path: string; key: string }>(
  items: Iterable<T>,
  count: number,
): T[] {
  const out: T[] = [];
  if (count <= 0) return out;
  for (const item of items) {
    if (out.length === count && !before(item, out[count - 1])) continue;
    let at = out.length;
    while (at > 0 && before(item, out[at - 1])) at--;
    out.splice(at, 0, item);
    if (out.length > count) out.pop();
  }
  return out;
}

function before(
  a: { path: string; key: string },
  b: { path: string; key: string },
): boolean {
  return a.path === b.path ? a.key < b.key : a.path < b.path;
}

/** Renders a possibly invalid value for a finding. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** Agent ids that a mapped trunk holds, each agent once. */
export function mappedAgents(
  index: ModelIndex,
  trunk: TrunkNode,
): readonly AgentNode[] {
  return index.agentsByTrunk().get(trunk.key) ?? [];
}

/** True when the agent profile carries a non-blank trunk link. */
export function hasTrunkLink(agent: AgentNode): boolean {
  return isSet(agent.trunk);
}

/** True for an object reference or a non-blank literal. */
export function isSet(ref: Ref | undefined): ref is Ref {
  if (!ref) return false;
  return ref.kind === 'object' || !isBlank(ref.value);
}

export { nearMisses } from './near-misses';
