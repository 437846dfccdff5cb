/**
 * Malformed GenesysCloudStack and GenesysApp settings and suppressions;
 * long values in messages; and extreme values that must be accepted.
 */
import {
  GenesysApp,
  GenesysCloudStack,
  MappingSuppressions,
} from '../../constructs';
import {
  HUGE,
  MEGABYTE,
  Org,
  agent,
  any,
  describeCases,
  imported,
  org,
  policy,
  thrownBy,
  trunk,
} from './props-support';
import { silentStream, tempDir } from './support';

describeCases('GenesysCloudStack, GenesysApp and suppressions', [
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
    'GenesysApp reports unknown',
    () =>
      new GenesysApp({
        outdir: tempDir(),
        reports: ['pdf'] as never,
        reportStream: silentStream(),
      }),
    '',
    'reports',
    ['pdf'],
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
]);

describe('long values in messages', () => {
  test.each([
    ['a 1 MB string', MEGABYTE, '… (1,048,576 characters)'],
    ['a 100,000-item list', Array(100_000).fill(1), '… (200,001 characters)'],
  ])('%s is named without being repeated whole', (_name, value, tail) => {
    const error = thrownBy((o) => agent(o, { state: value }));
    expect(error.value).toBe(value);
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).toContain(tail);
  });
});

describe('accepted props', () => {
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
    ['a null skill list (none)', (o) => agent(o, { skills: null })],
    ['a null queue (defaults)', (o) => trunk(o, { queue: null })],
    [
      'a capacity past the safe integers',
      (o) => trunk(o, { agentCapacity: HUGE }),
    ],
    [
      'after-call work timeouts of 0 and one day',
      (o) => {
        trunk(o, {
          queue: { acwWrapupPrompt: 'MANDATORY_TIMEOUT', acwTimeoutMs: 0 },
        });
        return trunk(
          { ...o, stack: new GenesysCloudStack(o.app, 'day') },
          {
            trunkId: 'day',
            queue: {
              acwWrapupPrompt: 'AGENT_REQUESTED',
              acwTimeoutMs: 86_400_000,
            },
          },
        );
      },
    ],
  ];
  test.each(ACCEPTED)('accepts %s', (_name, build) => {
    expect(() => build(org())).not.toThrow();
  });
});
