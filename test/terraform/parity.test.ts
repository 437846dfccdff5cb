import * as fs from 'fs';
import * as path from 'path';
import { FACTS_KEY } from '../../lib/facts/types';
import { modelFromTerraformFiles } from '../../lib/terraform/model-from-json';
import { validateModel } from '../../lib/validation/engine';
import { Finding } from '../../lib/validation/finding';
import { readPayloadFile } from '../../lib/wfm/read-payload';
import { PlantedApp, synthPlantedApp } from './planted-app';

/** What must match between synthesis and the command-line check. */
function comparable(f: Finding) {
  const source = f.source && {
    file: path.resolve(f.source.file),
    line: f.source.line,
    column: f.source.column,
  };
  return {
    ruleId: f.ruleId,
    path: f.path,
    subject: f.subject,
    severity: f.severity,
    suppressed: f.suppressed && { ...f.suppressed },
    source,
  };
}

describe('checking a synthesized cdk.tf.json', () => {
  let planted: PlantedApp;
  beforeAll(() => {
    planted = synthPlantedApp();
  });
  afterAll(() => {
    fs.rmSync(planted.outdir, { recursive: true, force: true });
  });

  function check(withPayload: boolean) {
    const loaded = modelFromTerraformFiles([planted.stackFile], {
      payloads: withPayload ? [readPayloadFile(planted.payloadFile)] : [],
    });
    const result = validateModel(loaded.model, {
      suppressions: loaded.suppressions,
    });
    return { loaded, findings: result.findings };
  }

  test('finds exactly what synthesis found', () => {
    const synthesized = planted.app.outcome?.result?.findings ?? [];
    const { findings } = check(false);
    expect(findings.map(comparable)).toEqual(synthesized.map(comparable));
    // The app has mistakes of every kind it plants.
    expect(new Set(synthesized.map((f) => f.ruleId))).toEqual(
      new Set([
        'agent-without-trunk-link',
        'trunk-id-unknown',
        'agent-missing-required-skill',
        'skill-proficiency-below-minimum',
        'trunk-inactive',
        'trunk-region-mismatch',
        'trunk-capacity-exceeded',
        'assignment-trunk-mismatch',
        'assignment-skill-not-on-profile',
        'duplicate-agent',
        'agent-missing-required-language',
        'inactive-agent-mapped',
        'unused-suppression',
      ]),
    );
  });

  test('rebuilds the same counts of model objects', () => {
    const model = planted.app.outcome!.model;
    const { loaded } = check(false);
    for (const kind of [
      'skills',
      'languages',
      'sites',
      'policies',
      'trunks',
      'agents',
      'assignments',
    ] as const) {
      const keys = (list: readonly { key: string }[]) =>
        list.map((o) => o.key).sort();
      expect([kind, keys(loaded.model[kind])]).toEqual([
        kind,
        keys(model[kind]),
      ]);
    }
  });

  test('with the WFM payload too, uses the embedded assignments once', () => {
    const { loaded, findings } = check(true);
    const synthesized = planted.app.outcome?.result?.findings ?? [];
    expect(findings.map(comparable)).toEqual(synthesized.map(comparable));
    expect(loaded.notes).toEqual([
      expect.stringContaining('wfm-assignments.json was not used'),
    ]);
  });

  test('the payload alone rebuilds the assignments', () => {
    const json = JSON.parse(fs.readFileSync(planted.stackFile, 'utf8'));
    delete json['//'][FACTS_KEY].assignments;
    const file = path.join(planted.outdir, 'no-assignments.tf.json');
    fs.writeFileSync(file, JSON.stringify(json));
    const loaded = modelFromTerraformFiles([file], {
      payloads: [readPayloadFile(planted.payloadFile)],
    });
    // Five shifts, one of them a repeat of Ana's.
    expect(loaded.model.assignments.map((a) => a.path).sort()).toEqual([
      'wfm/schedule_apac_001/sg/Ana',
      'wfm/schedule_apac_001/sg/Ana#2',
      'wfm/schedule_apac_001/sg/Ben',
      'wfm/schedule_apac_001/sg/Dev',
      'wfm/schedule_apac_001/sg/Hal',
    ]);
    const dev = loaded.model.assignments.find((a) => a.agent === 'sg/Dev');
    expect(dev?.trunk).toEqual({ kind: 'object', key: 'sg/Backup' });
  });
});
