import { ModelIndex } from '../model/model-index';
import { agentInfo, agentLabel } from './helpers';
import { FindingDraft, Rule } from './rule';

/** A WFM trunk association must match the agent's trunk link. */
export const assignmentTrunkMismatch: Rule = {
  id: 'assignment-trunk-mismatch',
  severity: 'error',
  summary:
    "A WFM assignment's trunk association differs from its agent's trunk " +
    'link.',
  rationale:
    'Genesys checks the trunk association of every WFM assignment against ' +
    'the trunk on the agent profile; a different trunk fails with 400 ' +
    'INVALID_AGENT_TRUNK_MAPPING.',
  fix:
    "Make the assignment's trunk association and the agent's trunk " +
    'link name the same trunk.',
  suppressible: true,
  scope: ['assignment'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    const assignments = index.model.assignments;
    const agents = index.assignmentAgents();
    for (let at = 0; at < assignments.length; at++) {
      const assignment = assignments[at];
      const agent = agents[at];
      if (!assignment.trunk || !agent?.trunk) continue;
      const wanted = index.trunk(assignment.trunk);
      const linked = index.trunk(agent.trunk);
      if (!wanted.ok || !linked.ok) continue;
      if (wanted.target.key === linked.target.key) continue;
      const found = wanted.target.trunkId;
      const expected = linked.target.trunkId;
      yield {
        path: assignment.path,
        subject: assignment.key,
        source: assignment.source,
        agent: agentInfo(agent),
        trunk: found,
        found,
        expected,
        message:
          `The assignment of ${agentLabel(agent)} on schedule ` +
          `${assignment.scheduleId} is associated with trunk ${found}, ` +
          `but the agent is linked to trunk ${expected}.`,
        fix:
          `Set the trunk association to ${expected}, or link the agent ` +
          `to ${found}.`,
      };
    }
  },
};
