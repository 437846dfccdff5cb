import * as path from 'path';
import { readFactsFile } from '../../lib/facts/read';
import {
  TerraformModel,
  modelFromTerraformFiles,
} from '../../lib/terraform/model-from-json';
import { isBlocking, validateModel } from '../../lib/validation/engine';
import { readPayloadFile } from '../../lib/wfm/read-payload';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'tf-export');
const USER = 'genesyscloud_user';
const TRUNK = 'genesyscloud_telephony_providers_edges_trunkbasesettings';
const WFM = 'wfm/schedule_apac_001/genesyscloud_user';

/** Loads one fixture org: its export (or directory), policy and payload. */
function load(variant: string, inputs = ['genesyscloud.tf.json']) {
  const dir = path.join(FIXTURES, variant === 'split' ? 'clean' : variant);
  return modelFromTerraformFiles(
    inputs.map((i) => path.join(FIXTURES, variant, i)),
    {
      policy: readFactsFile(path.join(dir, 'policy.yaml')),
      payloads: [readPayloadFile(path.join(dir, 'wfm-assignments.json'))],
    },
  );
}

function check(loaded: TerraformModel) {
  return validateModel(loaded.model, { suppressions: loaded.suppressions })
    .findings;
}

describe('a genesyscloud_tf_export with planted mistakes', () => {
  const loaded = load('planted');
  const findings = check(loaded);

  test('yields exactly the planted rule ids on the planted objects', () => {
    const got = findings.map((f) => [f.ruleId, f.path]);
    expect(got).toEqual([
      ['agent-without-trunk-link', `${USER}.Nur_Aisyah`],
      ['trunk-id-unknown', `${USER}.Mei_Xin_Lee`],
      ['trunk-id-unknown', `${WFM}.Ravi_Kumar`],
      ['agent-missing-required-skill', `${USER}.Daniel_Lim`],
      ['skill-proficiency-below-minimum', `${USER}.Siti_Rahman`],
      ['reference-unresolvable', `${USER}.Kavya_Pillai`],
      ['proficiency-out-of-range', `${USER}.Kavya_Pillai`],
      ['trunk-inactive', `${TRUNK}.BYOC_Singapore_Backup`],
      ['trunk-not-byoc-cloud', `${TRUNK}.Legacy_SIP`],
      ['trunk-region-mismatch', `${TRUNK}.BYOC_Sydney`],
      ['trunk-capacity-exceeded', `${TRUNK}.BYOC_Singapore_Main`],
      ['assignment-trunk-mismatch', `${WFM}.Hui_Min_Ong`],
      ['assignment-skill-not-on-profile', `${WFM}.Arjun_Nair`],
      ['duplicate-agent', `${USER}.Daniel_Lim_2`],
      ['agent-missing-required-language', `${USER}.Priya_Menon`],
      ['inactive-agent-mapped', `${USER}.Marcus_Goh`],
    ]);
  });

  test('names the agents by email and the values found', () => {
    const byRule = new Map(findings.map((f) => [f.ruleId, f]));
    const typo = findings.find((f) => f.path === `${USER}.Mei_Xin_Lee`);
    expect(byRule.get('agent-without-trunk-link')?.agent?.email).toBe(
      'nur.aisyah@apac.example.com',
    );
    expect(byRule.get('duplicate-agent')?.agent?.email).toBe(
      'Daniel.Lim@apac.example.com',
    );
    expect(byRule.get('skill-proficiency-below-minimum')?.found).toBe('3');
    expect(byRule.get('trunk-capacity-exceeded')).toMatchObject({
      found: '7',
      expected: '<= 6',
      trunk: 'byoc_singapore_main',
    });
    expect(typo).toMatchObject({
      trunk: 'byoc_singapore_mian',
      expected: 'byoc_singapore_main',
    });
    expect(byRule.get('agent-missing-required-skill')?.skill).toBe(
      'Inbound Sales',
    );
  });

  test('applies the policy file suppression, and only it', () => {
    const suppressed = findings.filter((f) => f.suppressed);
    expect(suppressed.map((f) => [f.ruleId, f.suppressed?.path])).toEqual([
      ['trunk-region-mismatch', `${TRUNK}.BYOC_Sydney`],
    ]);
    expect(findings.filter(isBlocking)).toHaveLength(15);
  });

  test('points findings at the export, the payload and the policy', () => {
    const at = (ruleId: string) =>
      findings.find((f) => f.ruleId === ruleId)?.source;
    const agent = at('inactive-agent-mapped');
    expect(path.basename(agent?.file ?? '')).toBe('genesyscloud.tf.json');
    expect(agent?.line).toBeGreaterThan(1);
    const shift = at('assignment-skill-not-on-profile');
    expect(path.basename(shift?.file ?? '')).toBe('wfm-assignments.json');
    expect(shift?.line).toBe(23);
  });

  test('has nothing to warn about', () => {
    expect(loaded.notes).toEqual([]);
  });
});

describe('the clean export', () => {
  test('passes, with every agent linked through its WebRTC phone', () => {
    const loaded = load('clean');
    expect(check(loaded)).toEqual([]);
    const linked = loaded.model.agents.filter((a) => a.trunk);
    expect(linked).toHaveLength(6);
    expect(loaded.model.assignments).toHaveLength(6);
    expect(loaded.model.stacks).toEqual([
      { name: 'genesyscloud', orgRegion: 'ap-southeast-1' },
    ]);
  });

  test('split into one file per resource type gives the same model', () => {
    const single = load('clean');
    const split = load('split', ['.']);
    // Sources differ: each block is in a file of its own.
    const shape = (m: TerraformModel) =>
      JSON.parse(
        JSON.stringify(m.model, (key, value) =>
          key === 'source' ? undefined : value,
        ),
      );
    expect(shape(split)).toEqual(shape(single));
    expect(check(split)).toEqual([]);
  });

  test('findings in split files point into the file of their block', () => {
    const split = load('split', ['.']);
    const agent = split.model.agents[0];
    expect(path.basename(agent.source?.file ?? '')).toBe(
      'genesyscloud_user.tf.json',
    );
  });
});
