import { ModelIndex } from '../model/model-index';
import { checkFields, missingMessage, requirementChecks } from './requirements';
import { FindingDraft, Rule } from './rule';

/** Mapped agents must hold every skill their trunk's policy requires. */
export const agentMissingRequiredSkill: Rule = {
  id: 'agent-missing-required-skill',
  severity: 'error',
  summary: "An agent lacks a skill that its trunk's routing policy requires.",
  rationale:
    "Genesys checks that an agent can take the trunk's traffic: the " +
    "agent profile must hold every skill of the trunk's routing policy, " +
    'or the WFM assignment fails with 400 INVALID_AGENT_TRUNK_MAPPING.',
  fix:
    'Add the skill to the agent with at least the minimum proficiency, ' +
    'or link the agent to a trunk whose policy fits it.',
  suppressible: true,
  scope: ['agent'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    for (const c of requirementChecks(index, 'skill')) {
      if (c.held) continue;
      const min = c.minProficiency;
      yield {
        ...checkFields(c),
        skill: c.name,
        found: 'skill missing',
        expected: `${c.name} at proficiency >= ${min}`,
        message: missingMessage(c, 'skill'),
        fix: `Add skill ${c.name} to the agent at proficiency ${min} or higher.`,
      };
    }
  },
};
