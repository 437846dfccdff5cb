import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { REPORT_SCHEMA_ID, renderJson, toJsonReport } from '../../lib/report';
import schema from '../../lib/schemas/report.schema.json';
import { BASE_DIR, sampleInput } from './fixtures';
import { version } from '../../package.json';

const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

/** A parsed report, loosely typed so tests can break it. */
interface Editable {
  version?: unknown;
  summary?: unknown;
  findings: Array<Record<string, unknown> & { source?: { line: number } }>;
}

describe('toJsonReport', () => {
  const input = sampleInput();
  const report = toJsonReport(input);

  test('validates against lib/schemas/report.schema.json', () => {
    const parsed = JSON.parse(renderJson(input));
    expect(validate(parsed) ? [] : validate.errors).toEqual([]);
    expect(parsed.$schema).toBe(REPORT_SCHEMA_ID);
    expect(schema.$id).toBe(REPORT_SCHEMA_ID);
  });

  test.each<[string, (report: Editable) => void]>([
    ['a missing summary', (r) => delete r.summary],
    ['an unknown severity', (r) => (r.findings[0].severity = 'fatal')],
    ['an extra finding field', (r) => (r.findings[0].rule = 'x')],
    [
      'a line of 0',
      (r) => r.findings.forEach((f) => f.source && (f.source.line = 0)),
    ],
    ['another version', (r) => (r.version = 2)],
  ])('a report with %s fails the schema', (_, breakIt) => {
    const broken: Editable = JSON.parse(renderJson(input));
    breakIt(broken);
    expect(validate(broken)).toBe(false);
  });

  test('counts findings and model objects', () => {
    expect(report.summary).toEqual({
      errors: 3,
      warnings: 1,
      suppressed: 1,
      agents: 5,
      trunks: 2,
      assignments: 1,
    });
    expect(report.reportOnly).toBe(false);
    expect(report.tool).toEqual({
      name: 'cdktf-genesyscloud-byoc',
      version: '1.2.3',
    });
  });

  test('lists every rule that ran, meta rules included', () => {
    expect(report.rules.map((r) => r.id)).toEqual(
      input.result.rules.map((r) => r.id),
    );
    expect(report.rules.find((r) => r.id === 'trunk-id-unknown')).toEqual(
      expect.objectContaining({ severity: 'error', suppressible: false }),
    );
  });

  test('carries each finding with paths relative to the base dir', () => {
    expect(report.findings.map((f) => [f.ruleId, f.path])).toEqual(
      input.result.findings.map((f) => [f.ruleId, f.path]),
    );
    const bob = report.findings.find((f) => f.path === 'App/Stack/Bob');
    expect(bob).toMatchObject({
      ruleId: 'trunk-id-unknown',
      subject: 'agent:Bob',
      source: { file: 'src/agents.ts', line: 12 },
      agent: { name: 'Bob', email: 'bob@example.com' },
      trunk: 'trunk-l',
      found: '"trunk-l"',
    });
    expect(bob?.source).not.toHaveProperty('column');
    expect(bob?.related).toEqual([
      {
        file: 'policy.yaml',
        line: 7,
        column: 5,
        message: 'trunk link declared here',
      },
    ]);
    expect(report.findings.filter((f) => f.related)).toHaveLength(1);
    const dan = report.findings.find((f) => f.path === 'App/Stack/Dan');
    expect(dan?.source).toEqual({
      file: 'src/roster dir/agents.csv',
      line: 4,
      column: 7,
    });
  });

  test('marks suppressed findings with the suppression', () => {
    const suppressed = report.findings.filter((f) => f.suppressed);
    expect(suppressed).toEqual([
      expect.objectContaining({
        ruleId: 'trunk-inactive',
        suppressed: {
          path: 'App/Stack/TrunkTwo',
          reason: 'Trunk is being migrated this week',
        },
      }),
    ]);
  });

  test('keeps a file outside the base dir absolute', () => {
    const outside = toJsonReport(sampleInput({ baseDir: `${BASE_DIR}/src` }));
    const dan = outside.findings.find((f) => f.path === 'App/Stack/Dan');
    const bob = outside.findings.find((f) => f.path === 'App/Stack/Bob');
    expect(dan?.source?.file).toBe('roster dir/agents.csv');
    expect(bob?.source?.file).toBe('agents.ts');
    const above = toJsonReport(sampleInput({ baseDir: '/elsewhere' }));
    const far = above.findings.find((f) => f.path === 'App/Stack/Bob');
    expect(far?.source?.file).toBe('/work/app/src/agents.ts');
  });

  test('defaults the tool version to the package version', () => {
    const report = toJsonReport(sampleInput({ toolVersion: undefined }));
    expect(report.tool.version).toBe(version);
  });
});

describe('renderJson', () => {
  test('is deterministic: fixed key order, 2-space indent, newline', () => {
    const first = renderJson(sampleInput());
    expect(renderJson(sampleInput())).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
    expect(first).toMatch(/^\{\n {2}"\$schema"/);
    expect(Object.keys(JSON.parse(first))).toEqual([
      '$schema',
      'version',
      'tool',
      'reportOnly',
      'summary',
      'rules',
      'findings',
    ]);
  });
});
