import { ModelIndex } from '../model/model-index';
import {
  AgentNode,
  AssignmentNode,
  PolicyNode,
  SourceLocation,
} from '../model/types';
import { agentInfo, agentLabel } from './helpers';
import { FindingDraft } from './rule';

/**
 * An object whose skill and language entries a rule judges one by one:
 * an agent, a routing policy or a WFM assignment. Findings about an entry
 * are reported at its owner.
 */
export interface EntryOwner {
  readonly path: string;
  readonly key: string;
  /** The judged object; its source is read only for a finding. */
  readonly node: { readonly source?: SourceLocation };
  readonly agent?: FindingDraft['agent'];
  /** How messages name the owner, such as `Agent Ann <ann@x.com>`. */
  readonly label: string;
}

/** An agent as the owner of its skills and languages. */
export function agentOwner(agent: AgentNode): EntryOwner {
  return {
    path: agent.path,
    key: agent.key,
    node: agent,
    agent: agentInfo(agent),
    label: `Agent ${agentLabel(agent)}`,
  };
}

/** A routing policy as the owner of its requirements. */
export function policyOwner(policy: PolicyNode): EntryOwner {
  return {
    path: policy.path,
    key: policy.key,
    node: policy,
    label: `Routing policy ${policy.name}`,
  };
}

/** A WFM assignment as the owner of its skill levels. */
export function assignmentOwner(
  index: ModelIndex,
  assignment: AssignmentNode,
): EntryOwner {
  const agent = index.agent(assignment.agent);
  return {
    path: assignment.path,
    key: assignment.key,
    node: assignment,
    agent: agent ? agentInfo(agent) : undefined,
    label: `The assignment on schedule ${assignment.scheduleId}`,
  };
}
