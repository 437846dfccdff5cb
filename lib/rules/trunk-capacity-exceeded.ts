import { ModelIndex } from '../model/model-index';
import { TrunkNode } from '../model/types';
import { trunkLabel } from './helpers';
import { FindingDraft, Rule } from './rule';
import { agentsOnTrunk, trunkFields, trunkUses } from './trunk-use';

/** Default most agents a routing policy allows on one trunk. */
export const DEFAULT_MAX_AGENTS = 50;

/** A trunk may not hold more agents than its policy and capacity allow. */
export const trunkCapacityExceeded: Rule = {
  id: 'trunk-capacity-exceeded',
  severity: 'error',
  summary: 'More agents are mapped to a trunk than its policy allows.',
  rationale:
    'A trunk at its agent capacity refuses further mappings; the bulk WFM ' +
    'update that crosses the limit fails with 400 ' +
    'INVALID_AGENT_TRUNK_MAPPING.',
  fix:
    "Move agents to another trunk, or raise the policy's maxAgents " +
    "(and the trunk's agent capacity) if the carrier allows it.",
  suppressible: true,
  scope: ['trunk'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    const uses = trunkUses(index);
    for (const trunk of index.model.trunks) {
      const limit = agentLimit(index, trunk);
      // Agents are counted per person; no more can be than are listed.
      if ((uses.get(trunk.key)?.agents.length ?? 0) <= limit) continue;
      const on = agentsOnTrunk(index, trunk);
      const count = on.mapped;
      if (count <= limit) continue;
      yield {
        ...trunkFields(trunk, on),
        found: String(count),
        expected: `<= ${limit}`,
        message:
          `Trunk ${trunkLabel(trunk)} has ${on.mappedText}, more than its ` +
          `limit of ${limit}.`,
        fix:
          `Move ${count - limit} agent(s) off ${trunk.trunkId}, or raise ` +
          'its maxAgents.',
      };
    }
  },
};

/** The most agents a trunk may hold: its policy's limit and capacity. */
export function agentLimit(index: ModelIndex, trunk: TrunkNode): number {
  const policy = index.policy(trunk.policy);
  const fromPolicy = policy?.maxAgents ?? DEFAULT_MAX_AGENTS;
  return trunk.agentCapacity === undefined
    ? fromPolicy
    : Math.min(fromPolicy, trunk.agentCapacity);
}
