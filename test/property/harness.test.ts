/**
 * The property harness catches broken rules: with one rule replaced by a
 * deliberately wrong copy, the model-level property finds a
 * counterexample within its default number of runs, and the difference
 * it shows is about the broken rule only.
 */
import fc from 'fast-check';
import { MappingModel } from '../../lib/model/types';
import { RULES, Rule } from '../../lib/rules';
import {
  agentInfo,
  isNumber,
  mappedAgents,
  resolvedProficiencies,
} from '../../lib/rules/helpers';
import { agentMissingRequiredLanguage } from '../../lib/rules/agent-missing-required-language';
import { skillProficiencyBelowMinimum } from '../../lib/rules/skill-proficiency-below-minimum';
import {
  agentLimit,
  trunkCapacityExceeded,
} from '../../lib/rules/trunk-capacity-exceeded';
import { validateModel } from '../../lib/validation/engine';
import { Suppression } from '../../lib/validation/suppression';
import { modelArb } from './arbitraries';
import { ModelCase } from './model-corruptions';
import { expectedKeys, findingKeys } from './reference-checker';
import { DEFAULT_TOTAL_RUNS, fcParams, runSplit } from './settings';

/** Runs the model-level property gets by default, whatever FC_NUM_RUNS says. */
const DEFAULT_MODEL_RUNS = runSplit(DEFAULT_TOTAL_RUNS).models;
/**
 * Runs of the control: enough to show that the real rules pass where
 * the mutants fail; validator.property.test.ts runs the full number.
 */
const CONTROL_RUNS = 500;

/**
 * skill-proficiency-below-minimum with `>` where the rule means `>=`: an
 * agent exactly at the minimum is flagged too.
 */
const flagsAtMinimum: Rule = {
  ...skillProficiencyBelowMinimum,
  *check(index) {
    for (const trunk of index.model.trunks) {
      const policy = index.policy(trunk.policy);
      if (!policy) continue;
      for (const agent of mappedAgents(index, trunk)) {
        const held = resolvedProficiencies(index, agent.skills, 'skill');
        for (const r of policy.requiredSkills) {
          const skill = index.skill(r.ref);
          if (!skill.ok) continue;
          const level = held.get(skill.target.key);
          if (!isNumber(level) || level > r.minProficiency) continue;
          yield {
            path: agent.path,
            subject: `${agent.key}|${skill.target.key}`,
            agent: agentInfo(agent),
            trunk: trunk.trunkId,
            found: String(level),
            expected: `>= ${r.minProficiency}`,
            message: 'mutant',
            fix: 'mutant',
          };
        }
      }
    }
  },
};

/** agent-missing-required-language with a check that finds nothing. */
const silentLanguageRule: Rule = {
  ...agentMissingRequiredLanguage,
  check: () => [],
};

/** trunk-capacity-exceeded that ignores the trunk's own agent capacity. */
const ignoresTrunkCapacity: Rule = {
  ...trunkCapacityExceeded,
  check(index) {
    const withoutCapacity = (trunk: (typeof index.model.trunks)[number]) =>
      agentLimit(index, { ...trunk, agentCapacity: undefined });
    return [...trunkCapacityExceeded.check(index)].filter((draft) => {
      const trunk = index.trunkByKey(draft.subject);
      return !trunk || Number(draft.found) > withoutCapacity(trunk);
    });
  },
};

/** The rules with `mutant` in place of the rule with its id. */
function withMutant(mutant: Rule): Rule[] {
  return RULES.map((rule) => (rule.id === mutant.id ? mutant : rule));
}

/** Keys the library finds but the reference does not, and vice versa. */
function difference(
  rules: readonly Rule[],
  model: MappingModel,
  suppressions: readonly Suppression[],
): string[] {
  const actual = findingKeys(
    validateModel(model, { rules, suppressions }).findings,
  );
  const expected = expectedKeys(model, suppressions);
  const extra = actual.filter((k) => !expected.includes(k));
  const missing = expected.filter((k) => !actual.includes(k));
  return [...extra, ...missing];
}

describe('the property harness', () => {
  test.each([
    ['flags agents at the minimum', flagsAtMinimum],
    ['finds no missing language', silentLanguageRule],
    ['ignores the trunk agent capacity', ignoresTrunkCapacity],
  ])('catches a rule that %s', (_what, mutant) => {
    const rules = withMutant(mutant);

    const details = fc.check(
      fc.property(modelArb, ({ model, suppressions }) => {
        return difference(rules, model, suppressions).length === 0;
      }),
      fcParams(DEFAULT_MODEL_RUNS, { replay: false }),
    );

    expect(details.failed).toBe(true);
    const [found] = details.counterexample ?? [];
    expect(found).toBeDefined();
    const { model, suppressions } = found as ModelCase;
    const diff = difference(rules, model, suppressions);
    const ofMutant = (key: string) => key.startsWith(`${mutant.id} |`);
    // A suppression the mutant's finding would use may be reported unused.
    const ofSuppression = (key: string) =>
      key.startsWith('unused-suppression |');
    expect(diff.some(ofMutant)).toBe(true);
    expect(diff.every((key) => ofMutant(key) || ofSuppression(key))).toBe(true);
  });

  test(`passes the real rules on ${CONTROL_RUNS} generated orgs`, () => {
    const details = fc.check(
      fc.property(modelArb, ({ model, suppressions }) => {
        return difference(RULES, model, suppressions).length === 0;
      }),
      fcParams(CONTROL_RUNS, { replay: false }),
    );

    expect(details.failed).toBe(false);
  });
});
