/**
 * Malformed construct props: each case must throw a GenesysPropsError
 * that carries the construct path and the property, and whose message
 * names both. Literal credentials are refused without echoing them.
 */
import {
  Agent,
  ByocTrunk,
  GenesysApp,
  GenesysCloudStack,
  GenesysPropsError,
  Language,
  MappingSuppressions,
  RoutingPolicy,
  Site,
  Skill,
  WfmAssignment,
} from '../../constructs';
import { silentStream, tempDir } from './support';

/** What each case may build on: one stack with a site, policy and agent. */
interface Org {
  readonly app: GenesysApp;
  readonly stack: GenesysCloudStack;
  readonly site: Site;
  readonly policy: RoutingPolicy;
  readonly agent: Agent;
}

function org(): Org {
  const app = new GenesysApp({
    outdir: tempDir(),
    reportStream: silentStream(),
  });
  const stack = new GenesysCloudStack(app, 'sg', { region: 'ap-southeast-1' });
  const site = new Site(stack, 'Site', {
    name: 'Singapore',
    address: {
      street1: '1 Raffles Place',
      city: 'Singapore',
      country: 'SG',
      zipCode: '048616',
    },
    mediaRegions: ['ap-southeast-1'],
  });
  const policy = new RoutingPolicy(stack, 'Policy', { name: 'Sales' });
  const agent = new Agent(stack, 'Agent', {
    name: 'Wei Ling',
    email: 'weiling@apac.example.com',
  });
  return { app, stack, site, policy, agent };
}

/** Props built at run time, so that any value can go anywhere. */
type Loose = Record<string, unknown>;
const any = (props: Loose) => props as never;

const HUGE = Number.MAX_SAFE_INTEGER + 1;
const MEGABYTE = 'x'.repeat(1 << 20);

const agent = (o: Org, props: Loose) =>
  new Agent(o.stack, 'Bad', any({ name: 'A', email: 'a@x.com', ...props }));
const trunk = (o: Org, props: Loose) =>
  new ByocTrunk(
    o.stack,
    'Bad',
    any({ name: 'T', inboundSite: o.site, policy: o.policy, ...props }),
  );
const imported = (o: Org, attrs: Loose) =>
  ByocTrunk.fromTrunkAttributes(
    o.stack,
    'Bad',
    any({ trunkId: 'byoc_x', state: 'active', regions: [], ...attrs }),
  );
const policy = (o: Org, props: Loose) =>
  new RoutingPolicy(o.stack, 'Bad', any({ name: 'P', ...props }));
const site = (o: Org, props: Loose) =>
  new Site(
    o.stack,
    'Bad',
    any({
      name: 'S',
      address: { street1: '1', city: 'c', country: 'SG', zipCode: '1' },
      mediaRegions: ['ap-southeast-1'],
      ...props,
    }),
  );
const assignment = (o: Org, props: Loose) =>
  new WfmAssignment(
    o.stack,
    'Bad',
    any({
      agent: o.agent,
      businessUnitId: 'bu',
      managementUnitId: 'mu',
      scheduleId: 's',
      ...props,
    }),
  );

/** [case, build, construct path under the app, property] */
const CASES: Array<[string, (o: Org) => unknown, string, string]> = [
  // Agent
  [
    'Agent without props',
    (o) => new Agent(o.stack, 'Bad', any(undefined as never)),
    'sg/Bad',
    'name',
  ],
  ['Agent name null', (o) => agent(o, { name: null }), 'sg/Bad', 'name'],
  ['Agent name empty', (o) => agent(o, { name: '' }), 'sg/Bad', 'name'],
  [
    'Agent name whitespace',
    (o) => agent(o, { name: ' \t\n ' }),
    'sg/Bad',
    'name',
  ],
  ['Agent name a number', (o) => agent(o, { name: 42 }), 'sg/Bad', 'name'],
  ['Agent name an object', (o) => agent(o, { name: {} }), 'sg/Bad', 'name'],
  ['Agent email empty', (o) => agent(o, { email: '' }), 'sg/Bad', 'email'],
  [
    'Agent email a number',
    (o) => agent(o, { email: 1e308 }),
    'sg/Bad',
    'email',
  ],
  [
    'Agent state wrong case',
    (o) => agent(o, { state: 'ACTIVE' }),
    'sg/Bad',
    'state',
  ],
  ['Agent state empty', (o) => agent(o, { state: '' }), 'sg/Bad', 'state'],
  [
    'Agent skill null',
    (o) => agent(o, { skills: [null] }),
    'sg/Bad',
    'skills[0].skill',
  ],
  [
    'Agent skill blank',
    (o) => agent(o, { skills: [{ skill: ' ', proficiency: 1 }] }),
    'sg/Bad',
    'skills[0].skill',
  ],
  [
    'Agent proficiency NaN',
    (o) => agent(o, { skills: [{ skill: 's', proficiency: NaN }] }),
    'sg/Bad',
    'skills[0].proficiency',
  ],
  [
    'Agent proficiency Infinity',
    (o) => agent(o, { skills: [{ skill: 's', proficiency: Infinity }] }),
    'sg/Bad',
    'skills[0].proficiency',
  ],
  [
    'Agent proficiency 1e308',
    (o) => agent(o, { skills: [{ skill: 's', proficiency: 1e308 }] }),
    'sg/Bad',
    'skills[0].proficiency',
  ],
  [
    'Agent proficiency a string',
    (o) => agent(o, { skills: [{ skill: 's', proficiency: '5' }] }),
    'sg/Bad',
    'skills[0].proficiency',
  ],
  [
    'Agent language decimal',
    (o) => agent(o, { languages: [{ language: 'English', proficiency: 2.5 }] }),
    'sg/Bad',
    'languages[0].proficiency',
  ],
  [
    'Agent language huge',
    (o) =>
      agent(o, { languages: [{ language: 'English', proficiency: HUGE }] }),
    'sg/Bad',
    'languages[0].proficiency',
  ],
  ['Agent trunk empty', (o) => agent(o, { trunk: '' }), 'sg/Bad', 'trunk'],
  ['Agent trunk null', (o) => agent(o, { trunk: null }), 'sg/Bad', 'trunk'],
  ['Agent trunk a number', (o) => agent(o, { trunk: 7 }), 'sg/Bad', 'trunk'],
  // ByocTrunk
  ['ByocTrunk name empty', (o) => trunk(o, { name: '' }), 'sg/Bad', 'name'],
  [
    'ByocTrunk trunkId whitespace',
    (o) => trunk(o, { trunkId: '   ' }),
    'sg/Bad',
    'trunkId',
  ],
  [
    'ByocTrunk state unknown',
    (o) => trunk(o, { state: 'paused' }),
    'sg/Bad',
    'state',
  ],
  [
    'ByocTrunk capacity 0',
    (o) => trunk(o, { agentCapacity: 0 }),
    'sg/Bad',
    'agentCapacity',
  ],
  [
    'ByocTrunk capacity decimal',
    (o) => trunk(o, { agentCapacity: 1.5 }),
    'sg/Bad',
    'agentCapacity',
  ],
  [
    'ByocTrunk capacity NaN',
    (o) => trunk(o, { agentCapacity: NaN }),
    'sg/Bad',
    'agentCapacity',
  ],
  [
    'ByocTrunk capacity Infinity',
    (o) => trunk(o, { agentCapacity: Infinity }),
    'sg/Bad',
    'agentCapacity',
  ],
  [
    'ByocTrunk capacity a string',
    (o) => trunk(o, { agentCapacity: '40' }),
    'sg/Bad',
    'agentCapacity',
  ],
  [
    'ByocTrunk without inboundSite',
    (o) => trunk(o, { inboundSite: undefined }),
    'sg/Bad',
    'inboundSite',
  ],
  [
    'ByocTrunk without policy',
    (o) => trunk(o, { policy: undefined }),
    'sg/Bad',
    'policy',
  ],
  [
    'ByocTrunk sip protocol',
    (o) => trunk(o, { sip: { protocol: 'http' } }),
    'sg/Bad',
    'sip.protocol',
  ],
  [
    'ByocTrunk sip proxy blank',
    (o) => trunk(o, { sip: { serverProxies: [''] } }),
    'sg/Bad',
    'sip.serverProxies[0]',
  ],
  [
    'ByocTrunk sip allowList',
    (o) => trunk(o, { sip: { allowList: ['10.0.0.1'] } }),
    'sg/Bad',
    'sip.allowList[0]',
  ],
  [
    'ByocTrunk sip allowList null',
    (o) => trunk(o, { sip: { allowList: [null] } }),
    'sg/Bad',
    'sip.allowList[0]',
  ],
  [
    'ByocTrunk trunkId taken',
    (o) => {
      trunk(o, { trunkId: 'byoc_singapore_main' });
      return new ByocTrunk(
        o.stack,
        'Again',
        any({
          name: 'T',
          trunkId: 'byoc_singapore_main',
          inboundSite: o.site,
          policy: o.policy,
        }),
      );
    },
    'sg/Again',
    'trunkId',
  ],
  // ByocTrunk.fromTrunkAttributes
  [
    'import without attrs',
    (o) =>
      ByocTrunk.fromTrunkAttributes(o.stack, 'Bad', any(undefined as never)),
    'sg/Bad',
    'trunkId',
  ],
  [
    'import trunkId empty',
    (o) => imported(o, { trunkId: '' }),
    'sg/Bad',
    'trunkId',
  ],
  [
    'import trunkId a number',
    (o) => imported(o, { trunkId: 1e308 }),
    'sg/Bad',
    'trunkId',
  ],
  [
    'import region blank',
    (o) => imported(o, { regions: ['ap-southeast-1', ' '] }),
    'sg/Bad',
    'regions[1]',
  ],
  [
    'import capacity negative',
    (o) => imported(o, { agentCapacity: -1 }),
    'sg/Bad',
    'agentCapacity',
  ],
  // RoutingPolicy
  [
    'RoutingPolicy name empty',
    (o) => policy(o, { name: '' }),
    'sg/Bad',
    'name',
  ],
  [
    'RoutingPolicy name an array',
    (o) => policy(o, { name: ['Sales'] }),
    'sg/Bad',
    'name',
  ],
  [
    'RoutingPolicy maxAgents 0',
    (o) => policy(o, { maxAgents: 0 }),
    'sg/Bad',
    'maxAgents',
  ],
  [
    'RoutingPolicy maxAgents NaN',
    (o) => policy(o, { maxAgents: NaN }),
    'sg/Bad',
    'maxAgents',
  ],
  [
    'RoutingPolicy maxAgents Infinity',
    (o) => policy(o, { maxAgents: Infinity }),
    'sg/Bad',
    'maxAgents',
  ],
  [
    'RoutingPolicy skill minimum 6',
    (o) => policy(o, { requiredSkills: [{ skill: 's', minProficiency: 6 }] }),
    'sg/Bad',
    'requiredSkills[0].minProficiency',
  ],
  [
    'RoutingPolicy skill missing',
    (o) => policy(o, { requiredSkills: [{ minProficiency: 3 }] }),
    'sg/Bad',
    'requiredSkills[0].skill',
  ],
  [
    'RoutingPolicy language decimal',
    (o) =>
      policy(o, {
        requiredLanguages: [{ language: 'English', minProficiency: 3.5 }],
      }),
    'sg/Bad',
    'requiredLanguages[0].minProficiency',
  ],
  // Skill, Language and their importers
  [
    'Skill name empty',
    (o) => new Skill(o.stack, 'Bad', { name: '' }),
    'sg/Bad',
    'name',
  ],
  [
    'Skill without props',
    (o) => new Skill(o.stack, 'Bad', any(undefined as never)),
    'sg/Bad',
    'name',
  ],
  [
    'Skill.fromSkillName blank',
    (o) => Skill.fromSkillName(o.stack, 'Bad', ' '),
    'sg/Bad',
    'name',
  ],
  [
    'Skill.fromSkillAttributes id blank',
    (o) =>
      Skill.fromSkillAttributes(o.stack, 'Bad', { skillId: '\n', name: 'S' }),
    'sg/Bad',
    'skillId',
  ],
  [
    'Skill.fromSkillAttributes name null',
    (o) =>
      Skill.fromSkillAttributes(
        o.stack,
        'Bad',
        any({ skillId: 'id', name: null }),
      ),
    'sg/Bad',
    'name',
  ],
  [
    'Language name whitespace',
    (o) => new Language(o.stack, 'Bad', { name: '\u3000' }),
    'sg/Bad',
    'name',
  ],
  [
    'Language.fromLanguageName empty',
    (o) => Language.fromLanguageName(o.stack, 'Bad', ''),
    'sg/Bad',
    'name',
  ],
  [
    'Language.fromLanguageAttributes id a number',
    (o) =>
      Language.fromLanguageAttributes(
        o.stack,
        'Bad',
        any({ languageId: 5, name: 'L' }),
      ),
    'sg/Bad',
    'languageId',
  ],
  // Site and its importers
  ['Site name empty', (o) => site(o, { name: '' }), 'sg/Bad', 'name'],
  [
    'Site no media regions',
    (o) => site(o, { mediaRegions: [] }),
    'sg/Bad',
    'mediaRegions',
  ],
  [
    'Site media region blank',
    (o) => site(o, { mediaRegions: [' '] }),
    'sg/Bad',
    'mediaRegions[0]',
  ],
  [
    'Site without address',
    (o) => site(o, { address: undefined }),
    'sg/Bad',
    'address.street1',
  ],
  [
    'Site city blank',
    (o) =>
      site(o, {
        address: { street1: '1', city: ' ', country: 'SG', zipCode: '1' },
      }),
    'sg/Bad',
    'address.city',
  ],
  [
    'Site.fromSiteName empty',
    (o) => Site.fromSiteName(o.stack, 'Bad', ''),
    'sg/Bad',
    'name',
  ],
  [
    'Site.fromSiteAttributes id blank',
    (o) => Site.fromSiteAttributes(o.stack, 'Bad', { siteId: ' ' }),
    'sg/Bad',
    'siteId',
  ],
  // WfmAssignment
  [
    'WfmAssignment agent a string',
    (o) => assignment(o, { agent: 'weiling' }),
    'sg/Bad',
    'agent',
  ],
  [
    'WfmAssignment businessUnitId empty',
    (o) => assignment(o, { businessUnitId: '' }),
    'sg/Bad',
    'businessUnitId',
  ],
  [
    'WfmAssignment managementUnitId null',
    (o) => assignment(o, { managementUnitId: null }),
    'sg/Bad',
    'managementUnitId',
  ],
  [
    'WfmAssignment scheduleId whitespace',
    (o) => assignment(o, { scheduleId: '  ' }),
    'sg/Bad',
    'scheduleId',
  ],
  [
    'WfmAssignment weekId not a date',
    (o) => assignment(o, { weekId: '2026-1-7' }),
    'sg/Bad',
    'weekId',
  ],
  [
    'WfmAssignment weekId zero-width',
    (o) => assignment(o, { weekId: '2026-12-07\u200b' }),
    'sg/Bad',
    'weekId',
  ],
  [
    'WfmAssignment level NaN',
    (o) => assignment(o, { skills: [{ skill: 's', level: NaN }] }),
    'sg/Bad',
    'skills[0].level',
  ],
  [
    'WfmAssignment trunk empty',
    (o) => assignment(o, { trunk: '' }),
    'sg/Bad',
    'trunk',
  ],
  // GenesysCloudStack, GenesysApp, MappingSuppressions
  [
    'GenesysCloudStack region empty',
    (o) => new GenesysCloudStack(o.app, 'bad', { region: '' }),
    'bad',
    'region',
  ],
  [
    'GenesysCloudStack region a number',
    (o) => new GenesysCloudStack(o.app, 'bad', any({ region: 1 })),
    'bad',
    'region',
  ],
  [
    'GenesysCloudStack phone settings blank',
    (o) =>
      new GenesysCloudStack(o.app, 'bad', { webRtcPhoneBaseSettingsId: ' ' }),
    'bad',
    'webRtcPhoneBaseSettingsId',
  ],
  [
    'GenesysApp validation unknown',
    () =>
      new GenesysApp({
        outdir: tempDir(),
        validation: any({}) as never,
        reportStream: silentStream(),
      }),
    '',
    'validation',
  ],
  [
    'suppression of an unknown rule',
    (o) => MappingSuppressions.add(o.agent, 'no-such-rule', 'why'),
    'sg/Agent',
    'suppression',
  ],
  [
    'suppression without reason',
    (o) => MappingSuppressions.add(o.agent, 'trunk-capacity-exceeded', ' '),
    'sg/Agent',
    'suppression',
  ],
  [
    'suppression of an unsuppressible rule',
    (o) => MappingSuppressions.add(o.agent, 'trunk-id-unknown', 'why'),
    'sg/Agent',
    'suppression',
  ],
];

describe('construct props', () => {
  test.each(CASES)(
    '%s throws GenesysPropsError',
    (_name, build, path, property) => {
      const o = org();
      let thrown: unknown;
      try {
        build(o);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(GenesysPropsError);
      const error = thrown as GenesysPropsError;
      expect(error.constructPath).toBe(path);
      expect(error.property).toBe(property);
      expect(error.message.startsWith(`${path}: invalid ${property} `)).toBe(
        true,
      );
      expect(error.message).toMatch(/allowed: .+\.$/);
    },
  );

  test('a 1 MB value is named without being repeated whole', () => {
    const o = org();
    expect(() => agent(o, { state: MEGABYTE })).toThrow(GenesysPropsError);
  });

  /** Valid text and extreme-but-legal values that must be accepted. */
  const ACCEPTED: Array<[string, (o: Org) => unknown]> = [
    ['a 1 MB agent name', (o) => agent(o, { name: MEGABYTE })],
    [
      'emoji, RTL and combining marks in names',
      (o) => agent(o, { name: '\u{1F4DE} \u05e9\u05dc\u05d5\u05dd e\u0301' }),
    ],
    [
      'a zero-width trunk id on a trunk',
      (o) => trunk(o, { trunkId: 'byoc\u200bsg' }),
    ],
    [
      'an RTL-override trunk id',
      (o) => imported(o, { trunkId: '\u202ebyoc_x' }),
    ],
    [
      'proficiency 0 and 5',
      (o) =>
        agent(o, {
          skills: [
            { skill: 's', proficiency: 0 },
            { skill: 't', proficiency: 5 },
          ],
        }),
    ],
    // null stands for "not set" wherever a prop has a default.
    ['a null trunkId (the construct id)', (o) => trunk(o, { trunkId: null })],
    ['a null imported state (active)', (o) => imported(o, { state: null })],
    ['a null maxAgents (50)', (o) => policy(o, { maxAgents: null })],
    ['a null sip (Genesys defaults)', (o) => trunk(o, { sip: null })],
    [
      'a capacity past the safe integers',
      (o) => trunk(o, { agentCapacity: HUGE }),
    ],
  ];
  test.each(ACCEPTED)('accepts %s', (_name, build) => {
    expect(() => build(org())).not.toThrow();
  });
});

describe('literal credentials in props', () => {
  const SECRET = 'hunter2-corpus-literal-9f8e7d';

  const CREDENTIALS: Array<[string, (o: Org) => unknown, string, string]> = [
    [
      'GenesysCloudStack oauthclientSecret',
      (o) =>
        new GenesysCloudStack(o.app, 'c', any({ oauthclientSecret: SECRET })),
      'c',
      'oauthclientSecret',
    ],
    [
      'GenesysCloudStack oauthclientId',
      (o) => new GenesysCloudStack(o.app, 'c', any({ oauthclientId: SECRET })),
      'c',
      'oauthclientId',
    ],
    [
      'GenesysCloudStack accessToken',
      (o) => new GenesysCloudStack(o.app, 'c', any({ accessToken: SECRET })),
      'c',
      'accessToken',
    ],
    [
      'Agent password',
      (o) => agent(o, { password: SECRET }),
      'sg/Bad',
      'password',
    ],
    [
      'Agent api_key',
      (o) => agent(o, { api_key: SECRET }),
      'sg/Bad',
      'api_key',
    ],
    [
      'ByocTrunk password',
      (o) => trunk(o, { password: SECRET }),
      'sg/Bad',
      'password',
    ],
    [
      'ByocTrunk SIP password',
      (o) => trunk(o, { sip: { password: SECRET } }),
      'sg/Bad',
      'sip.password',
    ],
    [
      'ByocTrunk SIP secret',
      (o) => trunk(o, { sip: { secret: SECRET } }),
      'sg/Bad',
      'sip.secret',
    ],
  ];

  test.each(CREDENTIALS)(
    '%s is refused without echoing it',
    (_name, build, path, property) => {
      let thrown: unknown;
      try {
        build(org());
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(GenesysPropsError);
      const error = thrown as GenesysPropsError;
      expect([error.constructPath, error.property]).toEqual([path, property]);
      expect(error.message).not.toContain(SECRET);
      expect(String(error.value)).not.toContain(SECRET);
      expect(String(error.stack)).not.toContain(SECRET);
    },
  );
});
