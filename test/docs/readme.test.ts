/**
 * The README's mapping example is a program a reader can copy. These
 * tests run it as written, and with the mistakes the README describes,
 * and hold the README's JSON excerpts and terminal output to what the
 * program really writes and prints.
 *
 * README blocks are marked with `<!-- readme: name -->` on the line
 * before their opening fence.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fencedBlock } from '../support/markdown';

const ROOT = path.resolve(__dirname, '..', '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const PACKAGE = 'cdktf-genesyscloud-byoc';

/** The body of the fenced block marked `name` in the README. */
function block(name: string): string {
  return fencedBlock(README, `<!-- readme: ${name} -->`, 'README.md');
}

interface Run {
  readonly status: number | null;
  readonly stderr: string;
  readonly stdout: string;
  readonly outdir: string;
}

/** Runs a variant of the README program as `npx ts-node main.ts`. */
function run(source: string): Run {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'gcb-readme-'));
  const library = path.join(ROOT, 'index').split(path.sep).join('/');
  fs.writeFileSync(
    path.join(cwd, 'main.ts'),
    source.replace(`'${PACKAGE}'`, `'${library}'`),
  );
  const child = spawnSync(
    process.execPath,
    [
      require.resolve('ts-node/dist/bin.js'),
      '--project',
      path.join(ROOT, 'tsconfig.json'),
      'main.ts',
    ],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', GENESYSCLOUD_BYOC_VALIDATION: '' },
    },
  );
  return {
    status: child.status,
    stderr: child.stderr,
    stdout: child.stdout,
    outdir: path.join(cwd, 'cdktf.out'),
  };
}

/** What a terminal block shows a command print: its lines between `$`s. */
function printed(terminal: string): { output: string; exit?: string } {
  const lines = terminal.split('\n');
  const start = lines.findIndex((l) => l.startsWith('$ ')) + 1;
  const next = lines.findIndex((l, i) => i >= start && l.startsWith('$ '));
  const end = next < 0 ? lines.length : next;
  const exit = next < 0 ? undefined : lines[next + 1];
  return { output: lines.slice(start, end).join('\n'), exit };
}

/**
 * True when `excerpt` is part of `actual`: every key it shows, with the
 * same value; a string or list holding "..." stands for what was left out.
 */
function isExcerptOf(excerpt: unknown, actual: unknown): boolean {
  if (typeof excerpt === 'string' && excerpt.includes('...')) return true;
  if (Array.isArray(excerpt)) {
    if (excerpt.includes('...')) return Array.isArray(actual);
    return (
      Array.isArray(actual) &&
      excerpt.length === actual.length &&
      excerpt.every((item, i) => isExcerptOf(item, actual[i]))
    );
  }
  if (excerpt !== null && typeof excerpt === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(excerpt).every(([key, value]) =>
      isExcerptOf(value, (actual as Record<string, unknown>)[key]),
    );
  }
  return excerpt === actual;
}

function readStackFile(outdir: string, file: string): unknown {
  const at = path.join(outdir, 'stacks', 'apac-singapore', file);
  return JSON.parse(fs.readFileSync(at, 'utf8'));
}

const program = block('mapping');

describe('the README mapping example', () => {
  let passing: Run;

  beforeAll(() => {
    passing = run(program);
  });

  test('synthesizes as written and prints what the README shows', () => {
    expect(passing.status).toBe(0);
    const shown = printed(block('mapping-fixed')).output;
    expect(`${passing.stdout}${passing.stderr}`.trim()).toBe(shown);
  });

  test('writes the stack JSON the README excerpt shows', () => {
    const excerpt = JSON.parse(block('mapping-json'));
    const actual = readStackFile(passing.outdir, 'cdk.tf.json');
    expect(isExcerptOf(excerpt, actual)).toBe(true);
  });

  test('writes the WFM payload the README shows', () => {
    const excerpt = JSON.parse(block('mapping-payload'));
    const actual = readStackFile(passing.outdir, 'wfm-assignments.json');
    expect(isExcerptOf(excerpt, actual)).toBe(true);
  });

  test('without the trunk link fails as the README shows', () => {
    const link = /^\s*trunk: 'byoc_singapore_main'.*\n/m;
    expect(program).toMatch(link);
    const failing = run(program.replace(link, ''));
    const shown = printed(block('mapping-failure'));
    expect(failing.status).toBe(Number(shown.exit));
    expect(failing.stderr.trim()).toBe(shown.output);
    const left = fs.existsSync(failing.outdir)
      ? fs.readdirSync(failing.outdir, { recursive: true }).map(String)
      : [];
    expect(left.filter((f) => /\.json$/.test(f))).toEqual([]);
  });

  test('with a proficiency below the policy fails with the rules named', () => {
    const proficiency = 'skills: [{ skill: sales, proficiency: 5 }]';
    expect(program).toContain(proficiency);
    const lowered = run(
      program.replace(proficiency, proficiency.replace('5', '3')),
    );
    expect(lowered.status).toBe(1);
    const named = /`([a-z-]+)` \(found 3/.exec(README)?.[1];
    expect(named).toBe('skill-proficiency-below-minimum');
    expect(lowered.stderr).toContain(`${named}  error`);
    expect(lowered.stderr).toContain('assignment-skill-not-on-profile  error');
  });
});

describe('isExcerptOf', () => {
  test.each([
    [{ a: 1 }, { a: 1, b: 2 }, true],
    [{ a: 1 }, { a: 2 }, false],
    [{ a: [1, 2] }, { a: [1, 2] }, true],
    [{ a: [1] }, { a: [1, 2] }, false],
    [{ a: ['...'] }, { a: [1, 2] }, true],
    [{ a: '{"x":1, ...}' }, { a: '{"x":1,"y":2}' }, true],
    [{ a: { b: 1 } }, { a: null }, false],
  ])('%j in %j is %s', (excerpt, actual, expected) => {
    expect(isExcerptOf(excerpt, actual)).toBe(expected);
  });
});
