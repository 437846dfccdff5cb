/**
 * The pipeline the README documents is a real GitHub Actions workflow,
 * examples/pipeline/github-actions.yml. These tests hold it to what the
 * library does: the report switch it sets, the files it uploads, the
 * command it runs and where credentials come from.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { REPORTS_DIR, REPORTS_ENVIRONMENT } from '../../constructs';
import { REPORT_FILES, parseFormats } from '../../lib/report';
import { fencedBlock } from '../support/markdown';

const ROOT = path.resolve(__dirname, '..', '..');
const FILE = path.join(ROOT, 'examples', 'pipeline', 'github-actions.yml');

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly env?: Record<string, string>;
  readonly with?: Record<string, string>;
  readonly 'working-directory'?: string;
}

const workflow = parse(fs.readFileSync(FILE, 'utf8')) as {
  jobs: { deploy: { env: Record<string, string>; steps: Step[] } };
};
const job = workflow.jobs.deploy;
const steps = job.steps;
const uploads = steps.filter((s) =>
  /upload-sarif|junit-report/.test(s.uses ?? ''),
);

describe('the documented pipeline', () => {
  test('switches on SARIF and JUnit reports with a value the app accepts', () => {
    const value = job.env[REPORTS_ENVIRONMENT];
    expect(typeof value).toBe('string');
    expect(parseFormats(value, REPORTS_ENVIRONMENT)).toEqual([
      'sarif',
      'junit',
    ]);
  });

  test('synthesizes before it checks, plans and applies', () => {
    const order = ['cdktf synth', 'genesyscloud-byoc-check', 'plan', 'apply'];
    const at = order.map((word) =>
      steps.findIndex((s) => s.run?.includes(word)),
    );
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test('runs the command the package installs', () => {
    const pkg = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
    );
    const check = steps.find((s) => s.run?.includes('byoc-check'));
    expect(Object.keys(pkg.bin)).toContain(check?.run?.split(' ')[1]);
  });

  test('uploads the report files the app writes, even after a failure', () => {
    const paths = uploads.map(
      (s) => s.with?.sarif_file ?? s.with?.report_paths,
    );
    expect(paths).toEqual([
      `cdktf.out/${REPORTS_DIR}/${REPORT_FILES.sarif}`,
      `cdktf.out/${REPORTS_DIR}/${REPORT_FILES.junit}`,
    ]);
    expect(uploads.map((s) => s.if)).toEqual(['always()', 'always()']);
  });

  test('plans and applies in the bundled example stack folder', () => {
    expect(job.env.STACK_DIR).toBe('cdktf.out/stacks/apac-singapore');
    const terraform = steps.filter((s) =>
      /terraform (plan|apply)/.test(s.run ?? ''),
    );
    expect(terraform).toHaveLength(2);
    for (const step of terraform) {
      expect(step['working-directory']).toBe('${{ env.STACK_DIR }}');
    }
  });

  test('takes credentials only from secrets, through the environment', () => {
    const credentials = steps.flatMap((s) =>
      Object.entries(s.env ?? {}).filter(([name]) =>
        /OAUTHCLIENT|ACCESS_TOKEN/.test(name),
      ),
    );
    expect(credentials.length).toBeGreaterThan(0);
    for (const [name, value] of credentials) {
      expect(value).toBe(`\${{ secrets.${name} }}`);
    }
    expect(JSON.stringify(job.env)).not.toMatch(/OAUTHCLIENT|ACCESS_TOKEN/);
  });
});

describe('the README', () => {
  test('shows the pipeline file as it is', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const marker = '<!-- readme: pipeline -->';
    const shown = fencedBlock(readme, marker, 'README.md');
    expect(`${shown}\n`).toBe(fs.readFileSync(FILE, 'utf8'));
  });
});
