import { ModelIndex } from '../model/model-index';
import { trunkLabel } from './helpers';
import { FindingDraft, Rule } from './rule';
import { agentsOnTrunk, trunkFields, trunksInUse } from './trunk-use';

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
      const on = agentsOnTrunk(index, trunk);
      yield {
        ...trunkFields(trunk, on),
        found: trunk.state,
        expected: 'active',
        message:
          `Trunk ${trunkLabel(trunk)} is ${trunk.state} but has ` +
          `${on.summary}.`,
        fix:
          `Set state "active" on trunk ${trunk.trunkId}, or move its ` +
          'agents to an active trunk.',
      };
    }
  },
};
