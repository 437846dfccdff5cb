/**
 * Malformed inputs to the command line: Terraform JSON, policy (mapping
 * facts) files and WFM payloads. Each case must exit 2 with one message
 * that starts with the file (and line and column where known), print no
 * stack trace, and write no report when given --output.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  EXPORT,
  INPUTS,
  STACK_LINE,
  cli,
  expectInputError,
  filesUnder,
  put,
  spawnCli,
  tempDir,
} from './support';

const CLEAN = path.join(EXPORT, 'clean');
const OK_TF = '{"resource":{}}';
const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

/** [case, file, content, exit code, place the message starts with] */
type Case = [string, string, string | Buffer, number, string];

const TERRAFORM: Case[] = [
  ['empty file', 'empty.tf.json', '', 2, 'empty.tf.json:1:1'],
  ['whitespace only', 'blank.tf.json', '  \n ', 2, 'blank.tf.json:2:2'],
  [
    'binary garbage',
    'garbage.tf.json',
    Buffer.from([0, 1, 255, 0x80, 10]),
    2,
    'garbage.tf.json:1:1',
  ],
  [
    'cut mid-object',
    'cut.tf.json',
    fs.readFileSync(path.join(INPUTS, 'truncated.tf.json.txt')),
    2,
    'cut.tf.json:6:18',
  ],
  [
    'CRLF, unclosed',
    'crlf.tf.json',
    '{\r\n"resource":{\r\n}\r\n',
    2,
    'crlf.tf.json:4:1',
  ],
  ['top-level null', 'null.tf.json', 'null', 2, 'null.tf.json:1:1'],
  ['top-level 1e308', 'num.tf.json', '1e308', 2, 'num.tf.json:1:1'],
  [
    'top-level array 10,000 deep',
    'deep.tf.json',
    deep(10_000),
    2,
    'deep.tf.json:1:1',
  ],
  ['NaN literal', 'nan.tf.json', '{"resource":NaN}', 2, 'nan.tf.json:1:13'],
  [
    'Infinity literal',
    'inf.tf.json',
    '{"variable":{"x":{"default":Infinity}}}',
    2,
    'inf.tf.json:1:29',
  ],
  [
    'resource null',
    'rnull.tf.json',
    '{"resource":null}',
    2,
    'rnull.tf.json:1:2',
  ],
  [
    'resource type a string',
    'rstr.tf.json',
    '{"resource":{"genesyscloud_user":"x"}}',
    2,
    'rstr.tf.json:1:14',
  ],
  [
    'user block null',
    'unull.tf.json',
    '{"resource":{"genesyscloud_user":{"a":null}}}',
    2,
    'unull.tf.json:1:35',
  ],
  [
    'user email null, name 1e308',
    'utypes.tf.json',
    '{"resource":{"genesyscloud_user":{"a":{"name":1e308,"email":null}}}}',
    2,
    'utypes.tf.json:1:35',
  ],
  [
    'trunk name an array',
    'tname.tf.json',
    '{"resource":{"genesyscloud_telephony_providers_edges_trunkbasesettings":{"t":{"name":[]}}}}',
    2,
    'tname.tf.json:1:79',
  ],
  [
    'embedded facts null',
    'facts.tf.json',
    '{"//":{"genesyscloud-byoc":null}}',
    2,
    'facts.tf.json:1:8',
  ],
  [
    'embedded facts a string',
    'facts2.tf.json',
    '{"//":{"metadata":{"stackName":"s"},"genesyscloud-byoc":"x"}}',
    2,
    'facts2.tf.json:1:37',
  ],
];

const POLICY: Case[] = [
  ['empty YAML', 'empty.yaml', '', 2, 'empty.yaml:1:1'],
  [
    'bad indentation',
    'indent.yaml',
    fs.readFileSync(path.join(INPUTS, 'bad-indent.yaml.txt')),
    2,
    'indent.yaml:4:',
  ],
  [
    'tab indentation',
    'tab.yaml',
    'version: 1\ntrunks:\n\t- trunk: x\n',
    2,
    'tab.yaml:3:1',
  ],
  [
    'binary garbage YAML',
    'garbage.yaml',
    Buffer.from([0, 1, 255, 10]),
    2,
    'garbage.yaml:1:1',
  ],
  [
    'BOM and CRLF, region a number',
    'crlf.yaml',
    '\ufeffversion: 1\r\norganization:\r\n  region: 5\r\n',
    2,
    'crlf.yaml:3:3',
  ],
  [
    'capacity .nan',
    'nan.yaml',
    'version: 1\ntrunks:\n  - trunk: x\n    agentCapacity: .nan\n',
    2,
    'nan.yaml:4:5',
  ],
  [
    'capacity .inf',
    'inf.yaml',
    'version: 1\ntrunks:\n  - trunk: x\n    agentCapacity: .inf\n',
    2,
    'inf.yaml:4:5',
  ],
  [
    'version a string',
    'version.json',
    '{"version":"1"}',
    2,
    'version.json:1:2',
  ],
  ['JSON null', 'null.json', 'null', 2, 'null.json:1:1'],
  [
    'JSON cut mid-object',
    'cut.json',
    '{"version":1,"trunks":[{"trunk":',
    2,
    'cut.json:1:33',
  ],
  [
    'JSON nested 10,000 deep',
    'deep.json',
    `{"version":1,"x":${deep(10_000)}}`,
    2,
    'deep.json: mapping facts',
  ],
  [
    'JSON cut 10,000 deep',
    'deepcut.json',
    '{"version":1,"x":' + '['.repeat(10_000),
    2,
    'deepcut.json: is not valid JSON',
  ],
  [
    'YAML nested 10,000 deep',
    'deep.yaml',
    `version: 1\nx: ${deep(10_000)}\n`,
    2,
    'deep.yaml:2:',
  ],
  [
    'unknown keys from anchors',
    'alias.yaml',
    'a: &a [1]\nb: *a\nversion: 1\n',
    2,
    'alias.yaml:1:1',
  ],
  [
    'policy name emoji twice',
    'twice.yaml',
    'version: 1\npolicies:\n  - name: "\u{1F4DE}"\n  - name: "\u{1F4DE}"\n',
    2,
    'twice.yaml:4:',
  ],
];

/** A payload whose one skill level is text, on line 6. */
const PAYLOAD_LEVEL_TEXT = [
  '{"version":1,"stack":"s","maxAgentsPerRequest":50,"requests":[',
  ' {"business_unit_id":"bu","management_unit_id":"mu",',
  '  "schedule_id":"x","agents":[',
  '   {"agent_id":"a","schedule_id":"x","assignments":[',
  '     {"skill_id":"s","level":4},',
  '     {"skill_id":"s","trunk_association":"t","level":"high"}]}]}]}',
].join('\n');

const PAYLOAD: Case[] = [
  ['empty payload', 'empty.json', '', 2, 'empty.json:1:1'],
  [
    'payload version 1e308',
    'version.json',
    '{"version":1e308}',
    2,
    'version.json:1:',
  ],
  [
    'payload with an unknown key on line 2',
    'extra.json',
    '{"version":1,"stack":"s","maxAgentsPerRequest":50,"requests":[],\n' +
      '  "extra":3}',
    2,
    'extra.json:2:3',
  ],
  [
    'payload with a level that is text',
    'level.json',
    PAYLOAD_LEVEL_TEXT,
    2,
    'level.json:6:46',
  ],
  [
    'payload cut 10,000 deep',
    'deep.json',
    '{"requests":' + '['.repeat(10_000),
    2,
    'deep.json: is not valid JSON',
  ],
];

describe('Terraform JSON inputs', () => {
  test.each(TERRAFORM)('%s', async (_name, file, content, code, place) => {
    const dir = tempDir();
    put(dir, file, content);
    await expectInputError([file], dir, code, place);
  });

  test('a user with a blank name and email is not an input error', async () => {
    // The check judges mappings; the provider's own required fields are
    // left to terraform validate.
    const dir = tempDir();
    put(
      dir,
      'blank.tf.json',
      '{"resource":{"genesyscloud_user":{"a":{"name":" ","email":""}}}}',
    );
    const run = await cli(['blank.tf.json'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  test('a file that does not exist', async () => {
    await expectInputError(
      ['missing.tf.json'],
      tempDir(),
      2,
      'missing.tf.json',
    );
  });

  test('a directory with no Terraform JSON', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'empty'));
    await expectInputError(['empty'], dir, 2, 'empty');
  });
});

describe('policy files', () => {
  test.each(POLICY)('%s', async (_name, file, content, code, place) => {
    const dir = tempDir();
    put(dir, file, content);
    put(dir, 'ok.tf.json', OK_TF);
    await expectInputError(['--policy', file, 'ok.tf.json'], dir, code, place);
  });
});

describe('WFM payload files', () => {
  test.each(PAYLOAD)('%s', async (_name, file, content, code, place) => {
    const dir = tempDir();
    put(dir, file, content);
    put(dir, 'ok.tf.json', OK_TF);
    await expectInputError(
      ['--assignments', file, 'ok.tf.json'],
      dir,
      code,
      place,
    );
  });
});

test('a payload error lists every bad value with its line and column', async () => {
  const dir = tempDir();
  put(
    dir,
    'two.json',
    PAYLOAD_LEVEL_TEXT.replace('"level":4', '"level":4,"lvl":4'),
  );
  put(dir, 'ok.tf.json', OK_TF);
  const run = await cli(['--assignments', 'two.json', 'ok.tf.json'], dir);
  expect(run.code).toBe(2);
  const places = [...run.stderr.matchAll(/(\d+:\d+) (\/\S+)/g)].map(
    (m) => `${m[1]} ${m[2]}`,
  );
  expect(places).toEqual([
    '5:32 /requests/0/agents/0/assignments/0/lvl',
    '6:46 /requests/0/agents/0/assignments/1/level',
  ]);
  expect(run.stderr.startsWith('error: two.json:5:32: ')).toBe(true);
});

describe('valid but unusual text', () => {
  test('a zero-width space after a trunk id is trunk-id-unknown, exit 1', async () => {
    const dir = tempDir();
    const policy = fs.readFileSync(path.join(CLEAN, 'policy.yaml'), 'utf8');
    put(
      dir,
      'policy.yaml',
      policy +
        'agents:\n  - user: weiling.tan@apac.example.com\n' +
        '    trunk: "byoc_singapore_main\\u200B"\n',
    );
    const run = await cli(
      [
        '-f',
        'json',
        '--policy',
        'policy.yaml',
        path.join(CLEAN, 'genesyscloud.tf.json'),
      ],
      dir,
    );
    expect(run.code).toBe(1);
    const unknown = JSON.parse(run.stdout).findings.filter(
      (f: { ruleId: string }) => f.ruleId === 'trunk-id-unknown',
    );
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({
      trunk: 'byoc_singapore_main\u200b',
      expected: 'byoc_singapore_main',
    });
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe('inputs that could exhaust the stack or memory, in a process', () => {
  test('Terraform JSON cut inside 10,000 levels exits 2 cleanly', () => {
    const dir = tempDir();
    put(dir, 'deep.tf.json', '{"resource":' + '{"a":'.repeat(10_000));
    const run = spawnCli(['-f', 'all', '-o', 'reports', 'deep.tf.json'], dir);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: deep\.tf\.json: is not valid JSON/);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(filesUnder(path.join(dir, 'reports'))).toEqual([]);
  });

  test('a 60 MB export with a bad block at the end names its line', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'big.tf.json');
    const out = fs.openSync(file, 'w');
    fs.writeSync(out, '{\n"resource": {\n"terraform_data": {\n');
    const block = `"pad_N": { "input": "${'x'.repeat(1000)}" },\n`;
    let lines = 3;
    let written = 0;
    for (let i = 0; written < 60 * 1024 * 1024; i++) {
      const chunk = Array.from({ length: 1000 }, (_, j) =>
        block.replace('N', String(i * 1000 + j)),
      ).join('');
      fs.writeSync(out, chunk);
      written += chunk.length;
      lines += 1000;
    }
    fs.writeSync(
      out,
      '"last": {}\n},\n"genesyscloud_user": {\n"bad": 1\n}\n}\n}\n',
    );
    fs.closeSync(out);
    const bad = lines + 4;

    const run = await cli(['-f', 'all', '-o', 'reports', 'big.tf.json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(`^error: big\\.tf\\.json:${bad}:1: `),
    );
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(filesUnder(path.join(dir, 'reports'))).toEqual([]);
  });
});
