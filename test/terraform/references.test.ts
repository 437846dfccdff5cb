import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkFacts } from '../../lib/facts/read';
import { MappingFacts } from '../../lib/facts/types';
import { modelFromTerraformFiles } from '../../lib/terraform/model-from-json';
import { InputError } from '../../lib/util/input-error';
import { validateModel } from '../../lib/validation/engine';

const SKILL = 'genesyscloud_routing_skill';
const TRUNK = 'genesyscloud_telephony_providers_edges_trunkbasesettings';
const SITE = 'genesyscloud_telephony_providers_edges_site';
const PHONE = 'genesyscloud_telephony_providers_edges_phone';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true })));

/** Writes Terraform JSON files into a fresh directory; returns it. */
function writeFiles(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-refs-'));
  dirs.push(dir);
  for (const [name, json] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, name), JSON.stringify(json, null, 2));
  }
  return dir;
}

function policy(facts: Omit<MappingFacts, 'version'>) {
  return checkFacts({ version: 1, ...facts }, 'policy.json', () => ({
    file: 'policy.json',
  }));
}

function user(label: string, skillIds: unknown[]) {
  return {
    [label]: {
      name: label,
      email: `${label}@example.com`,
      routing_skills: skillIds.map((id) => ({ skill_id: id, proficiency: 5 })),
    },
  };
}

/** An org with one trunk whose site has a WebRTC phone for each user. */
function org(users: Record<string, unknown>, data: object = {}) {
  const phones: Record<string, unknown> = {};
  for (const label of Object.keys(users)) {
    phones[label] = {
      site_id: `\${${SITE}.sg.id}`,
      web_rtc_user_id: `\${genesyscloud_user.${label}.id}`,
    };
  }
  return {
    data,
    resource: {
      [SITE]: { sg: { name: 'SG', media_regions: ['ap-southeast-1'] } },
      [TRUNK]: {
        main: {
          name: 'main',
          inbound_site_id: `\${${SITE}.sg.id}`,
          trunk_type: 'EXTERNAL',
          trunk_meta_base_id: 'external_sip_pcv_byoc_carrier.json',
        },
      },
      [PHONE]: phones,
      genesyscloud_user: users,
    },
  };
}

function findings(dir: string, facts: ReturnType<typeof policy>) {
  const loaded = modelFromTerraformFiles([dir], { policy: facts });
  return validateModel(loaded.model, {
    suppressions: loaded.suppressions,
  }).findings.map((f) => [f.ruleId, f.path]);
}

describe('references in Terraform JSON', () => {
  const lookups = {
    [SKILL]: { tech_a: { name: 'Technical' }, tech_b: { name: 'Technical' } },
  };
  const requiresTechA = policy({
    policies: [
      {
        name: 'P',
        requiredSkills: [{ skill: `data.${SKILL}.tech_a`, minProficiency: 3 }],
      },
    ],
    trunks: [{ trunk: `${TRUNK}.main`, policy: 'P' }],
  });

  test('two data source lookups of one name are one skill', () => {
    const dir = writeFiles({
      'main.tf.json': org(
        {
          ...user('same', [`\${data.${SKILL}.tech_a.id}`]),
          ...user('other', [`\${data.${SKILL}.tech_b.id}`]),
          ...user('byname', ['Technical']),
        },
        lookups,
      ),
    });
    // tech_b looks up the same existing skill as tech_a, by its name, so
    // `other` holds the required skill as much as `same` and `byname`.
    expect(findings(dir, requiresTechA)).toEqual([]);
  });

  test('other expressions are identities with nothing behind them', () => {
    const dir = writeFiles({
      'main.tf.json': org(
        {
          ...user('variable', ['${var.skill_id}']),
          ...user('name', [`\${data.${SKILL}.tech_a.name}`]),
        },
        lookups,
      ),
    });
    const got = findings(dir, requiresTechA);
    expect(got).toContainEqual([
      'reference-unresolvable',
      'genesyscloud_user.variable',
    ]);
    expect(got).toContainEqual([
      'reference-unresolvable',
      'genesyscloud_user.name',
    ]);
  });

  test('an existing site imported by id gives regions and phone links', () => {
    const json = org({ ...user('ana', []) });
    const resource = json.resource as Record<string, Record<string, object>>;
    resource[TRUNK].main = {
      ...resource[TRUNK].main,
      inbound_site_id: 'site-0001',
    };
    resource[PHONE].ana = {
      site_id: 'site-0001',
      web_rtc_user_id: '${genesyscloud_user.ana.id}',
    };
    const dir = writeFiles({ 'main.tf.json': json });
    const facts = policy({
      organization: { region: 'eu-west-1' },
      imports: [
        { kind: 'site', id: 'site-0001', mediaRegions: ['ap-southeast-1'] },
      ],
      trunks: [{ trunk: `${TRUNK}.main`, trunkId: 'main' }],
    });
    const loaded = modelFromTerraformFiles([dir], { policy: facts });
    expect(loaded.model.agents[0].trunk).toEqual({
      kind: 'object',
      key: `${TRUNK}.main`,
    });
    expect(findings(dir, facts)).toEqual([
      ['trunk-region-mismatch', `${TRUNK}.main`],
    ]);
  });
});

describe('input problems', () => {
  function failure(run: () => unknown): InputError {
    try {
      run();
    } catch (error) {
      if (error instanceof InputError) return error;
      throw error;
    }
    throw new Error('expected an InputError');
  }

  test('a block of the wrong shape is reported at its place', () => {
    const dir = writeFiles({
      'main.tf.json': {
        resource: {
          genesyscloud_user: {
            ana: { email: 'a@example.com', name: 'Ana', routing_skills: 'x' },
          },
        },
      },
    });
    const error = failure(() => modelFromTerraformFiles([dir]));
    expect([path.basename(error.file), error.line, error.column]).toEqual([
      'main.tf.json',
      7,
      9,
    ]);
    expect(error.message).toContain('genesyscloud_user.ana');
  });

  test('a block declared in two files is reported in the second', () => {
    const skill = { resource: { [SKILL]: { sales: { name: 'Sales' } } } };
    const dir = writeFiles({ 'a.tf.json': skill, 'b.tf.json': skill });
    const error = failure(() => modelFromTerraformFiles([dir]));
    expect(path.basename(error.file)).toBe('b.tf.json');
    expect(error.line).toBe(4);
    expect(error.detail).toContain('declared again');
  });

  test('facts naming a missing block or policy are reported', () => {
    const dir = writeFiles({ 'main.tf.json': org({}) });
    const missing = policy({ trunks: [{ trunk: `${TRUNK}.backup` }] });
    expect(
      failure(() => modelFromTerraformFiles([dir], { policy: missing })).detail,
    ).toContain('trunks[0].trunk names no');
    const unknown = policy({
      trunks: [{ trunk: `${TRUNK}.main`, policy: 'X' }],
    });
    expect(
      failure(() => modelFromTerraformFiles([dir], { policy: unknown })).detail,
    ).toContain('trunks[0].policy names no policy');
  });

  test('a missing input and a directory without Terraform JSON', () => {
    const dir = writeFiles({ 'notes.json': {} });
    expect(
      failure(() => modelFromTerraformFiles(['nope.tf.json'])).detail,
    ).toBe('does not exist');
    expect(failure(() => modelFromTerraformFiles([dir])).detail).toContain(
      'no *.tf.json',
    );
  });
});
