import { GenesysCloudStack, RoutingPolicy, Skill } from '../../constructs';
import { duplicateSkillOrLanguage } from '../../lib/rules/duplicate-skill-or-language';
import { REGION, SALES, addAgent, findingsOf, testApp } from '../support/app';
import { check, crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';
import { literal, objectRef, org } from '../support/model';

const RULE = duplicateSkillOrLanguage.id;
const AGENT = { name: 'Agent Twice', email: 'twice@apac.example.com' };

describe('duplicate-skill-or-language', () => {
  test('passes an agent and a policy that list each entry once', () => {
    const fx = testApp();
    addAgent(fx, 'Seller', {
      skills: [
        { skill: fx.skills.inboundSales, proficiency: 5 },
        { skill: fx.skills.billing, proficiency: 3 },
      ],
      languages: [{ language: fx.languages.english, proficiency: 4 }],
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('flags a skill listed by construct and again by exact name', () => {
    const fx = testApp();
    addAgent(fx, 'Twice', {
      skills: [
        { skill: fx.skills.inboundSales, proficiency: 5 },
        { skill: fx.skills.billing, proficiency: 3 },
        { skill: SALES, proficiency: 2 },
      ],
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'error',
        path: 'apac/Twice',
        subject: 'apac/Twice|skill#3',
        agent: AGENT,
        skill: SALES,
        found: `skill ${SALES} at entries 1 and 3`,
        expected: `one entry for skill ${SALES}`,
      }),
    ]);
  });

  test('flags a language listed twice on an agent', () => {
    const fx = testApp();
    const english = fx.languages.english;
    addAgent(fx, 'Twice', {
      languages: [
        { language: english, proficiency: 4 },
        { language: english, proficiency: 1 },
      ],
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: 'apac/Twice',
        subject: 'apac/Twice|language#2',
        agent: AGENT,
        language: 'English',
        found: 'language English at entries 1 and 2',
      }),
    ]);
  });

  test('flags a policy that requires one skill twice', () => {
    const fx = testApp();
    new RoutingPolicy(fx.stack, 'Doubled', {
      name: 'Doubled sales',
      requiredSkills: [
        { skill: fx.skills.inboundSales, minProficiency: 4 },
        { skill: fx.skills.inboundSales, minProficiency: 2 },
      ],
    });

    const [finding, ...rest] = ofRule(findingsOf(fx.app), RULE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: RULE,
      path: 'apac/Doubled',
      subject: 'apac/Doubled|skill#2',
      skill: SALES,
      found: `skill ${SALES} at entries 1 and 2`,
    });
    expect(finding.agent).toBeUndefined();
  });

  test('flags two imports of one existing skill on one agent', () => {
    const fx = testApp();
    const other = new GenesysCloudStack(fx.app, 'shared', { region: REGION });
    const mine = Skill.fromSkillName(fx.stack, 'Existing', 'skill_existing');
    const theirs = Skill.fromSkillName(other, 'Existing', 'skill_existing');
    addAgent(fx, 'Twice', {
      skills: [
        { skill: fx.skills.inboundSales, proficiency: 5 },
        { skill: mine, proficiency: 3 },
        { skill: theirs, proficiency: 4 },
      ],
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        path: 'apac/Twice',
        agent: AGENT,
        skill: 'skill_existing',
        found: 'skill skill_existing at entries 2 and 3',
      }),
    ]);
  });

  test('passes repeated entries that name nothing', () => {
    const model = org()
      .skill('sales')
      .agent('ann', {
        skills: [
          [objectRef('skills', 'sales'), 5],
          [literal('skill_gone'), 3],
          [literal('skill_gone'), 3],
          [literal(null), 1],
          [literal(null), 1],
        ],
      })
      .build();

    expect(check(duplicateSkillOrLanguage, model)).toEqual([]);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(duplicateSkillOrLanguage, degenerateModel())).toEqual([]);
  });
});
