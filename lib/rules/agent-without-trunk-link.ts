import { ModelIndex } from '../model/model-index';
import { AssignmentNode } from '../model/types';
import {
  agentInfo,
  agentLabel,
  assignmentsOfAgents,
  hasTrunkLink,
  isSet,
  trunkIdOf,
} from './helpers';
import { FindingDraft, Rule } from './rule';

/** Trunk-scoped work needs a trunk link on the agent profile. */
export const agentWithoutTrunkLink: Rule = {
  id: 'agent-without-trunk-link',
  severity: 'error',
  summary: 'An agent has trunk-scoped work but no trunk link on its profile.',
  rationale:
    "Genesys only routes a BYOC trunk's calls to agents linked to it; a WFM " +
    "assignment with a trunk association, or a seat in the trunk's queue, " +
    'for an unlinked agent fails with 400 INVALID_AGENT_TRUNK_MAPPING.',
  fix:
    "Give the agent a trunk link (the `trunk` prop or the roster's " +
    '`trunk` column) to the trunk its work is on.',
  suppressible: true,
  scope: ['agent'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    const unlinked = index.model.agents.filter((a) => !hasTrunkLink(a));
    const byAgent = assignmentsOfAgents(index, unlinked);
    for (const agent of unlinked) {
      const work = trunkWork(byAgent.get(agent.key) ?? []);
      const queueTrunk = agent.queueTrunks
        .map((key) => index.trunkByKey(key))
        .find((trunk) => trunk !== undefined);
      if (!work && !queueTrunk) continue;
      const trunk = work?.trunk
        ? trunkIdOf(index, work.trunk)
        : (queueTrunk?.trunkId ?? '');
      const where = work
        ? `is assigned on schedule ${work.scheduleId} with trunk ` +
          `association ${trunk}`
        : `sits in the queue of trunk ${trunk}`;
      yield {
        path: agent.path,
        subject: agent.key,
        source: agent.source,
        agent: agentInfo(agent),
        trunk,
        found: 'no trunk link',
        expected: `trunk link to ${trunk}`,
        message: `Agent ${agentLabel(agent)} ${where} but has no trunk link.`,
        fix:
          `Link the agent to trunk ${trunk}: set its trunk to the ` +
          `${trunk} trunk construct or to the exact id "${trunk}".`,
      };
    }
  },
};

/**
 * The assignment with a non-blank trunk association and the smallest
 * path, so the finding does not depend on declaration order.
 */
function trunkWork(
  assignments: readonly AssignmentNode[],
): AssignmentNode | undefined {
  let first: AssignmentNode | undefined;
  for (const a of assignments) {
    if (!isSet(a.trunk)) continue;
    if (!first || a.path < first.path) first = a;
  }
  return first;
}
