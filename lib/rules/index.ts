import { agentMissingRequiredLanguage } from './agent-missing-required-language';
import { agentMissingRequiredSkill } from './agent-missing-required-skill';
import { agentWithoutTrunkLink } from './agent-without-trunk-link';
import { assignmentSkillNotOnProfile } from './assignment-skill-not-on-profile';
import { assignmentTrunkMismatch } from './assignment-trunk-mismatch';
import { duplicateAgent } from './duplicate-agent';
import { duplicateSkillOrLanguage } from './duplicate-skill-or-language';
import { inactiveAgentMapped } from './inactive-agent-mapped';
import { managementUnitTooLarge } from './management-unit-too-large';
import { proficiencyOutOfRange } from './proficiency-out-of-range';
import { referenceUnresolvable } from './reference-unresolvable';
import { Rule } from './rule';
import { skillProficiencyBelowMinimum } from './skill-proficiency-below-minimum';
import { trunkCapacityExceeded } from './trunk-capacity-exceeded';
import { trunkIdUnknown } from './trunk-id-unknown';
import { trunkInactive } from './trunk-inactive';
import { trunkNotByocCloud } from './trunk-not-byoc-cloud';
import { trunkRegionMismatch } from './trunk-region-mismatch';

export * from './rule';

/** Every mapping rule, in the order reports list them. */
export const RULES: readonly Rule[] = [
  agentWithoutTrunkLink,
  trunkIdUnknown,
  agentMissingRequiredSkill,
  skillProficiencyBelowMinimum,
  referenceUnresolvable,
  proficiencyOutOfRange,
  trunkInactive,
  trunkNotByocCloud,
  trunkRegionMismatch,
  trunkCapacityExceeded,
  assignmentTrunkMismatch,
  assignmentSkillNotOnProfile,
  duplicateAgent,
  agentMissingRequiredLanguage,
  inactiveAgentMapped,
  managementUnitTooLarge,
  duplicateSkillOrLanguage,
];

/** The rule with this id, if any. */
export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
