import { Agent, Skill } from '../../constructs';
import { referenceUnresolvable } from '../../lib/rules/reference-unresolvable';
import { SALES, addAgent, addShift, findingsOf, testApp } from '../support/app';
import { check, crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';
import { literal, org, pathOf } from '../support/model';

const RULE = referenceUnresolvable.id;

describe('reference-unresolvable', () => {
  test('passes skills by construct, exact name and imported id', () => {
    const fx = testApp();
    Skill.fromSkillAttributes(fx.stack, 'Chat', {
      skillId: '0b7c1a52-chat',
      name: 'skill_chat',
    });
    const agent = addAgent(fx, 'Mixed', {
      skills: [
        { skill: fx.skills.inboundSales, proficiency: 5 },
        { skill: 'skill_billing_support', proficiency: 3 },
        { skill: '0b7c1a52-chat', proficiency: 2 },
      ],
      languages: [{ language: 'English', proficiency: 4 }],
    });
    addShift(fx, agent, 'Shift', {
      skills: [{ skill: SALES, level: 4 }],
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('flags an agent skill that names no skill', () => {
    const fx = testApp();
    addAgent(fx, 'Typo', {
      skills: [{ skill: 'skill_inbound_sale', proficiency: 5 }],
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'error',
        path: 'apac/Typo',
        agent: { name: 'Agent Typo', email: 'typo@apac.example.com' },
        skill: '"skill_inbound_sale"',
        found: '"skill_inbound_sale"',
        expected: 'a declared or imported skill',
      }),
    ]);
  });

  test('flags a policy language and an assignment skill that name nothing', () => {
    const fx = testApp({
      policy: {
        requiredLanguages: [{ language: 'Englsh', minProficiency: 3 }],
      },
    });
    addShift(fx, addAgent(fx, 'Seller'), 'Shift', {
      skills: [{ skill: 'skill_outbound', level: 2 }],
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: 'apac/SalesPolicy',
        language: '"Englsh"',
        found: '"Englsh"',
        expected: 'a declared or imported language',
      }),
      expect.objectContaining({
        ruleId: RULE,
        path: 'apac/Shift',
        agent: { name: 'Agent Seller', email: 'seller@apac.example.com' },
        skill: '"skill_outbound"',
        expected: 'a declared or imported skill',
      }),
    ]);
  });

  test('the Agent construct refuses a null skill, so null is model-level', () => {
    const fx = testApp();
    const build = () =>
      new Agent(fx.stack, 'Null', {
        name: 'Null',
        email: 'null@apac.example.com',
        skills: [{ skill: null as unknown as string, proficiency: 5 }],
      });

    expect(build).toThrow(
      expect.objectContaining({
        name: 'GenesysPropsError',
        constructPath: 'apac/Null',
        property: 'skills[0].skill',
        value: null,
      }),
    );
  });

  test('flags null and blank skill ids from a roster or Terraform JSON', () => {
    const model = org()
      .skill('sales')
      .agent('ann', { skills: [[literal('  '), 4]] })
      .assign('ann', { skills: [[literal(null), 5]] })
      .build();

    expect(check(referenceUnresolvable, model)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: pathOf('agents', 'ann'),
        agent: { name: 'ann', email: 'ann@example.com' },
        found: '"  "',
        expected: 'a declared or imported skill',
      }),
      expect.objectContaining({
        ruleId: RULE,
        path: pathOf('assignments', 'ann@schedule_apac_001'),
        agent: { name: 'ann', email: 'ann@example.com' },
        skill: 'null',
        found: 'null',
      }),
    ]);
  });

  test('cannot be suppressed', () => {
    expect(referenceUnresolvable.suppressible).toBe(false);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(referenceUnresolvable, degenerateModel())).toEqual([]);
  });
});
