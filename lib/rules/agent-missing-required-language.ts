import { ModelIndex } from '../model/model-index';
import {
  agentInfo,
  agentLabel,
  isNumber,
  mappedAgents,
  resolvedProficiencies,
  targetName,
  trunkLabel,
} from './helpers';
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
    for (const trunk of index.model.trunks) {
      const policy = index.policy(trunk.policy);
      if (!policy || policy.requiredLanguages.length === 0) continue;
      for (const agent of mappedAgents(index, trunk)) {
        const held = resolvedProficiencies(index, agent.languages, 'language');
        for (const requirement of policy.requiredLanguages) {
          const language = index.language(requirement.ref);
          if (!language.ok) continue;
          const missing = !held.has(language.target.key);
          const level = held.get(language.target.key);
          if (
            !missing &&
            !(isNumber(level) && level < requirement.minProficiency)
          ) {
            continue;
          }
          const name = targetName(index, requirement.ref, language.target);
          const min = requirement.minProficiency;
          yield {
            path: agent.path,
            subject: `${agent.key}|${language.target.key}`,
            source: agent.source,
            agent: agentInfo(agent),
            trunk: trunk.trunkId,
            language: name,
            found: missing ? 'language missing' : String(level),
            expected: `${name} at proficiency >= ${min}`,
            message: missing
              ? `Agent ${agentLabel(agent)} is mapped to trunk ` +
                `${trunkLabel(trunk)}, whose policy ${policy.name} requires ` +
                `language ${name}, but the agent does not have it.`
              : `Agent ${agentLabel(agent)} has language ${name} at ` +
                `${level}, below the minimum ${min} of policy ` +
                `${policy.name} on trunk ${trunkLabel(trunk)}.`,
            fix:
              `Give the agent language ${name} at proficiency ${min} or ` +
              'higher.',
          };
        }
      }
    }
  },
};
