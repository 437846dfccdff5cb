/**
 * Malformed roster files: each case must throw one RosterError whose
 * first problem names the file, line, column and field, from both the
 * synchronous and the streaming reader, and create no agent.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import {
  GenesysPropsError,
  Roster,
  RosterError,
  RosterProblem,
} from '../../constructs';
import { ROSTER_FIELDS } from '../../lib/roster/types';
import { singaporeApp } from '../roster/support';
import { INPUTS, filesUnder, put, tempDir } from './support';

const HEADER = ROSTER_FIELDS.join(',');
const ROW = 'weiling@apac.example.com,Wei Ling';

/** [case, file name, content or corpus fixture, format, line, column, field] */
type Case = [
  string,
  string,
  string | Buffer | { fixture: string },
  'csv' | 'json',
  number,
  number,
  string,
];

const CASES: Case[] = [
  // CSV
  ['empty CSV', 'empty.csv', '', 'csv', 1, 1, ''],
  ['whitespace-only CSV', 'blank.csv', ' \n\n\t\n', 'csv', 1, 1, ''],
  [
    'binary garbage CSV',
    'garbage.csv',
    Buffer.from([0, 1, 2, 255, 254, 0x80, 10, 0]),
    'csv',
    1,
    1,
    '\u0000\u0001\u0002\ufffd\ufffd\ufffd',
  ],
  [
    'unbalanced quote',
    'unbalanced.csv',
    { fixture: 'unbalanced-quote.csv' },
    'csv',
    2,
    2,
    'name',
  ],
  [
    'BOM and CRLF, bad state',
    'bom.csv',
    { fixture: 'bom-crlf.csv' },
    'csv',
    3,
    3,
    'state',
  ],
  [
    'header without name',
    'noname.csv',
    'email\nweiling@apac.example.com\n',
    'csv',
    1,
    1,
    'name',
  ],
  ['misspelt column', 'typo.csv', 'email,name,trunks\n', 'csv', 1, 3, 'trunks'],
  [
    'whitespace-only name',
    'wsname.csv',
    `email,name\nweiling@apac.example.com,"   "\n`,
    'csv',
    2,
    2,
    'name',
  ],
  [
    'proficiency NaN',
    'nan.csv',
    `email,name,skills\n${ROW},s:NaN\n`,
    'csv',
    2,
    3,
    'skills',
  ],
  [
    'proficiency Infinity',
    'inf.csv',
    `email,name,skills\n${ROW},s:Infinity\n`,
    'csv',
    2,
    3,
    'skills',
  ],
  [
    'proficiency 1e308',
    'e308.csv',
    `email,name,skills\n${ROW},s:1e308\n`,
    'csv',
    2,
    3,
    'skills',
  ],
  [
    'proficiency past safe integers',
    'huge.csv',
    `email,name,languages\n${ROW},English:9007199254740992\n`,
    'csv',
    2,
    3,
    'languages',
  ],
  [
    'entry without id',
    'noid.csv',
    `email,name,skills\n${ROW},:5\n`,
    'csv',
    2,
    3,
    'skills',
  ],
  [
    'value past the header',
    'extra.csv',
    `email,name\n${ROW},surplus\n`,
    'csv',
    2,
    3,
    '',
  ],
  [
    'week id with zero-width space',
    'week.csv',
    `email,name,schedule_id,business_unit_id,management_unit_id,week_id\n${ROW},s,bu,mu,2026-12-07\u200b\n`,
    'csv',
    2,
    6,
    'week_id',
  ],
  [
    'RTL email',
    'rtl.csv',
    'email,name\n\u05d0\u05d1@example.com,Name\n',
    'csv',
    2,
    1,
    'email',
  ],
  [
    '1 MB cell in an unknown state',
    'mb.csv',
    `email,name,state\n${ROW},${'x'.repeat(1 << 20)}\n`,
    'csv',
    2,
    3,
    'state',
  ],
  [
    'repeated email, any case',
    'dup.csv',
    `email,name\n${ROW}\nWEILING@apac.example.com,Again\n`,
    'csv',
    3,
    1,
    'email',
  ],
  // JSON
  ['empty JSON', 'empty.json', '', 'json', 1, 1, ''],
  [
    'truncated JSON',
    'truncated.json',
    { fixture: 'truncated-roster.json.txt' },
    'json',
    4,
    42,
    '',
  ],
  [
    'binary garbage JSON',
    'garbage.json',
    Buffer.from([0xff, 0xfe, 0, 1, 10]),
    'json',
    1,
    1,
    '',
  ],
  ['JSON null', 'null.json', 'null', 'json', 1, 1, ''],
  ['JSON number 1e308', 'num.json', '1e308', 'json', 1, 1, ''],
  [
    'JSON NaN literal',
    'nan.json',
    '[{"email":"a@example.com","name":NaN}]',
    'json',
    1,
    34,
    '',
  ],
  [
    'JSON Infinity literal',
    'inf.json',
    '[{"email":"a@example.com","name":"A","skills":[{"skill":"s","proficiency":Infinity}]}]',
    'json',
    1,
    75,
    '',
  ],
  [
    'JSON unknown top-level key',
    'top.json',
    '{"agents":[],"agnets":[]}',
    'json',
    1,
    14,
    'agnets',
  ],
  [
    'JSON wrong types',
    'types.json',
    '[{"email":5,"name":null}]',
    'json',
    1,
    11,
    'email',
  ],
  [
    'JSON name 1e308 after CRLF',
    'crlf.json',
    '[\r\n{"email":"a@example.com",\r\n"name":1e308}\r\n]',
    'json',
    3,
    8,
    'name',
  ],
  [
    'JSON BOM, empty email',
    'bom.json',
    '\ufeff[{"email":"","name":"A"}]',
    'json',
    1,
    11,
    'email',
  ],
  [
    'JSON proficiency huge',
    'big.json',
    `[{"email":"a@example.com","name":"A","skills":[{"skill":"s","proficiency":${Number.MAX_SAFE_INTEGER + 1}}]}]`,
    'json',
    1,
    75,
    'skills',
  ],
  [
    'JSON nested 10,000 deep',
    'deep.json',
    '['.repeat(10_000) + ']'.repeat(10_000),
    'json',
    1,
    1,
    '',
  ],
  [
    'JSON cut inside 10,000 levels',
    'deepcut.json',
    '[{"email":"a@example.com","name":' + '['.repeat(10_000),
    'json',
    1,
    1,
    '',
  ],
];

function writeCase(name: string, content: Case[2]): string {
  const text =
    typeof content === 'object' && 'fixture' in content
      ? fs.readFileSync(path.join(INPUTS, content.fixture))
      : content;
  return put(tempDir(), name, text);
}

function problemsOf(run: () => void): readonly RosterProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof RosterError) return error.problems;
    throw error;
  }
  throw new Error('expected a RosterError');
}

function check(
  problems: readonly RosterProblem[],
  file: string,
  expected: [number, number, string],
) {
  expect(problems.length).toBeGreaterThan(0);
  const [first] = problems;
  expect(path.resolve(first.file)).toBe(file);
  expect([first.line, first.column, first.field]).toEqual(expected);
  expect(first.message.length).toBeGreaterThan(0);
  expect(first.fix.length).toBeGreaterThan(0);
}

describe('malformed rosters', () => {
  test.each(CASES)('%s', async (_name, name, content, format, ...where) => {
    const file = writeCase(name, content);
    const app = new App({ outdir: tempDir() });
    const stack = new TerraformStack(app, 'sg');

    const sync = problemsOf(() =>
      Roster.fromFileSync(stack, 'Sync', { file, format }),
    );
    check(sync, file, where);

    let streamed: readonly RosterProblem[] = [];
    await Roster.load(stack, 'Async', { file, format }).catch((error) => {
      if (!(error instanceof RosterError)) throw error;
      streamed = error.problems;
    });
    expect(streamed).toEqual(sync);
    expect(stack.node.tryFindChild('Sync')).toBeUndefined();
    expect(stack.node.tryFindChild('Async')).toBeUndefined();
  });

  test('the error message names every place as file:line:column', () => {
    const file = writeCase('unbalanced.csv', {
      fixture: 'unbalanced-quote.csv',
    });
    const app = new App({ outdir: tempDir() });
    const stack = new TerraformStack(app, 'sg');
    expect(() => Roster.fromFileSync(stack, 'R', { file })).toThrow(
      `unbalanced.csv:2:2 name:`,
    );
  });
});

describe('roster files that cannot be read', () => {
  /** The error both readers throw, checked to be the same. */
  async function propsError(file: string): Promise<GenesysPropsError> {
    const app = new App({ outdir: tempDir() });
    const stack = new TerraformStack(app, 'sg');
    let sync: unknown;
    try {
      Roster.fromFileSync(stack, 'R', { file });
    } catch (error) {
      sync = error;
    }
    const streamed = await Roster.load(stack, 'R', { file }).catch((e) => e);
    expect(sync).toBeInstanceOf(GenesysPropsError);
    expect(streamed).toBeInstanceOf(GenesysPropsError);
    expect((streamed as Error).message).toBe((sync as Error).message);
    expect(stack.node.tryFindChild('R')).toBeUndefined();
    return sync as GenesysPropsError;
  }

  test('a missing file names the construct, the file and where it looked', async () => {
    const file = path.join(tempDir(), 'missing.csv');
    const error = await propsError(file);
    expect([error.constructPath, error.property, error.value]).toEqual([
      'sg/R',
      'file',
      file,
    ]);
    expect(error.message).toContain(`nothing is at ${file}`);
  });

  test('a directory is named as one, not as a format', async () => {
    const dir = tempDir();
    const error = await propsError(dir);
    expect([error.constructPath, error.property, error.value]).toEqual([
      'sg/R',
      'file',
      dir,
    ]);
    expect(error.allowed).toMatch(/^a roster file, not a directory/);
    expect(error.message).not.toContain('format');
  });
});

describe('huge values in problems', () => {
  test('a 1 MB cell is shown cut to 80 characters with its length', () => {
    const cell = 'x'.repeat(1 << 20);
    const file = put(tempDir(), 'mb.csv', `email,name,state\n${ROW},${cell}\n`);
    const app = new App({ outdir: tempDir() });
    const stack = new TerraformStack(app, 'sg');
    let error: unknown;
    try {
      Roster.fromFileSync(stack, 'R', { file });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RosterError);
    const [problem] = (error as RosterError).problems;
    expect(problem.message).toBe(
      `state is "${'x'.repeat(80)}"… (1,048,576 characters); it must be ` +
        '"active" or "inactive".',
    );
    expect((error as Error).message.length).toBeLessThan(600);
  });

  test('a 1 MB unknown header is cut in the message and the field', () => {
    const name = 'y'.repeat(1 << 20);
    const file = put(tempDir(), 'head.csv', `email,name,${name}\n`);
    const app = new App({ outdir: tempDir() });
    const stack = new TerraformStack(app, 'sg');
    let message = '';
    try {
      Roster.fromFileSync(stack, 'R', { file });
    } catch (caught) {
      message = (caught as Error).message;
    }
    expect(message).toContain('… (1,048,576 characters)');
    expect(message.length).toBeLessThan(800);
  });
});

describe('roster text that is valid but unusual', () => {
  test('a zero-width space after a trunk id is trunk-id-unknown with a hint', () => {
    const { app, stack } = singaporeApp();
    Roster.fromFileSync(stack, 'Roster', {
      file: path.join(INPUTS, 'zero-width-trunk.csv'),
    });
    const { result } = app.validate();
    const unknown = result.findings.filter(
      (f) => f.ruleId === 'trunk-id-unknown',
    );
    expect(unknown).toHaveLength(1);
    expect(unknown[0].trunk).toBe('byoc_singapore_main\u200b');
    expect(unknown[0].expected).toBe('byoc_singapore_main');
    expect(unknown[0].source).toMatchObject({ line: 2, column: 1 });
  });

  test('emoji, RTL text and combining marks in names are kept', () => {
    const name = '\u{1F4DE} \u05e9\u05dc\u05d5\u05dd Jos\u0065\u0301';
    const file = put(
      tempDir(),
      'unicode.csv',
      `${HEADER}\nweiling@apac.example.com,${name}\n`,
    );
    const { stack } = singaporeApp();
    const roster = Roster.fromFileSync(stack, 'Roster', { file });
    expect(roster.agents[0].agentName).toBe(name);
  });
});

describe('no partial output', () => {
  test('a bad roster in a GenesysApp leaves no stack JSON or payload', () => {
    const { app, stack, outdir } = singaporeApp();
    const file = writeCase('bad.csv', `email,name\n${ROW}\n${ROW}\n`);
    expect(() => Roster.fromFileSync(stack, 'Roster', { file })).toThrow(
      RosterError,
    );
    expect(stack.node.tryFindChild('Roster')).toBeUndefined();
    expect(filesUnder(outdir)).toEqual([]);
    void app;
  });
});

describe('a roster of 100,000 rows', () => {
  const ROWS = 100_000;
  const BAD = ROWS - 7;

  test('streams and names the one bad row near the end', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'large.csv');
    const out = fs.openSync(file, 'w');
    fs.writeSync(out, 'email,name,skills,trunk\n');
    let chunk = '';
    for (let i = 1; i <= ROWS; i++) {
      const skills = i === BAD ? 'sales:high' : 'sales:4';
      chunk += `agent${i}@load.example.com,Agent ${i},${skills},byoc_main\n`;
      if (chunk.length > 1 << 20) {
        fs.writeSync(out, chunk);
        chunk = '';
      }
    }
    fs.writeSync(out, chunk);
    fs.closeSync(out);
    const app = new App({ outdir: path.join(dir, 'out') });
    const stack = new TerraformStack(app, 'load');

    let problems: readonly RosterProblem[] = [];
    await Roster.load(stack, 'Roster', { file }).catch((error) => {
      if (!(error instanceof RosterError)) throw error;
      problems = error.problems;
    });

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      line: BAD + 1,
      column: 3,
      field: 'skills',
    });
    expect(stack.node.tryFindChild('Roster')).toBeUndefined();
  });
});
