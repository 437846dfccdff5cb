import { ModelIndex } from '../model/model-index';
import { AgentNode, AssignmentNode, TrunkNode } from '../model/types';
import { agentInfo, agentLabel, firstByPath, normalEmail } from './helpers';
import { FindingDraft } from './rule';

/** What makes a trunk carry traffic. */
export interface TrunkUse {
  /** Agents mapped to the trunk: linked to it or seated in its queue. */
  readonly agents: readonly AgentNode[];
  /** WFM assignments whose trunk association names the trunk. */
  readonly associations: readonly AssignmentNode[];
}

interface MutableUse {
  readonly agents: readonly AgentNode[];
  readonly associations: AssignmentNode[];
}

const NO_USE: TrunkUse = { agents: [], associations: [] };
const USES = new WeakMap<ModelIndex, ReadonlyMap<string, TrunkUse>>();

/**
 * The use of every trunk, by trunk key. Computed once per index in one
 * pass over the agents and one over the assignments, as several rules ask.
 */
export function trunkUses(index: ModelIndex): ReadonlyMap<string, TrunkUse> {
  const known = USES.get(index);
  if (known) return known;
  const uses = new Map<string, MutableUse>();
  for (const [key, agents] of index.agentsByTrunk()) {
    uses.set(key, { agents, associations: [] });
  }
  for (const assignment of index.model.assignments) {
    if (!assignment.trunk) continue;
    const res = index.trunk(assignment.trunk);
    if (!res.ok) continue;
    let use = uses.get(res.target.key);
    if (!use)
      uses.set(res.target.key, (use = { agents: [], associations: [] }));
    use.associations.push(assignment);
  }
  USES.set(index, uses);
  return uses;
}

/** The use of one trunk; empty when nothing uses it. */
export function trunkUse(index: ModelIndex, trunk: TrunkNode): TrunkUse {
  return trunkUses(index).get(trunk.key) ?? NO_USE;
}

/**
 * Trunks that carry agents: linked from an agent profile, holding agents
 * in their queue, or named by a WFM trunk association. In model order.
 */
export function trunksInUse(index: ModelIndex): readonly TrunkNode[] {
  const uses = trunkUses(index);
  return index.model.trunks.filter((t) => uses.has(t.key));
}

/**
 * Agents once per person: of agents sharing an email (compared as Genesys
 * does), the one with the smallest path. duplicate-agent reports the rest.
 */
export function distinctAgents(
  agents: readonly AgentNode[],
): readonly AgentNode[] {
  const byEmail = new Map<string, AgentNode>();
  for (const agent of agents) {
    const email = normalEmail(agent.email);
    const known = byEmail.get(email);
    if (!known || agent.path < known.path) byEmail.set(email, agent);
  }
  return byEmail.size === agents.length ? agents : [...byEmail.values()];
}

/** Agents a trunk finding lists by name at most; the rest are counted. */
const LISTED_AGENTS = 3;

/** How a trunk finding names the agents on its trunk. */
export interface AgentsOnTrunk {
  /**
   * The first agent by path among those mapped to the trunk, or else
   * among those a WFM trunk association schedules on it.
   */
  readonly agent?: FindingDraft['agent'];
  /**
   * The distinct mapped agents, counted, with the first few named:
   * `2 mapped agents (Ann <ann@x.com>, Bo <bo@x.com>)`.
   */
  readonly mappedText: string;
  /**
   * The mapped agents and the WFM trunk associations, for a trunk used
   * by either: `2 mapped agents (…) and 1 WFM trunk association`.
   */
  readonly summary: string;
  /** How many distinct agents are mapped to the trunk. */
  readonly mapped: number;
}

/**
 * The agents on a trunk, for a finding about the trunk. Bounded whatever
 * the number of agents: a count, and the first few by path.
 */
export function agentsOnTrunk(
  index: ModelIndex,
  trunk: TrunkNode,
): AgentsOnTrunk {
  const use = trunkUse(index, trunk);
  const mapped = distinctAgents(use.agents);
  const [first] = firstByPath(mapped, 1);
  const agent = first ?? firstByPath(scheduledAgents(index, use), 1)[0];
  const mappedText = `${countOf(mapped.length, 'mapped agent')}${listed(mapped)}`;
  const parts: string[] = [];
  if (mapped.length > 0 || use.associations.length === 0) {
    parts.push(mappedText);
  }
  if (use.associations.length > 0) {
    parts.push(countOf(use.associations.length, 'WFM trunk association'));
  }
  return {
    ...(agent ? { agent: agentInfo(agent) } : {}),
    mappedText,
    summary: parts.join(' and '),
    mapped: mapped.length,
  };
}

/**
 * The fields a finding about a trunk shares with the other trunk rules:
 * reported at the trunk, one per trunk, naming its first agent.
 */
export function trunkFields(
  trunk: TrunkNode,
  on: AgentsOnTrunk,
): Pick<FindingDraft, 'path' | 'subject' | 'source' | 'agent' | 'trunk'> {
  return {
    path: trunk.path,
    subject: trunk.key,
    source: trunk.source,
    agent: on.agent,
    trunk: trunk.trunkId,
  };
}

function scheduledAgents(index: ModelIndex, use: TrunkUse): AgentNode[] {
  const agents: AgentNode[] = [];
  for (const assignment of use.associations) {
    const agent = index.agent(assignment.agent);
    if (agent) agents.push(agent);
  }
  return agents;
}

function listed(agents: readonly AgentNode[]): string {
  if (agents.length === 0) return '';
  const named = firstByPath(agents, LISTED_AGENTS).map(agentLabel);
  const rest = agents.length - named.length;
  return ` (${named.join(', ')}${rest > 0 ? ` and ${rest} more` : ''})`;
}

/** `1 mapped agent`, `3 mapped agents`. */
function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
