import { ModelIndex } from '../model/model-index';
import { isNumber } from './helpers';
import { belowMessage, checkFields, requirementChecks } from './requirements';
import { FindingDraft, Rule } from './rule';

/** Mapped agents must meet the policy's minimum skill proficiency. */
export const skillProficiencyBelowMinimum: Rule = {
  id: 'skill-proficiency-below-minimum',
  severity: 'error',
  summary:
    "An agent's proficiency in a required skill is below the policy's " +
    'minimum.',
  rationale:
    "A trunk's routing policy asks for a minimum level in each skill; an " +
    "agent below it cannot take the trunk's calls, and Genesys rejects " +
    'the assignment with 400 INVALID_AGENT_TRUNK_MAPPING.',
  fix:
    "Raise the agent's proficiency to the policy's minimum, or lower " +
    'the minimum in the routing policy.',
  suppressible: true,
  scope: ['agent'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    for (const c of requirementChecks(index, 'skill')) {
      const min = c.minProficiency;
      // Only a number below the minimum; a NaN minimum has no below.
      if (!c.held || !isNumber(c.level) || !(c.level < min)) continue;
      yield {
        ...checkFields(c),
        skill: c.name,
        found: String(c.level),
        expected: `>= ${min}`,
        message: belowMessage(c, 'skill'),
        fix: `Set the agent's ${c.name} proficiency to at least ${min}.`,
      };
    }
  },
};
