import { ModelIndex } from '../model/model-index';
import { AgentNode, PolicyNode, TrunkNode } from '../model/types';
import {
  agentInfo,
  agentLabel,
  isNumber,
  mappedAgents,
  resolvedProficiencies,
  targetName,
  trunkLabel,
} from './helpers';
import { FindingDraft } from './rule';

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
 * policy that an agent mapped to the trunk fails: the agent lacks the
 * skill, or holds it at a number below the minimum. Unresolvable
 * requirements are left to reference-unresolvable. Linear in mapped
 * agents times the policy's requirements; built once per index and kind,
 * for the rule on missing entries and the rule on low ones alike.
 */
export function requirementChecks(
  index: ModelIndex,
  kind: 'skill' | 'language',
): readonly RequirementCheck[] {
  return index.derived(`requirementChecks:${kind}`, () =>
    allChecks(index, kind),
  );
}

function allChecks(
  index: ModelIndex,
  kind: 'skill' | 'language',
): RequirementCheck[] {
  const out: RequirementCheck[] = [];
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
        const held = profile.has(key);
        const level = profile.get(key);
        const min = requirement.minProficiency;
        // Met requirements, the great majority, concern no rule.
        if (held && !(isNumber(level) && level < min)) continue;
        out.push({
          trunk,
          policy,
          agent,
          targetKey: key,
          name,
          minProficiency: min,
          held,
          level,
        });
      }
    }
  }
  return out;
}

/**
 * The fields a finding about a requirement check shares with the other
 * requirement rules: reported at the agent, one per agent, trunk and
 * required skill or language.
 */
export function checkFields(
  c: RequirementCheck,
): Pick<FindingDraft, 'path' | 'subject' | 'source' | 'agent' | 'trunk'> {
  return {
    path: c.agent.path,
    subject: `${c.agent.key}|${c.trunk.key}|${c.targetKey}`,
    source: c.agent.source,
    agent: agentInfo(c.agent),
    trunk: c.trunk.trunkId,
  };
}

/** The message of an agent lacking a required skill or language. */
export function missingMessage(
  c: RequirementCheck,
  kind: 'skill' | 'language',
): string {
  return (
    `Agent ${agentLabel(c.agent)} is mapped to trunk ` +
    `${trunkLabel(c.trunk)}, whose policy ${c.policy.name} requires ` +
    `${kind} ${c.name}, but the agent does not have it.`
  );
}

/** The message of an agent below a required minimum. */
export function belowMessage(
  c: RequirementCheck,
  kind: 'skill' | 'language',
): string {
  return (
    `Agent ${agentLabel(c.agent)} has ${kind} ${c.name} at ${c.level}, ` +
    `below the minimum ${c.minProficiency} of policy ${c.policy.name} on ` +
    `trunk ${trunkLabel(c.trunk)}.`
  );
}
