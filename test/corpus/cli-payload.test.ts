/**
 * WFM payloads given to the command line with --assignments: wrong types,
 * nulls, empty and blank strings, unicode, truncated text, deep nesting
 * and 20 MB files. A bad payload exits 2 with one message that starts
 * with the file, line and column, no stack trace and no report; a valid
 * one, however unusual its text, is checked (exit 0, or 1 on findings).
 */
import * as fs from 'fs';
import * as path from 'path';
import { WfmPayloadDocument } from '../../lib/wfm/payload';
import {
  EXPORT,
  STACK_LINE,
  cli,
  expectInputError,
  put,
  tempDir,
} from './support';

const CLEAN = path.join(EXPORT, 'clean');

/** A valid payload for the clean export: Wei Ling's shift on its trunk. */
const PAYLOAD: WfmPayloadDocument = {
  version: 1,
  stack: 'genesyscloud',
  maxAgentsPerRequest: 50,
  requests: [
    {
      business_unit_id: 'bu_apac',
      management_unit_id: 'mu_singapore_sales',
      schedule_id: 'schedule_apac_001',
      week_id: '2026-12-07',
      agents: [
        {
          agent_id: '${genesyscloud_user.Wei_Ling_Tan.id}',
          schedule_id: 'schedule_apac_001',
          assignments: [
            {
              skill_id: '${genesyscloud_routing_skill.Inbound_Sales.id}',
              level: 4,
              trunk_association: 'byoc_singapore_main',
            },
          ],
        },
      ],
    },
  ],
};

/** A change to PAYLOAD: the path of a value and what to put there. */
type Edit = [path: (string | number)[], value: unknown];

/**
 * PAYLOAD with `edits`, two-space indented: `version` is on line 2, the
 * request's `schedule_id` on 9, `week_id` on 10, `agents` on 11, the
 * agent's `agent_id` on 13 and its assignment's `skill_id`, `level` and
 * `trunk_association` on 17, 18 and 19.
 */
function payload(...edits: Edit[]): string {
  type Node = Record<string | number, unknown>;
  const copy = structuredClone(PAYLOAD) as unknown as Node;
  for (const [at, value] of edits) {
    const parent = at
      .slice(0, -1)
      .reduce<Node>((node, step) => node[step] as Node, copy);
    parent[at[at.length - 1]] = value;
  }
  return JSON.stringify(copy, null, 2);
}

const REQUEST = ['requests', 0];
const AGENT = [...REQUEST, 'agents', 0];
const ASSIGNMENT = [...AGENT, 'assignments', 0];
const TEXT = payload();
const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

/** [case, payload text, place the message starts with] */
type Case = [string, string, string];

const INVALID: Case[] = [
  ['version a string', payload([['version'], '1']), 'p.json:2:3'],
  ['stack null', payload([['stack'], null]), 'p.json:3:3'],
  ['stack empty', payload([['stack'], '']), 'p.json:3:3'],
  [
    'maxAgentsPerRequest a string',
    payload([['maxAgentsPerRequest'], '50']),
    'p.json:4:3',
  ],
  ['requests an object', payload([['requests'], {}]), 'p.json:5:3'],
  ['a request null', payload([['requests'], [null]]), 'p.json:6:5'],
  [
    'schedule_id blank',
    payload([[...REQUEST, 'schedule_id'], ' \t ']),
    'p.json:9:7',
  ],
  [
    'week_id in full-width digits',
    payload([[...REQUEST, 'week_id'], '\uff12\uff10\uff12\uff16-12-07']),
    'p.json:10:7',
  ],
  ['no agents', payload([[...REQUEST, 'agents'], []]), 'p.json:11:7'],
  [
    'agent_id a number',
    payload([[...AGENT, 'agent_id'], 12345]),
    'p.json:13:11',
  ],
  ['agent_id empty', payload([[...AGENT, 'agent_id'], '']), 'p.json:13:11'],
  [
    'skill_id null',
    payload([[...ASSIGNMENT, 'skill_id'], null]),
    'p.json:17:15',
  ],
  ['level null', payload([[...ASSIGNMENT, 'level'], null]), 'p.json:18:15'],
  ['level 5.5', payload([[...ASSIGNMENT, 'level'], 5.5]), 'p.json:18:15'],
  ['level -1', payload([[...ASSIGNMENT, 'level'], -1]), 'p.json:18:15'],
  [
    'trunk_association empty',
    payload([[...ASSIGNMENT, 'trunk_association'], '']),
    'p.json:19:15',
  ],
  [
    'an agent field in camel case',
    payload([[...AGENT, 'agentId'], 'x']),
    'p.json:22:11',
  ],
  [
    'cut inside a string',
    TEXT.slice(0, TEXT.indexOf('mu_singapore') + 4),
    'p.json:8:29',
  ],
  [
    'cut after a comma',
    TEXT.slice(0, TEXT.indexOf('"schedule_id"')),
    'p.json:9:7',
  ],
  ['cut to its first byte', '{', 'p.json:1:2'],
  // Too deep for the syntax tree that places values: the file alone.
  [
    'requests 10,000 arrays deep',
    TEXT.replace(/"requests": \[[^]*$/, `"requests": [${deep(10_000)}]}`),
    'p.json: is not a valid WFM payload: /requests/0 must be object',
  ],
  [
    'an unknown key 10,000 arrays deep',
    TEXT.replace(/^\{/, `{"x": ${deep(10_000)},`),
    'p.json: is not a valid WFM payload: /x is not a field',
  ],
];

/** Arguments that check the clean export with the payload `p.json`. */
function withPayload(dir: string): string[] {
  fs.copyFileSync(
    path.join(CLEAN, 'policy.yaml'),
    path.join(dir, 'policy.yaml'),
  );
  return [
    '--policy',
    'policy.yaml',
    '--assignments',
    'p.json',
    path.join(CLEAN, 'genesyscloud.tf.json'),
  ];
}

describe('invalid WFM payloads exit 2 at their place', () => {
  test.each(INVALID)('%s', async (_name, text, place) => {
    const dir = tempDir();
    put(dir, 'p.json', text);
    await expectInputError(withPayload(dir), dir, 2, place);
  });
});

describe('valid WFM payloads with unusual text', () => {
  async function check(text: string) {
    const dir = tempDir();
    put(dir, 'p.json', text);
    const run = await cli(['-f', 'json', ...withPayload(dir)], dir);
    expect(run.stderr).not.toMatch(STACK_LINE);
    return { code: run.code, report: JSON.parse(run.stdout) };
  }

  test('the unedited payload passes (the control)', async () => {
    const { code, report } = await check(TEXT);
    expect(code).toBe(0);
    expect(report.summary).toMatchObject({ errors: 0, assignments: 1 });
  });

  test('Japanese and Arabic ids pass', async () => {
    const text = TEXT.replace(
      /schedule_apac_001/g,
      '\u30b7\u30d5\u30c8_001',
    ).replace('bu_apac', '\u0628\u0648_apac');
    const { code, report } = await check(text);
    expect(code).toBe(0);
    expect(report.summary).toMatchObject({ errors: 0, assignments: 1 });
  });

  test('a zero-width space after a trunk id: trunk-id-unknown', async () => {
    const text = payload(
      [[...REQUEST, 'schedule_id'], '\u{1F4C5}_001'],
      [[...AGENT, 'schedule_id'], '\u{1F4C5}_001'],
      [[...ASSIGNMENT, 'trunk_association'], 'byoc_singapore_main\u200b'],
    );
    const { code, report } = await check(text);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([
      {
        ruleId: 'trunk-id-unknown',
        path: 'wfm/\u{1F4C5}_001/genesyscloud_user.Wei_Ling_Tan',
        trunk: 'byoc_singapore_main\u200b',
        expected: 'byoc_singapore_main',
        source: { file: 'p.json', line: 12, column: 9 },
      },
    ]);
  });
});
