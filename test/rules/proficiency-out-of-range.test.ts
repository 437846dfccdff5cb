import { proficiencyOutOfRange } from '../../lib/rules/proficiency-out-of-range';
import { addAgent, testApp } from '../support/app';
import { check, crashes } from '../support/findings';
import { degenerateModel } from '../support/degenerate';
import { org, pathOf } from '../support/model';

const RULE = proficiencyOutOfRange.id;
const SKILL_RANGE = 'a number from 0 to 5';
const LANGUAGE_RANGE = 'a whole number from 0 to 5';

/** A model with one skill and one language at the given values. */
function profile(skill: number | null, language: number | null) {
  return org()
    .skill('sales')
    .language('English')
    .agent('eve', {
      skills: { sales: skill },
      languages: { English: language },
    })
    .build();
}

describe('proficiency-out-of-range', () => {
  test.each([
    [0, 0],
    [5, 5],
    [2.5, 3],
  ])('passes skill %p and language %p', (skill, language) => {
    expect(check(proficiencyOutOfRange, profile(skill, language))).toEqual([]);
  });

  test('the Agent construct refuses 7, so the rule guards rosters and JSON', () => {
    const fx = testApp();
    const build = () =>
      addAgent(fx, 'Eve', {
        skills: [{ skill: fx.skills.inboundSales, proficiency: 7 }],
      });

    expect(build).toThrow(
      expect.objectContaining({
        name: 'GenesysPropsError',
        constructPath: 'apac/Eve',
        property: 'skills[0].proficiency',
        value: 7,
      }),
    );
  });

  test('flags a skill at 7 and a language at 2.5 on an agent', () => {
    expect(check(proficiencyOutOfRange, profile(7, 2.5))).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'error',
        path: pathOf('agents', 'eve'),
        agent: { name: 'eve', email: 'eve@example.com' },
        language: 'English',
        found: '2.5',
        expected: LANGUAGE_RANGE,
      }),
      expect.objectContaining({
        path: pathOf('agents', 'eve'),
        agent: { name: 'eve', email: 'eve@example.com' },
        skill: 'sales',
        found: '7',
        expected: SKILL_RANGE,
      }),
    ]);
  });

  test.each([
    [-1, '-1'],
    [null, 'null'],
    [NaN, 'NaN'],
  ])('flags a skill at %p', (value, found) => {
    expect(check(proficiencyOutOfRange, profile(value, 3))).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: pathOf('agents', 'eve'),
        agent: { name: 'eve', email: 'eve@example.com' },
        skill: 'sales',
        found,
        expected: SKILL_RANGE,
      }),
    ]);
  });

  test('flags a policy minimum and an assignment level', () => {
    const model = org()
      .skill('sales')
      .policy('sales-policy', { skills: { sales: 6 } })
      .agent('ann', { skills: { sales: 5 } })
      .assign('ann', { skills: { sales: -2 } })
      .build();

    expect(check(proficiencyOutOfRange, model)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: pathOf('assignments', 'ann@schedule_apac_001'),
        agent: { name: 'ann', email: 'ann@example.com' },
        skill: 'sales',
        found: '-2',
      }),
      expect.objectContaining({
        ruleId: RULE,
        path: pathOf('policies', 'sales-policy'),
        skill: 'sales',
        found: '6',
      }),
    ]);
  });

  test('cannot be suppressed', () => {
    expect(proficiencyOutOfRange.suppressible).toBe(false);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(proficiencyOutOfRange, degenerateModel())).toEqual([]);
  });
});
