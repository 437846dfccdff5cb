import { ModelIndex } from '../model/model-index';
import { AgentNode, PolicyNode, TrunkNode } from '../model/types';
import { mappedAgents, resolvedProficiencies, targetName } from './helpers';

/** One policy requirement of a trunk, held up against one mapped agent. */
export interface RequirementCheck {
  readonly trunk: TrunkNode;
  readonly policy: PolicyNode;
  readonly agent: AgentNode;
  /** Key of the required skill or language. */
  readonly targetKey: string;
  /** Name of the required skill or language. */
  readonly name: string;
  readonly minProficiency: number;
  /** False when the agent's profile lacks the skill or language. */
  readonly held: boolean;
  /** The agent's proficiency, when held. */
  readonly level: number | null | undefined;
}

/**
 * Every resolvable skill (or language) requirement of every trunk's
 * policy, for every agent mapped to the trunk. Unresolvable requirements
 * are left to reference-unresolvable. Linear in mapped agents times the
 * policy's requirements; each agent's profile is resolved once per trunk.
 */
export function* requirementChecks(
  index: ModelIndex,
  kind: 'skill' | 'language',
): Iterable<RequirementCheck> {
  for (const trunk of index.model.trunks) {
    const policy = index.policy(trunk.policy);
    const requirements =
      kind === 'skill' ? policy?.requiredSkills : policy?.requiredLanguages;
    if (!policy || !requirements?.length) continue;
    const targets = requirements.flatMap((requirement) => {
      const res =
        kind === 'skill'
          ? index.skill(requirement.ref)
          : index.language(requirement.ref);
      if (!res.ok) return [];
      const name = targetName(index, requirement.ref, res.target);
      return [{ requirement, key: res.target.key, name }];
    });
    for (const agent of mappedAgents(index, trunk)) {
      const entries = kind === 'skill' ? agent.skills : agent.languages;
      const profile = resolvedProficiencies(index, entries, kind);
      for (const { requirement, key, name } of targets) {
        yield {
          trunk,
          policy,
          agent,
          targetKey: key,
          name,
          minProficiency: requirement.minProficiency,
          held: profile.has(key),
          level: profile.get(key),
        };
      }
    }
  }
}
