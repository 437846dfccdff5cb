import { ModelIndex } from '../model/model-index';
import { AssignmentNode } from '../model/types';
import { agentInfo, agentLabel, normalEmail } from './helpers';
import { FindingDraft, Rule } from './rule';

/** Most agents a WFM management unit can hold. */
export const MAX_AGENTS_PER_MANAGEMENT_UNIT = 1500;

/** WFM management units hold at most 1,500 agents. */
export const managementUnitTooLarge: Rule = {
  id: 'management-unit-too-large',
  severity: 'error',
  summary: 'A management unit would hold more than 1,500 agents.',
  rationale:
    'Genesys WFM limits a management unit to 1,500 agents; assignments ' +
    'that push a unit past it are rejected.',
  fix: 'Split the agents across management units of at most 1,500.',
  suppressible: true,
  scope: ['assignment'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    const units = new Map<string, Unit>();
    const assignments = index.model.assignments;
    const agents = index.assignmentAgents();
    for (let at = 0; at < assignments.length; at++) {
      const assignment = assignments[at];
      const unit = assignment.managementUnitId;
      if (unit === undefined) continue;
      let entry = units.get(unit);
      if (!entry) {
        entry = { emails: new Set(), keys: new Set(), first: assignment };
        units.set(unit, entry);
      }
      const agent = agents[at];
      if (agent) entry.emails.add(normalEmail(agent.email));
      else entry.keys.add(assignment.agent);
      if (assignment.path < entry.first.path) entry.first = assignment;
    }
    for (const [unit, { emails, keys, first }] of units) {
      const count = emails.size + keys.size;
      if (count <= MAX_AGENTS_PER_MANAGEMENT_UNIT) continue;
      const agent = index.agent(first.agent);
      const example = agent ? `, ${agentLabel(agent)} among them` : '';
      yield {
        path: first.path,
        subject: `management-unit:${unit}`,
        source: first.source,
        agent: agent ? agentInfo(agent) : undefined,
        found: String(count),
        expected: `<= ${MAX_AGENTS_PER_MANAGEMENT_UNIT}`,
        message:
          `Management unit ${unit} would hold ${count} agents` +
          `${example}, more than the ${MAX_AGENTS_PER_MANAGEMENT_UNIT} ` +
          'WFM allows.',
        fix:
          `Move ${count - MAX_AGENTS_PER_MANAGEMENT_UNIT} agent(s) to ` +
          'another management unit.',
      };
    }
  },
};

/**
 * A management unit's distinct agents and its first assignment by path.
 * A person is the agent's email as Genesys compares it, so two
 * declarations of one person count once (duplicate-agent reports the
 * second), or the agent key when the model has no such agent.
 */
interface Unit {
  readonly emails: Set<string>;
  readonly keys: Set<string>;
  first: AssignmentNode;
}
