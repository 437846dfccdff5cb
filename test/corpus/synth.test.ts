/**
 * A GenesysApp whose mappings fail validation writes no stack JSON and no
 * WFM payload, whether it throws or only reports, and removes what an
 * earlier good synth left.
 */
import {
  Agent,
  GenesysApp,
  MappingValidationError,
  WfmAssignment,
} from '../../constructs';
import { singapore } from '../constructs/harness';
import { filesUnder, silentStream, tempDir } from './support';

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
