import { ModelIndex } from '../model/model-index';
import { AgentNode, AssignmentNode } from '../model/types';
import { agentInfo, agentLabel, groupBy, normalEmail } from './helpers';
import { FindingDraft, Rule } from './rule';

/** An agent is declared once and assigned once per schedule. */
export const duplicateAgent: Rule = {
  id: 'duplicate-agent',
  severity: 'error',
  summary:
    'The same agent (same email) is declared twice, or assigned twice to ' +
    'the same schedule.',
  rationale:
    'Genesys user emails are unique: a second user with the same email is ' +
    'rejected, and a schedule that lists an agent twice fails the bulk ' +
    'update.',
  fix:
    'Keep one declaration per email and one assignment per agent and ' +
    'schedule; merge their skills instead.',
  suppressible: false,
  scope: ['agent', 'assignment'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    const byEmail = groupBy(index.model.agents, (a) => normalEmail(a.email));
    for (const group of byEmail.values()) {
      if (group.length < 2) continue;
      const [first, ...rest] = byPath(group);
      for (const agent of rest) {
        yield {
          path: agent.path,
          subject: agent.key,
          source: agent.source,
          agent: agentInfo(agent),
          found: agent.path,
          expected: `one declaration (first at ${first.path})`,
          message:
            `Agent ${agentLabel(agent)} is declared again; the email is ` +
            `already used by ${first.path}.`,
          fix: `Remove this declaration or merge it into ${first.path}.`,
        };
      }
    }
    // By agent, then by schedule only for the few agents assigned twice:
    // no joined key per assignment.
    const byAgent = groupBy(index.model.assignments, (a) => a.agent);
    for (const assigned of byAgent.values()) {
      if (assigned.length < 2) continue;
      const bySchedule = groupBy(assigned, (a) => a.scheduleId);
      for (const group of bySchedule.values()) {
        if (group.length < 2) continue;
        const [first, ...rest] = byPath(group);
        const agent = index.agent(first.agent);
        for (const assignment of rest) {
          yield duplicateAssignment(assignment, first, agent);
        }
      }
    }
  },
};

function duplicateAssignment(
  assignment: AssignmentNode,
  first: AssignmentNode,
  agent: AgentNode | undefined,
): FindingDraft {
  const who = agent ? agentLabel(agent) : assignment.agent;
  return {
    path: assignment.path,
    subject: assignment.key,
    source: assignment.source,
    agent: agent ? agentInfo(agent) : undefined,
    found: assignment.path,
    expected: `one assignment (first at ${first.path})`,
    message:
      `${who} is assigned to schedule ${assignment.scheduleId} again; ` +
      `${first.path} already assigns it.`,
    fix: `Remove this assignment or merge its skills into ${first.path}.`,
  };
}

export { normalEmail } from './helpers';

function byPath<T extends { path: string; key: string }>(items: T[]): T[] {
  return [...items].sort((a, b) =>
    a.path === b.path ? cmp(a.key, b.key) : cmp(a.path, b.path),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
