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
    for (const trunk of index.model.trunks) {
      const policy = index.policy(trunk.policy);
      if (!policy || policy.requiredSkills.length === 0) continue;
      for (const agent of mappedAgents(index, trunk)) {
        const held = resolvedProficiencies(index, agent.skills, 'skill');
        for (const requirement of policy.requiredSkills) {
          const skill = index.skill(requirement.ref);
          if (!skill.ok) continue;
          const level = held.get(skill.target.key);
          // Only a number below the minimum; a NaN minimum has no below.
          if (!isNumber(level) || !(level < requirement.minProficiency)) {
            continue;
          }
          const name = targetName(index, requirement.ref, skill.target);
          yield {
            path: agent.path,
            subject: `${agent.key}|${skill.target.key}`,
            source: agent.source,
            agent: agentInfo(agent),
            trunk: trunk.trunkId,
            skill: name,
            found: String(level),
            expected: `>= ${requirement.minProficiency}`,
            message:
              `Agent ${agentLabel(agent)} has skill ${name} at ${level}, ` +
              `below the minimum ${requirement.minProficiency} of policy ` +
              `${policy.name} on trunk ${trunkLabel(trunk)}.`,
            fix:
              `Set the agent's ${name} proficiency to at least ` +
              `${requirement.minProficiency}.`,
          };
        }
      }
    }
  },
};
