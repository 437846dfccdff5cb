/**
 * Runs a user's app as its own process, as `cdktf synth` and
 * `ts-node main.ts` run it: the app and its other files are written to a
 * fresh directory that already holds an earlier run's output, then run
 * with ts-node. What the run printed, its exit code and the files left
 * under `cdktf.out` come back; the directory is removed.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

/** The constructs module, as an import specifier for the app's source. */
export const CONSTRUCTS = JSON.stringify(path.join(ROOT, 'constructs'));

/** A line of a JavaScript stack trace. */
export const STACK_LINE = /^\s{4}at /m;

/** What an earlier run left, plus a file of the user's own. */
export const EARLIER_OUTPUT = [
  'cdktf.out/manifest.json',
  'cdktf.out/stacks/sg/cdk.tf.json',
  'cdktf.out/stacks/sg/wfm-assignments.json',
  'cdktf.out/stacks/renamed/cdk.tf.json',
  'cdktf.out/genesyscloud-byoc/report.sarif',
  'cdktf.out/notes.txt',
];

/** What one run of an app gave. */
export interface AppRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Files under cdktf.out after the run, relative and sorted. */
  readonly left: string[];
}

/**
 * Runs `main.ts` with `source` in a fresh folder holding
 * {@link EARLIER_OUTPUT} and `files` (name to content).
 */
export function runApp(
  source: string,
  files: Readonly<Record<string, string>> = {},
): AppRun {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcb-process-'));
  try {
    for (const file of EARLIER_OUTPUT) put(dir, file, '{}');
    for (const [name, content] of Object.entries(files)) {
      put(dir, name, content);
    }
    put(dir, 'main.ts', source);
    const result = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'main.ts'],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 90_000,
        env: {
          PATH: process.env.PATH,
          TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'),
          NODE_PATH: path.join(ROOT, 'node_modules'),
        },
      },
    );
    return {
      code: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      left: listFiles(path.join(dir, 'cdktf.out')),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function put(dir: string, name: string, content: string): void {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

/** Every file under `dir`, relative and sorted; [] when it is missing. */
function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
