import { ModelIndex } from '../model/model-index';
import { mappedAgents, trunkLabel, trunksInUse } from './helpers';
import { FindingDraft, Rule } from './rule';

/** Agents may only be mapped to active trunks. */
export const trunkInactive: Rule = {
  id: 'trunk-inactive',
  severity: 'error',
  summary: 'Agents are mapped to a trunk that is not active.',
  rationale:
    'An inactive or draft trunk carries no calls, and Genesys rejects WFM ' +
    'assignments that point at it even when the agent data is correct.',
  fix:
    "Set the trunk's state to active, or map the agents to an active " +
    'trunk.',
  suppressible: true,
  scope: ['trunk'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    for (const trunk of trunksInUse(index)) {
      if (trunk.state === 'active') continue;
      const count = mappedAgents(index, trunk).length;
      yield {
        path: trunk.path,
        subject: trunk.key,
        source: trunk.source,
        trunk: trunk.trunkId,
        found: trunk.state,
        expected: 'active',
        message:
          `Trunk ${trunkLabel(trunk)} is ${trunk.state} but has ${count} ` +
          'mapped agent(s) or WFM trunk associations.',
        fix:
          `Set state "active" on trunk ${trunk.trunkId}, or move its ` +
          'agents to an active trunk.',
      };
    }
  },
};
