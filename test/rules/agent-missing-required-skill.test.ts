import { ByocTrunk, ISkill, RoutingPolicy, Skill } from '../../constructs';
import { agentMissingRequiredSkill } from '../../lib/rules/agent-missing-required-skill';
import {
  SALES,
  SALES_MIN,
  TRUNK_ID,
  TestApp,
  addAgent,
  addTrunk,
  findingsOf,
  testApp,
} from '../support/app';
import { crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';

const RULE = agentMissingRequiredSkill.id;
const QUALITY = 'skill_quality_review';

/** A trunk whose policy requires a skill imported by name. */
function qualityTrunk(fx: TestApp): { quality: ISkill; trunk: ByocTrunk } {
  const quality = Skill.fromSkillName(fx.stack, 'Quality', QUALITY);
  const policy = new RoutingPolicy(fx.stack, 'QualityPolicy', {
    name: 'Quality review',
    requiredSkills: [{ skill: quality, minProficiency: 2 }],
  });
  const trunk = addTrunk(fx, 'byoc_singapore_quality', { policy });
  return { quality, trunk };
}

describe('agent-missing-required-skill', () => {
  test('passes an agent that holds the required skill', () => {
    const fx = testApp();
    addAgent(fx, 'Seller');

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('passes an unlinked agent without the skill', () => {
    const fx = testApp();
    addAgent(fx, 'Biller', {
      skills: [{ skill: fx.skills.billing, proficiency: 5 }],
      trunk: undefined,
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('flags a linked agent without the required skill', () => {
    const fx = testApp();
    addAgent(fx, 'Biller', {
      skills: [{ skill: fx.skills.billing, proficiency: 5 }],
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'error',
        path: 'apac/Biller',
        agent: { name: 'Agent Biller', email: 'biller@apac.example.com' },
        trunk: TRUNK_ID,
        skill: SALES,
        found: 'skill missing',
        expected: `${SALES} at proficiency >= ${SALES_MIN}`,
      }),
    ]);
  });

  test('flags an agent seated in the trunk queue without the skill', () => {
    const fx = testApp();
    const agent = addAgent(fx, 'Seated', { skills: [], trunk: undefined });
    agent.addToTrunkQueue(fx.trunk);

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({ path: 'apac/Seated', skill: SALES }),
    ]);
  });

  describe('with a skill imported by name', () => {
    test('matches the imported skill by identity, not by id', () => {
      const fx = testApp();
      const { quality, trunk } = qualityTrunk(fx);
      addAgent(fx, 'ByConstruct', {
        skills: [{ skill: quality, proficiency: 3 }],
        trunk,
      });
      addAgent(fx, 'ByName', {
        skills: [{ skill: QUALITY, proficiency: 3 }],
        trunk,
      });
      const { model, result } = fx.app.validate();

      expect(model.skills).toContainEqual(
        expect.objectContaining({
          path: 'apac/Quality',
          origin: 'imported',
          name: QUALITY,
          address: expect.stringMatching(/^data\.genesyscloud_routing_skill\./),
        }),
      );
      expect(model.skills.find((s) => s.name === QUALITY)?.id).toBeUndefined();
      expect(ofRule(result.findings, RULE)).toEqual([]);
    });

    test('flags an agent that lacks the imported skill', () => {
      const fx = testApp();
      const { trunk } = qualityTrunk(fx);
      addAgent(fx, 'Seller', { trunk });

      expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
        expect.objectContaining({
          path: 'apac/Seller',
          trunk: 'byoc_singapore_quality',
          skill: QUALITY,
          found: 'skill missing',
          expected: `${QUALITY} at proficiency >= 2`,
        }),
      ]);
    });
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(agentMissingRequiredSkill, degenerateModel())).toEqual([]);
  });
});
