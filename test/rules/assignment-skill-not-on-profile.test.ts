import { assignmentSkillNotOnProfile } from '../../lib/rules/assignment-skill-not-on-profile';
import {
  SALES,
  TRUNK_ID,
  addAgent,
  addShift,
  findingsOf,
  testApp,
} from '../support/app';
import { crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';

const RULE = assignmentSkillNotOnProfile.id;

describe('assignment-skill-not-on-profile', () => {
  test.each([4, 5])('passes a level-%p shift for proficiency 5', (level) => {
    const fx = testApp();
    addShift(fx, addAgent(fx, 'Seller'), 'Shift', {
      skills: [{ skill: fx.skills.inboundSales, level }],
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('flags a level above the agent proficiency', () => {
    const fx = testApp();
    const agent = addAgent(fx, 'Junior', {
      skills: [{ skill: fx.skills.inboundSales, proficiency: 3 }],
    });
    addShift(fx, agent, 'Shift', {
      skills: [{ skill: fx.skills.inboundSales, level: 5 }],
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'error',
        path: 'apac/Shift',
        agent: { name: 'Agent Junior', email: 'junior@apac.example.com' },
        trunk: TRUNK_ID,
        skill: SALES,
        found: '3',
        expected: `${SALES} at proficiency >= 5`,
      }),
    ]);
  });

  test('flags a skill the agent profile lacks', () => {
    const fx = testApp();
    addShift(fx, addAgent(fx, 'Seller'), 'Shift', {
      skills: [{ skill: fx.skills.billing, level: 2 }],
      trunk: TRUNK_ID,
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: 'apac/Shift',
        agent: { name: 'Agent Seller', email: 'seller@apac.example.com' },
        trunk: TRUNK_ID,
        skill: 'skill_billing_support',
        found: 'skill missing',
        expected: 'skill_billing_support at proficiency >= 2',
      }),
    ]);
  });

  test('names a skill given by its exact name like a construct', () => {
    const fx = testApp();
    const agent = addAgent(fx, 'Junior', {
      skills: [{ skill: fx.skills.inboundSales, proficiency: 4 }],
    });
    addShift(fx, agent, 'Shift', { skills: [{ skill: SALES, level: 5 }] });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        skill: SALES,
        found: '4',
        expected: `${SALES} at proficiency >= 5`,
      }),
    ]);
  });

  test('flags a shift without a trunk association, naming no trunk', () => {
    const fx = testApp();
    const agent = addAgent(fx, 'Free', { trunk: undefined });
    addShift(fx, agent, 'Shift', {
      skills: [{ skill: fx.skills.billing, level: 2 }],
      trunk: undefined,
    });

    const [finding, ...rest] = ofRule(findingsOf(fx.app), RULE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: RULE,
      path: 'apac/Shift',
      agent: { name: 'Agent Free', email: 'free@apac.example.com' },
      skill: 'skill_billing_support',
    });
    expect(finding.trunk).toBeUndefined();
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(assignmentSkillNotOnProfile, degenerateModel())).toEqual([]);
  });
});
