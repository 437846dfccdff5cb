import { ModelIndex } from '../model/model-index';
import {
  agentInfo,
  agentLabel,
  mappedAgents,
  resolvedProficiencies,
  targetName,
  trunkLabel,
} from './helpers';
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
    for (const trunk of index.model.trunks) {
      const policy = index.policy(trunk.policy);
      if (!policy || policy.requiredSkills.length === 0) continue;
      for (const agent of mappedAgents(index, trunk)) {
        const held = resolvedProficiencies(index, agent.skills, 'skill');
        for (const requirement of policy.requiredSkills) {
          const skill = index.skill(requirement.ref);
          if (!skill.ok || held.has(skill.target.key)) continue;
          const name = targetName(index, requirement.ref, skill.target);
          yield {
            path: agent.path,
            subject: `${agent.key}|${skill.target.key}`,
            source: agent.source,
            agent: agentInfo(agent),
            trunk: trunk.trunkId,
            skill: name,
            found: 'skill missing',
            expected: `${name} at proficiency >= ${requirement.minProficiency}`,
            message:
              `Agent ${agentLabel(agent)} is mapped to trunk ` +
              `${trunkLabel(trunk)}, whose policy ${policy.name} requires ` +
              `skill ${name}, but the agent does not have it.`,
            fix:
              `Add skill ${name} to the agent at proficiency ` +
              `${requirement.minProficiency} or higher.`,
          };
        }
      }
    }
  },
};
