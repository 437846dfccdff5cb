import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../lib/cli/run';
import { Finding } from '../../lib/validation/finding';
import { PlantedApp, synthPlantedApp } from '../terraform/planted-app';

let planted: PlantedApp;
beforeAll(() => {
  planted = synthPlantedApp();
});
afterAll(() => fs.rmSync(planted.outdir, { recursive: true, force: true }));

const sink = { write: () => true };

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
