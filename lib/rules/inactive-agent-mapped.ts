import { ModelIndex } from '../model/model-index';
import { AgentNode, TrunkNode } from '../model/types';
import { agentInfo, agentLabel, assignmentsOfAgents } from './helpers';
import { FindingDraft, Rule } from './rule';

/** Only active agents take trunk mappings and WFM assignments. */
export const inactiveAgentMapped: Rule = {
  id: 'inactive-agent-mapped',
  severity: 'error',
  summary: 'An inactive agent is mapped to a trunk or assigned to a schedule.',
  rationale:
    'Genesys does not route calls to inactive users or schedule them; ' +
    'mapping one to a trunk or a schedule fails the bulk update.',
  fix:
    'Set the agent active, or remove its trunk mapping and WFM ' +
    'assignments.',
  suppressible: true,
  scope: ['agent'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    const inactive = index.model.agents.filter((a) => a.state !== 'active');
    const byAgent = assignmentsOfAgents(index, inactive);
    for (const agent of inactive) {
      const trunk = mappedTrunk(index, agent);
      const schedules = [
        ...new Set((byAgent.get(agent.key) ?? []).map((a) => a.scheduleId)),
      ].sort();
      if (!trunk && schedules.length === 0) continue;
      const uses: string[] = [];
      if (trunk) uses.push(`mapped to trunk ${trunk.trunkId}`);
      if (schedules.length) {
        uses.push(`assigned to schedule ${schedules.join(', ')}`);
      }
      yield {
        path: agent.path,
        subject: agent.key,
        source: agent.source,
        agent: agentInfo(agent),
        trunk: trunk?.trunkId,
        found: agent.state,
        expected: 'active',
        message:
          `Agent ${agentLabel(agent)} is ${agent.state} but ` +
          `${uses.join(' and ')}.`,
        fix:
          'Set the agent\'s state to "active", or remove its trunk link ' +
          'and assignments.',
      };
    }
  },
};

/**
 * The trunk an agent is mapped to: its linked trunk, else the first
 * trunk whose queue seats it. Only the agent's own props decide, so the
 * finding reads the same whatever order agents were declared in.
 */
function mappedTrunk(
  index: ModelIndex,
  agent: AgentNode,
): TrunkNode | undefined {
  const link = agent.trunk ? index.trunk(agent.trunk) : undefined;
  if (link?.ok) return link.target;
  for (const key of agent.queueTrunks) {
    const trunk = index.trunkByKey(key);
    if (trunk) return trunk;
  }
  return undefined;
}
