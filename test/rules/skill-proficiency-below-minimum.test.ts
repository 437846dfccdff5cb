import { skillProficiencyBelowMinimum } from '../../lib/rules/skill-proficiency-below-minimum';
import {
  SALES,
  SALES_MIN,
  TRUNK_ID,
  addAgent,
  findingsOf,
  testApp,
} from '../support/app';
import { crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';

const RULE = skillProficiencyBelowMinimum.id;

describe('skill-proficiency-below-minimum', () => {
  test.each([SALES_MIN, 4.5, 5])(
    'passes a linked agent at proficiency %p',
    (proficiency) => {
      const fx = testApp();
      addAgent(fx, 'Seller', {
        skills: [{ skill: fx.skills.inboundSales, proficiency }],
      });

      expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
    },
  );

  test('passes an unlinked agent below the minimum', () => {
    const fx = testApp();
    addAgent(fx, 'Trainee', {
      skills: [{ skill: fx.skills.inboundSales, proficiency: 1 }],
      trunk: undefined,
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  // duplicate-skill-or-language reports the second entry.
  test('counts the highest of two entries for the same skill', () => {
    const fx = testApp();
    addAgent(fx, 'Twice', {
      skills: [
        { skill: fx.skills.inboundSales, proficiency: 2 },
        { skill: SALES, proficiency: 5 },
      ],
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test.each([
    [3, '3'],
    [3.5, '3.5'],
    [0, '0'],
  ])('flags a linked agent at proficiency %p', (proficiency, found) => {
    const fx = testApp();
    addAgent(fx, 'Junior', {
      skills: [{ skill: fx.skills.inboundSales, proficiency }],
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'error',
        path: 'apac/Junior',
        agent: { name: 'Agent Junior', email: 'junior@apac.example.com' },
        trunk: TRUNK_ID,
        skill: SALES,
        found,
        expected: `>= ${SALES_MIN}`,
      }),
    ]);
  });

  test('names a skill the policy requires by exact name like a construct', () => {
    const fx = testApp({
      policy: { requiredSkills: [{ skill: SALES, minProficiency: SALES_MIN }] },
    });
    addAgent(fx, 'Junior', {
      skills: [{ skill: fx.skills.inboundSales, proficiency: 2 }],
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: 'apac/Junior',
        agent: { name: 'Agent Junior', email: 'junior@apac.example.com' },
        trunk: TRUNK_ID,
        skill: SALES,
        found: '2',
        expected: `>= ${SALES_MIN}`,
      }),
    ]);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(skillProficiencyBelowMinimum, degenerateModel())).toEqual(
      [],
    );
  });
});
