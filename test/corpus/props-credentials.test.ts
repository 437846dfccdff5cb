/**
 * Literal credentials in props: refused on every construct, under any of
 * the usual names, without the value showing up in the error.
 */
import {
  ByocTrunk,
  GenesysCloudStack,
  Language,
  Site,
  Skill,
} from '../../constructs';
import {
  Org,
  agent,
  any,
  assignment,
  imported,
  policy,
  site,
  thrownBy,
  trunk,
} from './props-support';

const SECRET = 'hunter2-corpus-literal-9f8e7d';

/** [case, build, construct path, property] */
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
  ['Agent api_key', (o) => agent(o, { api_key: SECRET }), 'sg/Bad', 'api_key'],
  [
    'Agent authPassword',
    (o) => agent(o, { authPassword: SECRET }),
    'sg/Bad',
    'authPassword',
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
  [
    'ByocTrunk SIP sipPassword',
    (o) => trunk(o, { sip: { sipPassword: SECRET } }),
    'sg/Bad',
    'sip.sipPassword',
  ],
  [
    'ByocTrunk SIP authPassword',
    (o) => trunk(o, { sip: { authPassword: SECRET } }),
    'sg/Bad',
    'sip.authPassword',
  ],
  [
    'ByocTrunk queue password',
    (o) => trunk(o, { queue: { password: SECRET } }),
    'sg/Bad',
    'queue.password',
  ],
  [
    'imported trunk digestPassword',
    (o) => imported(o, { digestPassword: SECRET }),
    'sg/Bad',
    'digestPassword',
  ],
  [
    'RoutingPolicy clientSecret',
    (o) => policy(o, { clientSecret: SECRET }),
    'sg/Bad',
    'clientSecret',
  ],
  ['Site password', (o) => site(o, { password: SECRET }), 'sg/Bad', 'password'],
  [
    'Site.fromSiteAttributes secret',
    (o) =>
      Site.fromSiteAttributes(
        o.stack,
        'Bad',
        any({ siteId: 'id', secret: SECRET }),
      ),
    'sg/Bad',
    'secret',
  ],
  [
    'Skill token',
    (o) => new Skill(o.stack, 'Bad', any({ name: 'S', token: SECRET })),
    'sg/Bad',
    'token',
  ],
  [
    'Skill.fromSkillAttributes apiKey',
    (o) =>
      Skill.fromSkillAttributes(
        o.stack,
        'Bad',
        any({ skillId: 'id', name: 'S', apiKey: SECRET }),
      ),
    'sg/Bad',
    'apiKey',
  ],
  [
    'Language accessToken',
    (o) =>
      new Language(o.stack, 'Bad', any({ name: 'L', accessToken: SECRET })),
    'sg/Bad',
    'accessToken',
  ],
  [
    'Language.fromLanguageAttributes privateKey',
    (o) =>
      Language.fromLanguageAttributes(
        o.stack,
        'Bad',
        any({ languageId: 'id', name: 'L', privateKey: SECRET }),
      ),
    'sg/Bad',
    'privateKey',
  ],
  [
    'WfmAssignment bearerToken',
    (o) => assignment(o, { bearerToken: SECRET }),
    'sg/Bad',
    'bearerToken',
  ],
  [
    'ByocTrunk.fromTrunkAttributes credentials',
    (o) =>
      ByocTrunk.fromTrunkAttributes(
        o.stack,
        'Bad',
        any({
          trunkId: 't',
          state: 'active',
          regions: [],
          credentials: SECRET,
        }),
      ),
    'sg/Bad',
    'credentials',
  ],
];

describe('literal credentials in props', () => {
  test.each(CREDENTIALS)(
    '%s is refused without echoing it',
    (_name, build, path, property) => {
      const error = thrownBy(build);
      expect([error.constructPath, error.property]).toEqual([path, property]);
      expect(error.message).toContain('GENESYSCLOUD_OAUTHCLIENT_SECRET');
      expect(error.message).not.toContain(SECRET);
      expect(String(error.value)).not.toContain(SECRET);
      expect(String(error.stack)).not.toContain(SECRET);
    },
  );
});
