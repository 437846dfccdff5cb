import {
  GenesysCloudStack,
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

describe('RoutingPolicy apply order', () => {
  test('its skill group depends on the skills and languages it requires', () => {
    // Off: naming sales twice is a finding of its own; here it shows that
    // depends_on lists a skill once.
    const { app, outdir } = newApp({ validation: 'off' });
    const { stack, sales } = singapore(app);
    const english = new Language(stack, 'English', { name: 'English' });
    new Skill(stack, 'Billing', { name: 'skill_billing' });
    const imported = Skill.fromSkillName(stack, 'Vip', 'skill_vip');
    new RoutingPolicy(stack, 'Support', {
      name: 'Support',
      requiredSkills: [
        { skill: sales, minProficiency: 3 },
        { skill: 'skill_billing', minProficiency: 2 },
        { skill: imported, minProficiency: 1 },
        { skill: sales, minProficiency: 4 },
      ],
      requiredLanguages: [{ language: english, minProficiency: 4 }],
    });
    const json = synthStack(app, outdir, 'sg');
    const group = groupNamed(json, 'Support');
    const address = (type: string, name: string) =>
      `${type}.${key(json, type, name)}`;
    expect(group.depends_on).toEqual([
      address('genesyscloud_routing_skill', 'skill_inbound_sales'),
      address('genesyscloud_routing_skill', 'skill_billing'),
      address('genesyscloud_routing_language', 'English'),
    ]);
  });

  test('a policy that requires nothing, or only imported skills, has none', () => {
    // Off: the unknown skill name would fail validation.
    const { app, outdir } = newApp({ validation: 'off' });
    const { stack } = singapore(app);
    new RoutingPolicy(stack, 'Open', { name: 'Open' });
    new RoutingPolicy(stack, 'Vip', {
      name: 'Vip',
      requiredSkills: [
        { skill: Skill.fromSkillName(stack, 'V', 'vip'), minProficiency: 1 },
        { skill: 'unknown_skill', minProficiency: 1 },
      ],
    });
    const json = synthStack(app, outdir, 'sg');
    expect(groupNamed(json, 'Open').depends_on).toBeUndefined();
    expect(groupNamed(json, 'Vip').depends_on).toBeUndefined();
  });

  test('skills of another stack add no depends_on across stacks', () => {
    const { app, outdir } = newApp({ validation: 'off' });
    const shared = new GenesysCloudStack(app, 'shared');
    const sales = new Skill(shared, 'Sales', { name: 'skill_inbound_sales' });
    const { stack } = singapore(app);
    new RoutingPolicy(stack, 'Remote', {
      name: 'Remote',
      requiredSkills: [{ skill: sales, minProficiency: 1 }],
    });
    const json = synthStack(app, outdir, 'sg');
    expect(groupNamed(json, 'Remote').depends_on).toBeUndefined();
  });
});

type Json = ReturnType<typeof synthStack>;

function groupNamed(json: Json, name: string): Record<string, unknown> {
  const groups = resources(json, 'genesyscloud_routing_skill_group');
  return groups.find((g) => g.name === name)!;
}

/** The resource name of the resource of `type` with the given name. */
function key(json: Json, type: string, name: string): string {
  const entries = Object.entries(json.resource?.[type] ?? {});
  return entries.find(([, body]) => body.name === name)![0];
}
