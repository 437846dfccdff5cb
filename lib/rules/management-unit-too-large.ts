import { ModelIndex } from '../model/model-index';
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
    const units = new Map<string, { agents: Set<string>; path: string }>();
    for (const assignment of index.model.assignments) {
      const unit = assignment.managementUnitId;
      if (unit === undefined) continue;
      let entry = units.get(unit);
      if (!entry) {
        entry = { agents: new Set(), path: assignment.path };
        units.set(unit, entry);
      }
      entry.agents.add(assignment.agent);
      if (assignment.path < entry.path) entry.path = assignment.path;
    }
    for (const [unit, entry] of units) {
      const count = entry.agents.size;
      if (count <= MAX_AGENTS_PER_MANAGEMENT_UNIT) continue;
      yield {
        path: entry.path,
        subject: `management-unit:${unit}`,
        found: String(count),
        expected: `<= ${MAX_AGENTS_PER_MANAGEMENT_UNIT}`,
        message:
          `Management unit ${unit} would hold ${count} agents, more than ` +
          `the ${MAX_AGENTS_PER_MANAGEMENT_UNIT} WFM allows.`,
        fix:
          `Move ${count - MAX_AGENTS_PER_MANAGEMENT_UNIT} agent(s) to ` +
          'another management unit.',
      };
    }
  },
};
