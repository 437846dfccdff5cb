import { ModelIndex, isBlank } from '../model/model-index';
import {
  AgentNode,
  AssignmentNode,
  Proficiency,
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
 * The agent's resolved entries by target key. When a skill appears twice,
 * the highest valid proficiency counts.
 */
export function resolvedProficiencies(
  index: ModelIndex,
  entries: readonly Proficiency[],
  kind: 'skill' | 'language',
): Map<string, number | null | undefined> {
  const out = new Map<string, number | null | undefined>();
  for (const entry of entries) {
    const res =
      kind === 'skill' ? index.skill(entry.ref) : index.language(entry.ref);
    if (!res.ok) continue;
    const prev = out.get(res.target.key);
    if (typeof prev === 'number' && !isNumber(entry.proficiency)) continue;
    if (typeof prev === 'number' && prev >= (entry.proficiency as number)) {
      continue;
    }
    out.set(res.target.key, entry.proficiency);
  }
  return out;
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

/**
 * Trunks that carry agents: linked from an agent profile, holding agents
 * in their queue, or named by a WFM trunk association.
 */
export function trunksInUse(index: ModelIndex): TrunkNode[] {
  const used = new Set<string>(index.agentsByTrunk().keys());
  for (const assignment of index.model.assignments) {
    if (!assignment.trunk) continue;
    const res = index.trunk(assignment.trunk);
    if (res.ok) used.add(res.target.key);
  }
  return index.model.trunks.filter((t) => used.has(t.key));
}
