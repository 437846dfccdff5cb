import { ModelIndex } from '../model/model-index';
import { isNumber } from './helpers';
import {
  belowMessage,
  checkFields,
  missingMessage,
  requirementChecks,
} from './requirements';
import { FindingDraft, Rule } from './rule';

/** Mapped agents must speak the policy's languages well enough. */
export const agentMissingRequiredLanguage: Rule = {
  id: 'agent-missing-required-language',
  severity: 'error',
  summary:
    'An agent lacks a language the policy requires, or is below its ' +
    'minimum.',
  rationale:
    "A trunk's routing policy may require languages; Genesys will not " +
    "route the trunk's calls to an agent without them, and rejects the " +
    'mapping.',
  fix:
    'Add the language to the agent at the minimum proficiency or ' +
    'higher, or link the agent to another trunk.',
  suppressible: true,
  scope: ['agent'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    for (const c of requirementChecks(index, 'language')) {
      const min = c.minProficiency;
      const below = c.held && isNumber(c.level) && c.level < min;
      if (c.held && !below) continue;
      yield {
        ...checkFields(c),
        language: c.name,
        found: c.held ? String(c.level) : 'language missing',
        expected: `${c.name} at proficiency >= ${min}`,
        message: c.held
          ? belowMessage(c, 'language')
          : missingMessage(c, 'language'),
        fix: `Give the agent language ${c.name} at proficiency ${min} or higher.`,
      };
    }
  },
};
