import { Agent, GenesysPropsError, Language, Skill } from '../../constructs';
import { newApp, refTo, resources, singapore, synthStack } from './harness';

describe('Agent', () => {
  test('yields a user with routing skills and languages by reference', () => {
    const { app, outdir } = newApp();
    const { stack, sales } = singapore(app);
    const english = new Language(stack, 'English', { name: 'English' });
    new Agent(stack, 'Ana', {
      name: 'Ana Tan',
      email: 'ana@example.com',
      skills: [{ skill: sales, proficiency: 4.5 }],
      languages: [{ language: english, proficiency: 4 }],
      trunk: 'byoc_singapore_main',
    });
    const json = synthStack(app, outdir, 'sg');
    const [user] = resources(json, 'genesyscloud_user');
    expect(user).toMatchObject({
      name: 'Ana Tan',
      email: 'ana@example.com',
      state: 'active',
      routing_skills: [
        {
          skill_id: refTo(json, 'genesyscloud_routing_skill', 'Sales/Resource'),
          proficiency: 4.5,
        },
      ],
      routing_languages: [
        {
          language_id: refTo(
            json,
            'genesyscloud_routing_language',
            'English/Resource',
          ),
          proficiency: 4,
        },
      ],
    });
  });

  test('a trunk link yields a WebRTC phone on the inbound site and a seat in the trunk queue', () => {
    const { app, outdir } = newApp();
    const { stack, sales, trunk } = singapore(app);
    new Agent(stack, 'Ana', {
      name: 'Ana Tan',
      email: 'ana@example.com',
      skills: [{ skill: sales, proficiency: 5 }],
      trunk,
    });
    new Agent(stack, 'Ben', {
      name: 'Ben Lim',
      email: 'ben@example.com',
      skills: [{ skill: 'skill_inbound_sales', proficiency: 4 }],
      trunk: 'byoc_singapore_main',
    });
    const json = synthStack(app, outdir, 'sg');
    const phones = resources(
      json,
      'genesyscloud_telephony_providers_edges_phone',
    );
    const settings = resources(
      json,
      'genesyscloud_telephony_providers_edges_phonebasesettings',
    );
    expect(settings).toHaveLength(1);
    expect(settings[0]).toMatchObject({
      phone_meta_base_id: 'inin_webrtc_softphone.json',
    });
    expect(phones).toHaveLength(2);
    const site = refTo(
      json,
      'genesyscloud_telephony_providers_edges_site',
      'Site/Resource',
    );
    const ana = refTo(json, 'genesyscloud_user', 'Ana/Resource');
    const ben = refTo(json, 'genesyscloud_user', 'Ben/Resource');
    expect(phones).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ site_id: site, web_rtc_user_id: ana }),
        expect.objectContaining({ site_id: site, web_rtc_user_id: ben }),
      ]),
    );
    const [queue] = resources(json, 'genesyscloud_routing_queue');
    expect(queue.members).toEqual([
      { user_id: ana, ring_num: 1 },
      { user_id: ben, ring_num: 1 },
    ]);
    const [user] = resources(json, 'genesyscloud_user').filter(
      (u) => u.email === 'ben@example.com',
    );
    expect(user.routing_skills).toEqual([
      {
        skill_id: refTo(json, 'genesyscloud_routing_skill', 'Sales/Resource'),
        proficiency: 4,
      },
    ]);
  });

  test('an agent without a trunk link gets no phone', () => {
    const { app, outdir } = newApp();
    const { stack } = singapore(app);
    new Agent(stack, 'Ana', { name: 'Ana', email: 'ana@example.com' });
    const json = synthStack(app, outdir, 'sg');
    expect(
      resources(json, 'genesyscloud_telephony_providers_edges_phone'),
    ).toEqual([]);
  });

  test.each([
    ['name', { name: '', email: 'a@example.com' }, 'name ""'],
    ['email', { name: 'A', email: '  ' }, 'email "  "'],
    [
      'proficiency',
      {
        name: 'A',
        email: 'a@example.com',
        skills: [{ skill: 'x', proficiency: 7 }],
      },
      'skills[0].proficiency 7',
    ],
    [
      'language proficiency',
      {
        name: 'A',
        email: 'a@example.com',
        languages: [{ language: 'English', proficiency: 2.5 }],
      },
      'languages[0].proficiency 2.5',
    ],
    ['trunk', { name: 'A', email: 'a@example.com', trunk: '' }, 'trunk ""'],
    [
      'skill reference',
      {
        name: 'A',
        email: 'a@example.com',
        skills: [{ skill: '', proficiency: 1 }],
      },
      'skills[0].skill ""',
    ],
  ])(
    'rejects a bad %s with the path, value and allowed values',
    (_, props, part) => {
      const { app } = newApp();
      const { stack } = singapore(app);
      let error: unknown;
      try {
        new Agent(stack, 'Bad', props as never);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(GenesysPropsError);
      const message = (error as Error).message;
      expect(message).toMatch(/^sg\/Bad: invalid /);
      expect(message).toContain(part);
      expect(message).toMatch(/allowed: /);
    },
  );

  test('a skill imported by id is written as its literal id', () => {
    const { app, outdir } = newApp();
    const { stack } = singapore(app);
    const vip = Skill.fromSkillAttributes(stack, 'Vip', {
      skillId: '5d2d1e5c-0000-4000-8000-000000000001',
      name: 'VIP',
    });
    new Agent(stack, 'Ana', {
      name: 'Ana',
      email: 'ana@example.com',
      skills: [{ skill: vip, proficiency: 3 }],
    });
    const json = synthStack(app, outdir, 'sg');
    const [user] = resources(json, 'genesyscloud_user');
    expect(user.routing_skills).toEqual([
      { skill_id: '5d2d1e5c-0000-4000-8000-000000000001', proficiency: 3 },
    ]);
  });
});

describe('Agent.addToTrunkQueue', () => {
  test('seats a linked agent once', () => {
    const { app, outdir } = newApp();
    const { stack, sales, trunk } = singapore(app);
    const ana = new Agent(stack, 'Ana', {
      name: 'Ana',
      email: 'ana@example.com',
      skills: [{ skill: sales, proficiency: 5 }],
      trunk,
    });
    ana.addToTrunkQueue(trunk);
    const json = synthStack(app, outdir, 'sg');
    const [queue] = resources(json, 'genesyscloud_routing_queue');
    expect(queue.members).toHaveLength(1);
  });
});
