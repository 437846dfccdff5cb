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
  // Several rules ask for the same agent's profile; resolve it once.
  let known = PROFILES.get(index);
  if (!known) {
    known = { skill: new WeakMap(), language: new WeakMap() };
    PROFILES.set(index, known);
  }
  let out = known[kind].get(entries);
  if (!out) {
    out = resolveProfile(index, entries, kind);
    known[kind].set(entries, out);
  }
  return out;
}

type Profiles = WeakMap<readonly Proficiency[], Profile>;
type Profile = Map<string, number | null | undefined>;
const PROFILES = new WeakMap<
  ModelIndex,
  Record<'skill' | 'language', Profiles>
>();

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

/** Assignments grouped by agent key. */
export function assignmentsByAgent(
  assignments: readonly AssignmentNode[],
): Map<string, AssignmentNode[]> {
  const out = new Map<string, AssignmentNode[]>();
  for (const assignment of assignments) {
    const list = out.get(assignment.agent);
    if (list) list.push(assignment);
    else out.set(assignment.agent, [assignment]);
  }
  return out;
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
  const link = agent.trunk;
  if (!link) return false;
  return link.kind === 'object' || !isBlank(link.value);
}

/**
 * Candidates close to `value`: equal ignoring case and surrounding space,
 * or within a small edit distance. Used for "did you mean" hints.
 */
export function nearMisses(value: string, candidates: string[]): string[] {
  const wanted = normalize(value);
  const limit = Math.max(1, Math.min(3, Math.floor(wanted.length / 4)));
  const scored: Array<[number, string]> = [];
  for (const candidate of candidates) {
    const distance = editDistance(wanted, normalize(candidate), limit);
    if (distance <= limit) scored.push([distance, candidate]);
  }
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  return scored.slice(0, 3).map(([, candidate]) => candidate);
}

function normalize(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Levenshtein distance, giving up once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      best = Math.min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length];
}

const IN_USE = new WeakMap<ModelIndex, readonly TrunkNode[]>();

/**
 * Trunks that carry agents: linked from an agent profile, holding agents
 * in their queue, or named by a WFM trunk association. Computed once per
 * index, as several rules ask.
 */
export function trunksInUse(index: ModelIndex): readonly TrunkNode[] {
  const known = IN_USE.get(index);
  if (known) return known;
  const used = new Set<string>(index.agentsByTrunk().keys());
  for (const assignment of index.model.assignments) {
    if (!assignment.trunk) continue;
    const res = index.trunk(assignment.trunk);
    if (res.ok) used.add(res.target.key);
  }
  const trunks = index.model.trunks.filter((t) => used.has(t.key));
  IN_USE.set(index, trunks);
  return trunks;
}
