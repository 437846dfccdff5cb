/**
 * Helpers for the malformed-input corpus: temporary directories, an
 * in-process command line run with captured streams, a spawned run for
 * inputs that could exhaust the stack, and file listings for "nothing was
 * written" checks.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import { runCli } from '../../lib/cli/run';

/** Folder of the small corpus fixtures. */
export const INPUTS = path.join(__dirname, 'inputs');

/** Folder of the export fixtures other suites share. */
export const EXPORT = path.join(__dirname, '..', 'fixtures', 'tf-export');

/** A line of a JavaScript stack trace. */
export const STACK_LINE = /^\s{4}at /m;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A fresh temporary directory, removed after the test file. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-corpus-'));
  dirs.push(dir);
  return dir;
}

/** Writes `content` to `name` inside `dir`; returns the full path. */
export function put(dir: string, name: string, content: string | Buffer) {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** Every file under `dir`, relative to it, sorted; [] when it is missing. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** A writable stream that drops what it is given. */
export function silentStream(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

class Capture {
  text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

/** What one command line run gave. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process in `cwd`, with no environment. */
export async function cli(args: string[], cwd: string): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(args, { stdout, stderr, cwd, env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/**
 * Runs the command line with every report format into `reports/` and
 * requires input error handling: exit `code`, one message on standard
 * error starting with `place` (file, then line and column where known),
 * no stack trace, nothing on standard output and no report written.
 */
export async function expectInputError(
  args: string[],
  cwd: string,
  code: number,
  place: string,
): Promise<CliRun> {
  const out = path.join(cwd, 'reports');
  const run = await cli(['-f', 'all', '-o', 'reports', ...args], cwd);
  expect(run.code).toBe(code);
  expect(run.stderr.startsWith(`error: ${place}`)).toBe(true);
  expect(run.stderr).not.toContain('unexpected failure');
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stdout).toBe('');
  expect(filesUnder(out)).toEqual([]);
  return run;
}

const BIN = path.join(
  __dirname,
  '..',
  '..',
  'bin',
  'genesyscloud-byoc-check.ts',
);

/**
 * Runs the command line as its own process, so that a stack overflow or a
 * hang would show as a crash or a timeout rather than fail the test
 * runner.
 */
export function spawnCli(args: string[], cwd: string, timeout = 90_000) {
  const result = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', BIN, ...args],
    {
      cwd,
      timeout,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        TS_NODE_PROJECT: path.join(__dirname, '..', '..', 'tsconfig.json'),
        NODE_PATH: path.join(__dirname, '..', '..', 'node_modules'),
      },
    },
  );
  return {
    code: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}
