/**
 * A GenesysApp that fails, however it fails, leaves no stack JSON and no
 * WFM payload: not its own, not an earlier run's, not a renamed stack's.
 * Files of the user's own in the output directory stay.
 */
import {
  Agent,
  GenesysApp,
  GenesysCloudStack,
  GenesysPropsError,
  MappingValidationError,
  WfmAssignment,
} from '../../constructs';
import { singapore } from '../constructs/harness';
import { filesUnder, put, silentStream, tempDir } from './support';

const WRITTEN = /(^|\/)(cdk\.tf\.json|wfm-assignments\.json|manifest\.json)$/;

/** An app whose one agent links to a trunk id with a zero-width space. */
function brokenApp(outdir: string, throwOnFailure: boolean, trunk: string) {
  const app = new GenesysApp({
    outdir,
    reportStream: silentStream(),
    validation: 'enforce',
    throwOnFailure,
  });
  const { stack, sales } = singapore(app);
  const agent = new Agent(stack, 'WeiLing', {
    name: 'Wei Ling',
    email: 'weiling@apac.example.com',
    skills: [{ skill: sales, proficiency: 5 }],
    trunk,
  });
  new WfmAssignment(stack, 'Shift', {
    agent,
    businessUnitId: 'bu_apac',
    managementUnitId: 'mu_sg',
    scheduleId: 'schedule_apac_001',
    skills: [{ skill: sales, level: 4 }],
    trunk,
  });
  return app;
}

const ZERO_WIDTH = 'byoc_singapore_main\u200b';

describe('no partial output from a failing synth', () => {
  const previous = process.exitCode;
  afterEach(() => {
    process.exitCode = previous;
  });

  test.each([
    ['throwing', true],
    ['reporting', false],
  ])('%s app writes nothing', (_name, throwOnFailure) => {
    const outdir = tempDir();
    const app = brokenApp(outdir, throwOnFailure, ZERO_WIDTH);
    if (throwOnFailure) {
      expect(() => app.synth()).toThrow(MappingValidationError);
    } else {
      app.synth();
    }
    expect(app.outcome?.synthesized).toBe(false);
    const ids = app.outcome?.result?.findings.map((f) => f.ruleId);
    expect(ids).toContain('trunk-id-unknown');
    expect(filesUnder(outdir).filter((f) => WRITTEN.test(f))).toEqual([]);
  });

  test('a failing synth removes the output of an earlier good one', () => {
    const outdir = tempDir();
    brokenApp(outdir, false, 'byoc_singapore_main').synth();
    expect(filesUnder(outdir)).toContain('stacks/sg/cdk.tf.json');

    const app = brokenApp(outdir, false, ZERO_WIDTH);
    app.synth();
    expect(app.outcome?.synthesized).toBe(false);
    expect(filesUnder(outdir).filter((f) => WRITTEN.test(f))).toEqual([]);
  });
});

/** What an earlier run left in `outdir`, plus files of the user's own. */
function earlierRun(outdir: string): void {
  for (const file of [
    'manifest.json',
    'stacks/sg/cdk.tf.json',
    'stacks/sg/wfm-assignments.json',
    'stacks/renamed/cdk.tf.json',
    'genesyscloud-byoc/report.sarif',
    'notes.txt',
    'genesyscloud-byoc/upload-log.txt',
    ...TERRAFORM_FILES,
  ]) {
    put(outdir, file, '{"earlier":true}');
  }
}

/** Terraform's working files in stack folders: a lock, a state, a plan. */
const TERRAFORM_FILES = [
  'stacks/sg/.terraform.lock.hcl',
  'stacks/sg/terraform.tfstate',
  'stacks/renamed/tfplan',
];

/** The user's own files and Terraform's, which no run may touch. */
const OWN = [
  'genesyscloud-byoc/upload-log.txt',
  'notes.txt',
  ...TERRAFORM_FILES,
].sort();

describe('no stale output', () => {
  test('a good synth replaces everything an earlier run wrote', () => {
    const outdir = tempDir();
    earlierRun(outdir);
    const app = brokenApp(outdir, false, 'byoc_singapore_main');
    app.synth();
    expect(filesUnder(outdir)).toEqual(
      [
        ...OWN,
        'manifest.json',
        'stacks/sg/cdk.tf.json',
        'stacks/sg/wfm-assignments.json',
      ].sort(),
    );
  });

  test('an app that throws before synth leaves nothing stale', () => {
    const outdir = tempDir();
    earlierRun(outdir);
    const app = new GenesysApp({ outdir, reportStream: silentStream() });
    const { stack } = singapore(app);
    expect(
      () =>
        new Agent(stack, 'Bad', {
          name: 'Bad',
          email: 'b@x.io',
          state: 'x' as never,
        }),
    ).toThrow(GenesysPropsError);
    expect(filesUnder(outdir)).toEqual(OWN);
  });

  test('an error inside cdktf synthesis removes what it half-wrote', () => {
    const outdir = tempDir();
    earlierRun(outdir);
    const app = brokenApp(outdir, false, 'byoc_singapore_main');
    // Stacks synthesize in order: sg is written before later fails.
    const later = new GenesysCloudStack(app, 'later');
    later.node.addValidation({ validate: () => ['planted failure'] });
    expect(() => app.synth()).toThrow(/planted failure/);
    expect(filesUnder(outdir)).toEqual(OWN);
  });

  test('a payload that fails its schema stops synthesis, writing nothing', () => {
    const outdir = tempDir();
    earlierRun(outdir);
    const app = new GenesysApp({
      outdir,
      reportStream: silentStream(),
      validation: 'off',
    });
    const { stack } = singapore(app);
    const agent = new Agent(stack, 'Ana', { name: 'Ana', email: 'a@x.io' });
    // An ISkill of the user's own whose id is blank.
    const blank = { skillId: ' ', skillName: 'x', modelKey: 'sg/Blank' };
    new WfmAssignment(stack, 'Shift', {
      agent,
      businessUnitId: 'bu',
      managementUnitId: 'mu',
      scheduleId: 'schedule_apac_001',
      skills: [{ skill: blank as never, level: 1 }],
    });
    expect(() => app.synth()).toThrow(
      expect.objectContaining({
        name: 'GenesysConstructError',
        constructPath: 'sg',
      }),
    );
    expect(() => app.synth()).toThrow(/skill_id/);
    expect(filesUnder(outdir)).toEqual(OWN);
  });

  test('a failing synth keeps its own reports, not an earlier run’s', () => {
    const outdir = tempDir();
    earlierRun(outdir);
    const app = new GenesysApp({
      outdir,
      reportStream: silentStream(),
      reports: ['json'],
    });
    const { stack } = singapore(app);
    new Agent(stack, 'Ana', {
      name: 'Ana',
      email: 'a@x.io',
      trunk: 'byoc_singapore_mian',
    });
    app.synth();
    expect(app.outcome?.synthesized).toBe(false);
    expect(filesUnder(outdir)).toEqual(
      [...OWN, 'genesyscloud-byoc/report.json'].sort(),
    );
  });
});
