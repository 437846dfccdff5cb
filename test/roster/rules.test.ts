import * as fs from 'fs';
import * as path from 'path';
import { REPORTS_DIR } from '../../constructs';
import { relativePath } from '../../lib/model/source';
import { REPORT_FILES, REPORT_FORMATS } from '../../lib/report';
import { reportPath } from '../../lib/report/common';
import { Finding } from '../../lib/validation/finding';
import { Roster, WfmAssignment } from '../../constructs';
import { csv, row, singaporeApp, writeRoster } from './support';

/** Rule, agent email, file and line of each finding, in report order. */
function summary(findings: readonly Finding[]) {
  return findings.map((f) => [
    f.ruleId,
    f.agent?.email,
    f.source?.file,
    f.source?.line,
  ]);
}

const email = (user: string) => `${user}@apac.example.com`;

describe('findings about roster rows', () => {
  test('point at the file and line of the row that breaks each rule', () => {
    const { app, stack } = singaporeApp();
    const file = writeRoster(
      'agents.csv',
      csv([
        row('no.link', { trunk: '' }),
        row('typo', { trunk: 'byoc_singapore_mian', trunk_association: '' }),
        row('no.sales', {
          skills: 'skill_billing_support:3',
          assigned_skills: 'skill_billing_support:3',
        }),
        row('low.sales', {
          skills: 'skill_inbound_sales:3',
          assigned_skills: 'skill_inbound_sales:3',
        }),
        row('no.english', { languages: 'Mandarin:5' }),
        row('inactive', { state: 'inactive' }),
        row('over.level', {
          skills: 'skill_inbound_sales:4',
          assigned_skills: 'skill_inbound_sales:5',
        }),
        row('mismatch', { trunk_association: 'byoc_singapore_backup' }),
        row('unknown.skill', {
          skills: 'skill_inbound_sales:5;skill_unknown:2',
        }),
        row('twice'),
        row('clean'),
      ]),
    );
    const roster = Roster.fromFileSync(stack, 'Roster', { file });
    // A second assignment to the same schedule, declared in code.
    new WfmAssignment(stack, 'Extra', {
      agent: roster.agent(email('twice'))!,
      businessUnitId: 'bu_apac',
      managementUnitId: 'mu_singapore_sales',
      scheduleId: 'schedule_apac_001',
      trunk: 'byoc_singapore_main',
    });
    // The same agent again, in another roster.
    const other = writeRoster('more.csv', csv([row('clean')]));
    Roster.fromFileSync(stack, 'Roster2', { file: other });

    const { result } = app.validate();
    const at = relativePath(file);
    expect(summary(result.findings)).toEqual([
      ['agent-without-trunk-link', email('no.link'), at, 2],
      ['trunk-id-unknown', email('typo'), at, 3],
      ['agent-missing-required-skill', email('no.sales'), at, 4],
      ['skill-proficiency-below-minimum', email('low.sales'), at, 5],
      ['reference-unresolvable', email('unknown.skill'), at, 10],
      ['assignment-trunk-mismatch', email('mismatch'), at, 9],
      ['assignment-skill-not-on-profile', email('over.level'), at, 8],
      ['duplicate-agent', email('twice'), at, 11],
      ['duplicate-agent', email('clean'), relativePath(other), 2],
      ['agent-missing-required-language', email('no.english'), at, 6],
      ['inactive-agent-mapped', email('inactive'), at, 7],
    ]);
    const typo = result.findings.find((f) => f.ruleId === 'trunk-id-unknown');
    expect(typo?.expected).toBe('byoc_singapore_main');
    expect(result.findings.every((f) => f.source?.column === 1)).toBe(true);
  });

  test('an over-full trunk is reported on the trunk', () => {
    const { app, stack, main } = singaporeApp({ maxAgents: 2 });
    const file = writeRoster(
      'agents.csv',
      csv([row('one'), row('two'), row('three')]),
    );
    Roster.fromFileSync(stack, 'Roster', { file });

    const { result } = app.validate();
    expect(
      result.findings.map((f) => [f.ruleId, f.path, f.trunk, f.found]),
    ).toEqual([
      ['trunk-capacity-exceeded', main.node.path, 'byoc_singapore_main', '3'],
    ]);
  });

  test('a clean roster passes with no findings', async () => {
    const { app, stack } = singaporeApp();
    const file = writeRoster(
      'agents.csv',
      csv([row('a'), row('b', { languages: 'English:3;Mandarin:5' })]),
    );
    const roster = await Roster.load(stack, 'Roster', { file });

    expect(roster.agents).toHaveLength(2);
    expect(roster.assignments).toHaveLength(2);
    expect(app.validate().result.findings).toEqual([]);
  });

  test('point at the row in every report format', () => {
    const { app, outdir, stack } = singaporeApp({
      reports: [...REPORT_FORMATS],
    });
    const file = writeRoster(
      'agents.csv',
      csv([row('clean'), row('no.link', { trunk: '' })]),
    );
    Roster.fromFileSync(stack, 'Roster', { file });
    app.synth();

    const cwd = process.cwd();
    const where = reportPath(relativePath(file), { baseDir: cwd, cwd });
    const read = (format: keyof typeof REPORT_FILES) =>
      fs.readFileSync(path.join(outdir, REPORTS_DIR, REPORT_FILES[format]), {
        encoding: 'utf8',
      });
    expect(read('text')).toContain(`${where}:3:1`);
    expect(read('junit')).toContain(`${where}:3:1`);
    const [finding] = JSON.parse(read('json')).findings;
    expect(finding.source).toEqual({ file: where, line: 3, column: 1 });
    const [result] = JSON.parse(read('sarif')).runs[0].results;
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    expect(decodeURI(artifactLocation.uri)).toContain(where);
    expect(region).toEqual({ startLine: 3, startColumn: 1 });
  });
});
