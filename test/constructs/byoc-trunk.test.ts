import {
  Agent,
  ByocTrunk,
  GenesysPropsError,
  RoutingPolicy,
} from '../../constructs';
import { newApp, refTo, resources, singapore, synthStack } from './harness';

describe('ByocTrunk', () => {
  test('yields a BYOC Cloud trunk on its inbound site with SIP properties', () => {
    const { app, outdir } = newApp();
    const { stack, site, policy } = singapore(app);
    new ByocTrunk(stack, 'Backup', {
      name: 'Singapore backup',
      inboundSite: site,
      policy,
      state: 'inactive',
      sip: {
        serverProxies: ['sip.carrier.example:5060'],
        allowList: ['203.0.113.0/24'],
        protocol: 'tls',
      },
    });
    const json = synthStack(app, outdir, 'sg');
    const trunk = resources(
      json,
      'genesyscloud_telephony_providers_edges_trunkbasesettings',
    ).find((t) => t.name === 'Singapore backup')!;
    expect(trunk).toMatchObject({
      trunk_type: 'EXTERNAL',
      trunk_meta_base_id: 'external_sip_pcv_byoc_carrier.json',
      inbound_site_id: refTo(
        json,
        'genesyscloud_telephony_providers_edges_site',
        'Site/Resource',
      ),
      managed: false,
      state: 'inactive',
    });
    expect(JSON.parse(trunk.properties as string)).toEqual({
      trunk_access_acl_allowList: { value: { instance: ['203.0.113.0/24'] } },
      trunk_label: { value: { instance: 'Singapore backup' } },
      trunk_transport_protocolVariant: { value: { instance: 'tls' } },
      trunk_transport_serverProxyList: {
        value: { instance: ['sip.carrier.example:5060'] },
      },
    });
  });

  test('its queue uses the policy skill group', () => {
    const { app, outdir } = newApp();
    singapore(app);
    const json = synthStack(app, outdir, 'sg');
    const [queue] = resources(json, 'genesyscloud_routing_queue');
    expect(queue).toMatchObject({
      name: 'Singapore main agents',
      skill_groups: [
        refTo(json, 'genesyscloud_routing_skill_group', 'Policy/SkillGroup'),
      ],
      skill_evaluation_method: 'BEST',
      acw_wrapup_prompt: 'OPTIONAL',
      acw_timeout_ms: 300000,
    });
  });

  test('trunk ids are unique in the app', () => {
    const { app } = newApp();
    const { stack, site, policy } = singapore(app);
    expect(
      () =>
        new ByocTrunk(stack, 'Again', {
          name: 'Again',
          trunkId: 'byoc_singapore_main',
          inboundSite: site,
          policy,
        }),
    ).toThrow(/sg\/Again: invalid trunkId "byoc_singapore_main".*sg\/Trunk/);
  });

  test.each([
    [{ sip: { allowList: ['not-a-cidr'] } }, 'sip.allowList[0]'],
    [{ sip: { protocol: 'sctp' } }, 'sip.protocol'],
    [{ agentCapacity: 0 }, 'agentCapacity 0'],
    [{ state: 'draft' }, 'state "draft"'],
  ])('rejects bad props %#', (extra, part) => {
    const { app } = newApp();
    const { stack, site, policy } = singapore(app);
    let n = 0;
    const create = () =>
      new ByocTrunk(stack, `Bad${n++}`, {
        name: 'Bad',
        inboundSite: site,
        policy,
        ...(extra as object),
      });
    expect(create).toThrow(GenesysPropsError);
    expect(create).toThrow(part);
  });

  test('an imported trunk creates no trunk but holds its agents in a queue', () => {
    const { app, outdir } = newApp();
    const { stack, sales, site } = singapore(app);
    const policy = new RoutingPolicy(stack, 'LegacyPolicy', {
      name: 'Legacy',
      requiredSkills: [{ skill: sales, minProficiency: 1 }],
    });
    const legacy = ByocTrunk.fromTrunkAttributes(stack, 'Legacy', {
      trunkId: '1f0d7c9e-4a57-4c38-9a56-2d1c0e4b8a11',
      state: 'active',
      regions: ['ap-southeast-1'],
      policy,
      inboundSite: site,
    });
    new Agent(stack, 'Ana', {
      name: 'Ana',
      email: 'ana@example.com',
      skills: [{ skill: sales, proficiency: 4 }],
      trunk: legacy,
    });
    const json = synthStack(app, outdir, 'sg');
    const trunks = resources(
      json,
      'genesyscloud_telephony_providers_edges_trunkbasesettings',
    );
    expect(trunks).toHaveLength(1);
    const queue = resources(json, 'genesyscloud_routing_queue').find(
      (q) => q.name === '1f0d7c9e-4a57-4c38-9a56-2d1c0e4b8a11 agents',
    )!;
    expect(queue.members).toEqual([
      {
        user_id: refTo(json, 'genesyscloud_user', 'Ana/Resource'),
        ring_num: 1,
      },
    ]);
    expect(
      resources(json, 'genesyscloud_telephony_providers_edges_phone'),
    ).toHaveLength(1);
  });

  test('the importer refuses an empty trunk id', () => {
    const { app } = newApp();
    const { stack } = singapore(app);
    expect(() =>
      ByocTrunk.fromTrunkAttributes(stack, 'Empty', {
        trunkId: '',
        state: 'active',
        regions: [],
      }),
    ).toThrow(/sg\/Empty: invalid trunkId ""/);
  });
});
