import { Agent, Language, Site, Skill } from '../../constructs';
import { newApp, resources, singapore, synthStack } from './harness';

describe('Skill and Language', () => {
  test('declared ones yield routing resources with their names', () => {
    const { app, outdir } = newApp();
    const { stack } = singapore(app);
    new Language(stack, 'English', { name: 'English' });
    const json = synthStack(app, outdir, 'sg');
    expect(resources(json, 'genesyscloud_routing_skill')).toEqual([
      expect.objectContaining({ name: 'skill_inbound_sales' }),
    ]);
    expect(resources(json, 'genesyscloud_routing_language')).toEqual([
      expect.objectContaining({ name: 'English' }),
    ]);
  });

  test('importers by name use data sources and create no resource', () => {
    const { app, outdir } = newApp();
    const { stack } = singapore(app);
    const skill = Skill.fromSkillName(stack, 'Vip', 'VIP');
    const language = Language.fromLanguageName(stack, 'Thai', 'Thai');
    new Agent(stack, 'Ana', {
      name: 'Ana',
      email: 'ana@example.com',
      skills: [{ skill, proficiency: 2 }],
      languages: [{ language, proficiency: 3 }],
    });
    const json = synthStack(app, outdir, 'sg');
    const data = json.data ?? {};
    const skillData = Object.entries(data.genesyscloud_routing_skill ?? {});
    const langData = Object.entries(data.genesyscloud_routing_language ?? {});
    expect(skillData).toHaveLength(1);
    expect(skillData[0][1]).toMatchObject({ name: 'VIP' });
    expect(langData[0][1]).toMatchObject({ name: 'Thai' });
    const [user] = resources(json, 'genesyscloud_user');
    expect(user.routing_skills).toEqual([
      {
        skill_id: `\${data.genesyscloud_routing_skill.${skillData[0][0]}.id}`,
        proficiency: 2,
      },
    ]);
    expect(resources(json, 'genesyscloud_routing_skill')).toHaveLength(1);
  });

  test('language importers take the exact id or look up the name', () => {
    const { app, outdir } = newApp();
    const { stack } = singapore(app);
    const byId = Language.fromLanguageAttributes(stack, 'Malay', {
      languageId: 'lang-ms-1',
      name: 'Malay',
    });
    const byName = Language.fromLanguageName(stack, 'Tamil', 'Tamil');
    expect([byId.languageId, byId.languageName]).toEqual([
      'lang-ms-1',
      'Malay',
    ]);
    new Agent(stack, 'Ana', {
      name: 'Ana',
      email: 'ana@example.com',
      languages: [
        { language: byId, proficiency: 4 },
        { language: 'Tamil', proficiency: 2 },
      ],
    });
    const json = synthStack(app, outdir, 'sg');
    const lookups = Object.entries(
      json.data?.genesyscloud_routing_language ?? {},
    );
    expect(lookups.map(([, body]) => body.name)).toEqual(['Tamil']);
    const [user] = resources(json, 'genesyscloud_user');
    expect(user.routing_languages).toEqual([
      { language_id: 'lang-ms-1', proficiency: 4 },
      {
        language_id: `\${data.genesyscloud_routing_language.${lookups[0][0]}.id}`,
        proficiency: 2,
      },
    ]);
    expect(byName.languageName).toBe('Tamil');
    expect(resources(json, 'genesyscloud_routing_language')).toEqual([]);
  });

  test('an importer by id needs a non-empty id', () => {
    const { app } = newApp();
    const { stack } = singapore(app);
    expect(() =>
      Skill.fromSkillAttributes(stack, 'Bad', { skillId: '', name: 'X' }),
    ).toThrow(/sg\/Bad: invalid skillId ""/);
  });
});

describe('Site', () => {
  test('yields a Cloud site with its location and media regions', () => {
    const { app, outdir } = newApp();
    singapore(app);
    const json = synthStack(app, outdir, 'sg');
    const [site] = resources(
      json,
      'genesyscloud_telephony_providers_edges_site',
    );
    const [location] = resources(json, 'genesyscloud_location');
    expect(site).toMatchObject({
      name: 'Singapore',
      media_model: 'Cloud',
      media_regions: ['ap-southeast-1'],
      media_regions_use_latency_based: false,
    });
    expect(location).toMatchObject({
      name: 'Singapore',
      address: { city: 'Singapore', country: 'SG', zip_code: '048616' },
    });
  });

  test('rejects a site without media regions', () => {
    const { app } = newApp();
    const { stack } = singapore(app);
    expect(
      () =>
        new Site(stack, 'Empty', {
          name: 'Empty',
          address: { street1: 'a', city: 'b', country: 'SG', zipCode: '1' },
          mediaRegions: [],
        }),
    ).toThrow(/sg\/Empty: invalid mediaRegions .*at least one AWS region/);
  });

  test('importers look up by name or take the exact id', () => {
    const { app, outdir } = newApp();
    const { stack } = singapore(app);
    Site.fromSiteName(stack, 'Old', 'Legacy site');
    const byId = Site.fromSiteAttributes(stack, 'ById', { siteId: 'site-1' });
    expect(byId.siteId).toBe('site-1');
    const json = synthStack(app, outdir, 'sg');
    const data = Object.values(
      json.data?.genesyscloud_telephony_providers_edges_site ?? {},
    );
    expect(data).toEqual([expect.objectContaining({ name: 'Legacy site' })]);
  });
});
