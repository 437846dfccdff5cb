import { Construct } from 'constructs';
import {
  ByocTrunk,
  GenesysCloudStack,
  ISkill,
  RoutingPolicy,
  Skill,
} from '../../constructs';
import { agentMissingRequiredSkill } from '../../lib/rules/agent-missing-required-skill';
import {
  REGION,
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

/** A trunk whose policy requires `quality`, by default imported by name. */
function qualityTrunk(
  fx: TestApp,
  quality: ISkill = Skill.fromSkillName(fx.stack, 'Quality', QUALITY),
): { quality: ISkill; trunk: ByocTrunk } {
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
      expect.objectContaining({
        ruleId: RULE,
        path: 'apac/Seated',
        agent: { name: 'Agent Seated', email: 'seated@apac.example.com' },
        trunk: TRUNK_ID,
        skill: SALES,
      }),
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
          ruleId: RULE,
          path: 'apac/Seller',
          agent: { name: 'Agent Seller', email: 'seller@apac.example.com' },
          trunk: 'byoc_singapore_quality',
          skill: QUALITY,
          found: 'skill missing',
          expected: `${QUALITY} at proficiency >= 2`,
        }),
      ]);
    });
  });

  describe('with a skill imported twice', () => {
    type Importer = (scope: Construct) => ISkill;
    const byName: Importer = (scope) =>
      Skill.fromSkillName(scope, 'Quality', QUALITY);
    const byId: Importer = (scope) =>
      Skill.fromSkillAttributes(scope, 'Quality', {
        skillId: 'abc-123',
        name: QUALITY,
      });
    const otherId: Importer = (scope) =>
      Skill.fromSkillAttributes(scope, 'Audit', {
        skillId: 'abc-456',
        name: 'skill_quality_audit',
      });

    /**
     * The policy requires the skill imported into the test stack; agent
     * Reviewer holds the one imported into a second stack.
     */
    function importedTwice(required: Importer, held: Importer): TestApp {
      const fx = testApp();
      const shared = new GenesysCloudStack(fx.app, 'shared', {
        region: REGION,
      });
      const { trunk } = qualityTrunk(fx, required(fx.stack));
      addAgent(fx, 'Reviewer', {
        skills: [{ skill: held(shared), proficiency: 3 }],
        trunk,
      });
      return fx;
    }

    test.each([
      ['by name, held by name', byName, byName],
      ['by id, held by id', byId, byId],
      ['by id, held by the name it carries', byId, byName],
    ])('passes a skill required %s in another stack', (_how, req, held) => {
      const fx = importedTwice(req, held);

      expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
    });

    test('flags an agent holding an import of another id', () => {
      const fx = importedTwice(byId, otherId);

      expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
        expect.objectContaining({
          ruleId: RULE,
          path: 'apac/Reviewer',
          agent: { name: 'Agent Reviewer', email: 'reviewer@apac.example.com' },
          trunk: 'byoc_singapore_quality',
          skill: QUALITY,
        }),
      ]);
    });
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(agentMissingRequiredSkill, degenerateModel())).toEqual([]);
  });
});
