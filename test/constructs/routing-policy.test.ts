import {
  GenesysPropsError,
  Language,
  RoutingPolicy,
  Skill,
} from '../../constructs';
import { newApp, resources, singapore, synthStack } from './harness';

describe('RoutingPolicy', () => {
  test('its skill group states every requirement by name with And', () => {
    const { app, outdir } = newApp();
    const { stack, sales } = singapore(app);
    const english = new Language(stack, 'English', { name: 'English' });
    new Skill(stack, 'Billing', { name: 'skill_billing' });
    new RoutingPolicy(stack, 'Support', {
      name: 'Support',
      requiredSkills: [
        { skill: sales, minProficiency: 3 },
        { skill: 'skill_billing', minProficiency: 2.5 },
      ],
      requiredLanguages: [{ language: english, minProficiency: 4 }],
    });
    const json = synthStack(app, outdir, 'sg');
    const group = resources(json, 'genesyscloud_routing_skill_group').find(
      (g) => g.name === 'Support',
    )!;
    expect(JSON.parse(group.skill_conditions as string)).toEqual([
      {
        routingSkillConditions: [
          {
            routingSkill: 'skill_inbound_sales',
            comparator: 'GreaterThanOrEqualTo',
            proficiency: 3,
            childConditions: [],
          },
          {
            routingSkill: 'skill_billing',
            comparator: 'GreaterThanOrEqualTo',
            proficiency: 2.5,
            childConditions: [],
          },
        ],
        languageSkillConditions: [
          {
            languageSkill: 'English',
            comparator: 'GreaterThanOrEqualTo',
            proficiency: 4,
            childConditions: [],
          },
        ],
        operation: 'And',
      },
    ]);
  });

  test.each([
    [{ name: 'P', maxAgents: 0 }, 'maxAgents 0'],
    [{ name: 'P', maxAgents: 2.5 }, 'maxAgents 2.5'],
    [
      { name: 'P', requiredSkills: [{ skill: 's', minProficiency: 6 }] },
      'requiredSkills[0].minProficiency 6',
    ],
    [
      {
        name: 'P',
        requiredLanguages: [{ language: 'en', minProficiency: 1.5 }],
      },
      'requiredLanguages[0].minProficiency 1.5',
    ],
    [{ name: '' }, 'name ""'],
  ])('rejects bad props %#', (props, part) => {
    const { app } = newApp();
    const { stack } = singapore(app);
    expect(() => new RoutingPolicy(stack, 'Bad', props as never)).toThrow(
      GenesysPropsError,
    );
    expect(() => new RoutingPolicy(stack, 'Bad2', props as never)).toThrow(
      part,
    );
  });
});
