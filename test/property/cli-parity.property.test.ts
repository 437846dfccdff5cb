/**
 * The command-line check finds in an app's synthesized cdk.tf.json files
 * the findings synthesis found. Random orgs of 1 to 3 stacks are declared
 * with the real constructs and synthesized in report-only mode; the
 * written stack files alone are then checked twice: through the model
 * rebuilt from Terraform JSON, and through the command line's JSON report
 * and exit code. See docs/testing.md for the size, seeds and replay.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import fc from 'fast-check';
import { runCli } from '../../lib/cli/run';
import { SourceLocation } from '../../lib/model/types';
import { REPORT_FILES } from '../../lib/report';
import {
  TerraformModel,
  modelFromTerraformFiles,
} from '../../lib/terraform/model-from-json';
import { isBlocking, validateModel } from '../../lib/validation/engine';
import { Finding } from '../../lib/validation/finding';
import { Suppression } from '../../lib/validation/suppression';
import { synthesizableOrgArb } from './acyclic-stacks';
import { buildApp } from './build-org';
import { OrgSpec, idOf } from './org-spec';
import {
  DEFAULT_TOTAL_RUNS,
  fcParams,
  isolateEnvironment,
  synthRuns,
} from './settings';

isolateEnvironment();

const runs = synthRuns('cliParity');
const FULL_SIZE = synthRuns('cliParity', DEFAULT_TOTAL_RUNS);

let root = '';
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-cli-parity-'));
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/**
 * A finding with its source files made absolute: synthesis records them
 * relative to the working directory, the facts reader resolves them.
 */
function comparable(f: Finding) {
  const place = (s: SourceLocation) => ({ ...s, file: path.resolve(s.file) });
  return {
    ...f,
    ...(f.source ? { source: place(f.source) } : {}),
    ...(f.related
      ? {
          related: f.related.map((r) => ({ ...r, source: place(r.source) })),
        }
      : {}),
  };
}

class Capture {
  text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

/** Runs `body` with a fresh output directory, removed afterwards. */
async function inOutdir<T>(body: (outdir: string) => T): Promise<Awaited<T>> {
  const outdir = fs.mkdtempSync(path.join(root, 'org-'));
  try {
    return await body(outdir);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Synthesizes the org with a JSON report; returns its findings and files. */
function synthesize(org: OrgSpec, outdir: string) {
  const app = buildApp(org, { app: { outdir, reports: ['json'] } });
  app.synth();
  expect(app.outcome?.synthesized).toBe(true);
  const stackFiles = org.stacks.map((_, i) =>
    path.join(outdir, 'stacks', idOf('stacks', i), 'cdk.tf.json'),
  );
  const report = path.join(outdir, 'genesyscloud-byoc', REPORT_FILES.json);
  return {
    findings: app.outcome?.result?.findings ?? [],
    report: JSON.parse(fs.readFileSync(report, 'utf8')) as object,
    stackFiles,
  };
}

/** What a check of the written stack files does, for the mutants below. */
interface FileCheck {
  /** The files it reads. Default: all. */
  readonly files?: (stackFiles: string[]) => string[];
  /** The suppressions it applies. Default: those of the facts. */
  readonly suppressions?: (loaded: TerraformModel) => readonly Suppression[];
}

/** The findings the check gives for the written stack files. */
function checkFiles(stackFiles: string[], mutant: FileCheck = {}) {
  const loaded = modelFromTerraformFiles(
    mutant.files?.(stackFiles) ?? stackFiles,
  );
  const suppressions = mutant.suppressions?.(loaded) ?? loaded.suppressions;
  const { findings } = validateModel(loaded.model, { suppressions });
  return { notes: loaded.notes, findings };
}

describe('the command-line check versus synthesis', () => {
  test(`finds the same findings in ${runs} synthesized orgs`, async () => {
    let multiStack = 0;
    let withFindings = 0;
    await fc.assert(
      fc.asyncProperty(synthesizableOrgArb, (org) =>
        inOutdir(async (outdir) => {
          const synth = synthesize(org, outdir);
          if (org.stacks.length > 1) multiStack += 1;
          if (synth.findings.length > 0) withFindings += 1;

          const checked = checkFiles(synth.stackFiles);
          expect(checked.notes).toEqual([]);
          expect(checked.findings.map(comparable)).toEqual(
            synth.findings.map(comparable),
          );

          const stdout = new Capture();
          const stderr = new Capture();
          const code = await runCli(['--format', 'json', ...synth.stackFiles], {
            stdout,
            stderr,
            cwd: process.cwd(),
            env: {},
          });
          expect(stderr.text).toBe('');
          // Synthesis ran in report-only mode, the command does not.
          expect(JSON.parse(stdout.text)).toEqual({
            ...synth.report,
            reportOnly: false,
          });
          expect(code).toBe(synth.findings.some(isBlocking) ? 1 : 0);
        }),
      ),
      fcParams(runs),
    );

    if (runs >= FULL_SIZE && !process.env.FC_PATH) {
      expect(multiStack).toBeGreaterThan(runs / 3);
      expect(withFindings).toBeGreaterThan(runs / 2);
    }
  });

  // The comparison is strict enough to catch a check that goes wrong.
  test.each<[string, FileCheck]>([
    ['reads only the first stack', { files: (files) => files.slice(0, 1) }],
    ['drops the suppressions', { suppressions: () => [] }],
  ])('catches a check that %s', async (_what, mutant) => {
    const details = await fc.check(
      fc.asyncProperty(synthesizableOrgArb, (org) =>
        inOutdir((outdir) => {
          const synth = synthesize(org, outdir);
          const checked = checkFiles(synth.stackFiles, mutant);
          return isDeepStrictEqual(
            checked.findings.map(comparable),
            synth.findings.map(comparable),
          );
        }),
      ),
      fcParams(runs, { replay: false }),
    );

    expect(details.failed).toBe(true);
  });
});
