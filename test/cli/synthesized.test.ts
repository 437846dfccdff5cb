import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { runCli } from '../../lib/cli/run';
import { Finding } from '../../lib/validation/finding';
import { PlantedApp, synthPlantedApp } from '../terraform/planted-app';

let planted: PlantedApp;
beforeAll(() => {
  planted = synthPlantedApp();
});
afterAll(() => fs.rmSync(planted.outdir, { recursive: true, force: true }));

const sink = { write: () => true };

/** A stream that keeps what is written. */
class Capture {
  text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'genesyscloud-byoc-check.ts');

interface Compared {
  ruleId: string;
  path: string;
  subject: string;
  severity: string;
  suppressed?: { path: string; reason: string };
}

function pick(f: Compared): Compared {
  const { ruleId, path, subject, severity, suppressed } = f;
  return { ruleId, path, subject, severity, ...(suppressed && { suppressed }) };
}

test('the CLI reports what synthesis reported, from cdk.tf.json and payload', async () => {
  const out = path.join(planted.outdir, 'cli-report.json');
  const code = await runCli(
    [
      '--assignments',
      planted.payloadFile,
      '--format',
      'json',
      '--output',
      out,
      '--quiet',
      planted.stackFile,
    ],
    { stdout: sink, stderr: sink, env: {} },
  );
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  const synthesized: readonly Finding[] =
    planted.app.outcome?.result?.findings ?? [];
  expect(code).toBe(1);
  expect(report.findings.map(pick)).toEqual(synthesized.map(pick));
  expect(report.findings.length).toBeGreaterThan(10);
});

test('the bin entry sets the exit code', () => {
  const bin = path.join(
    __dirname,
    '..',
    '..',
    'bin',
    'genesyscloud-byoc-check.ts',
  );
  const result = spawnSync(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      bin,
      '-q',
      '-f',
      'json',
      planted.outdir,
    ],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  expect(result.status).toBe(1);
  expect(JSON.parse(result.stdout).summary.errors).toBeGreaterThan(10);
});

/** Every file a SARIF log locates a result in, as an absolute path. */
function sarifFiles(log: {
  runs: {
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: {
      locations?: {
        physicalLocation?: {
          artifactLocation: { uri: string; uriBaseId?: string };
        };
      }[];
    }[];
  }[];
}): string[] {
  const [run] = log.runs;
  const files = new Set<string>();
  for (const result of run.results) {
    const artifact = result.locations?.[0]?.physicalLocation?.artifactLocation;
    if (!artifact) continue;
    const base = artifact.uriBaseId
      ? run.originalUriBaseIds?.[artifact.uriBaseId]?.uri
      : undefined;
    files.add(fileURLToPath(new URL(artifact.uri, base)));
  }
  return [...files].sort();
}

describe('source files of a synthesized stack', () => {
  const declared = path.resolve(__dirname, '..', 'terraform', 'planted-app.ts');

  test('the facts record where synthesis ran, from the stack file', () => {
    const stack = JSON.parse(fs.readFileSync(planted.stackFile, 'utf8'));
    const root = stack['//']['genesyscloud-byoc'].root;
    expect(path.resolve(path.dirname(planted.stackFile), root)).toBe(
      process.cwd(),
    );
  });

  test('resolve from any directory the check runs in', () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-away-'));
    try {
      const result = spawnSync(
        process.execPath,
        [
          '-r',
          require.resolve('ts-node/register/transpile-only'),
          BIN,
          '-q',
          '-f',
          'sarif',
          planted.stackFile,
        ],
        {
          cwd: elsewhere,
          encoding: 'utf8',
          env: {
            ...process.env,
            NO_COLOR: '1',
            TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'),
          },
        },
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
      expect(sarifFiles(JSON.parse(result.stdout))).toEqual([declared]);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  test('default to the directory that holds cdktf.out', async () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-proj-'));
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-away-'));
    try {
      const stack = JSON.parse(fs.readFileSync(planted.stackFile, 'utf8'));
      delete stack['//']['genesyscloud-byoc'].root;
      const stackDir = path.join(project, 'cdktf.out', 'stacks', 'sg');
      fs.mkdirSync(stackDir, { recursive: true });
      fs.writeFileSync(
        path.join(stackDir, 'cdk.tf.json'),
        JSON.stringify(stack),
      );
      const source = path.join(project, 'test', 'terraform', 'planted-app.ts');
      fs.mkdirSync(path.dirname(source), { recursive: true });
      fs.writeFileSync(source, '// the app\n');

      const out = new Capture();
      const code = await runCli(
        ['-q', '-f', 'sarif', path.join(stackDir, 'cdk.tf.json')],
        { stdout: out, stderr: sink, cwd: elsewhere, env: {} },
      );
      expect(code).toBe(1);
      expect(sarifFiles(JSON.parse(out.text))).toEqual([
        fs.realpathSync(source),
      ]);
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
