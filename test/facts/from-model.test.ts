import Ajv from 'ajv';
import { TerraformStack, TerraformVariable } from 'cdktf';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GenesysApp, GenesysCloudStack, Skill } from '../../constructs';
import { factsFromModel } from '../../lib/facts/from-model';
import { FACTS_KEY } from '../../lib/facts/types';
import { MappingModel } from '../../lib/model/types';
import schema from '../../lib/schemas/mapping-facts.schema.json';
import { synthPlantedApp } from '../terraform/planted-app';

const validate = new Ajv({ allErrors: true }).compile(schema);
const SKILL = 'genesyscloud_routing_skill';
const TRUNK = 'genesyscloud_telephony_providers_edges_trunkbasesettings';

/** Two stacks; `a` holds everything except agent Zed of stack `b`. */
function model(): MappingModel {
  const at = (stack: string, id: string, address?: string) => ({
    key: `${stack}/${id}`,
    path: `${stack}/${id}`,
    stack,
    ...(address ? { address } : {}),
  });
  return {
    stacks: [{ name: 'a', orgRegion: 'ap-southeast-1' }, { name: 'b' }],
    skills: [
      {
        ...at('a', 'Sales', `${SKILL}.Sales_1`),
        origin: 'declared',
        name: 'S',
      },
      {
        ...at('a', 'Old'),
        origin: 'imported',
        name: 'Old',
        id: 'skill-9',
        source: { file: 'main.ts', line: 3 },
      },
    ],
    languages: [],
    sites: [],
    policies: [
      {
        ...at('a', 'P', 'genesyscloud_routing_skill_group.P_1'),
        name: 'P',
        maxAgents: 5,
        requiredSkills: [
          { ref: { kind: 'object', key: 'a/Sales' }, minProficiency: 4 },
          { ref: { kind: 'literal', value: 'Old' }, minProficiency: 1 },
        ],
        requiredLanguages: [],
      },
    ],
    trunks: [
      {
        ...at('a', 'T', `${TRUNK}.T_1`),
        origin: 'declared',
        trunkId: 't',
        state: 'inactive',
        policy: 'a/P',
      },
      {
        ...at('a', 'X'),
        origin: 'imported',
        id: 'x-1',
        trunkId: 'x-1',
        state: 'active',
        regions: ['eu-west-1'],
      },
    ],
    agents: [
      {
        ...at('b', 'Zed', 'genesyscloud_user.Zed_1'),
        name: 'Zed',
        email: 'z@example.com',
        state: 'active',
        skills: [],
        languages: [],
        trunk: { kind: 'object', key: 'a/T' },
        queueTrunks: ['a/X'],
      },
      {
        ...at('a', 'Amy', 'genesyscloud_user.Amy_1'),
        name: 'Amy',
        email: 'a@example.com',
        state: 'active',
        skills: [],
        languages: [],
        trunk: { kind: 'literal', value: 'tt' },
        queueTrunks: [],
      },
    ],
    assignments: [],
  };
}

describe('factsFromModel', () => {
  const suppressions = [
    { path: 'a/T', ruleId: 'trunk-inactive', reason: 'Moving' },
    { path: 'b/Zed', ruleId: 'trunk-inactive', reason: 'Other stack' },
    { path: 'a', ruleId: 'trunk-region-mismatch', reason: 'Whole stack' },
  ];

  test('writes references as addresses in the stack, paths beyond it', () => {
    const a = factsFromModel(model(), 'a', suppressions);
    const b = factsFromModel(model(), 'b', suppressions);
    expect(a.policies?.[0].requiredSkills).toEqual([
      { skill: `${SKILL}.Sales_1`, minProficiency: 4 },
      { skill: 'Old', minProficiency: 1 },
    ]);
    expect(a.agents).toEqual([
      { user: 'genesyscloud_user.Amy_1', trunk: 'tt' },
    ]);
    expect(b.agents).toEqual([
      { user: 'genesyscloud_user.Zed_1', trunk: 'a/T', queues: ['a/X'] },
    ]);
  });

  test('describes trunks, imports, region, paths and sources', () => {
    const a = factsFromModel(model(), 'a', suppressions);
    expect(a.organization).toEqual({ region: 'ap-southeast-1' });
    expect(a.trunks).toEqual([
      { trunk: `${TRUNK}.T_1`, trunkId: 't', policy: 'P', state: 'inactive' },
      {
        trunk: 'x-1',
        trunkId: 'x-1',
        path: 'a/X',
        state: 'active',
        regions: ['eu-west-1'],
      },
    ]);
    expect(a.imports).toEqual([
      { kind: 'skill', id: 'skill-9', name: 'Old', path: 'a/Old' },
    ]);
    expect(Object.keys(a.paths ?? {})).toEqual([
      `${SKILL}.Sales_1`,
      'genesyscloud_routing_skill_group.P_1',
      `${TRUNK}.T_1`,
      'genesyscloud_user.Amy_1',
    ]);
    expect(a.sources).toEqual({ 'a/Old': { file: 'main.ts', line: 3 } });
    expect(validate(a) ? [] : validate.errors).toEqual([]);
  });

  test('keeps the suppressions of the stack, sorted', () => {
    const a = factsFromModel(model(), 'a', suppressions);
    expect(a.suppressions?.map((s) => s.path)).toEqual(['a', 'a/T']);
    const b = factsFromModel(model(), 'b', suppressions);
    expect(b.suppressions?.map((s) => s.path)).toEqual(['b/Zed']);
  });
});

describe('GenesysApp', () => {
  test('embeds valid facts at the top-level "//" of each stack', () => {
    const first = synthPlantedApp();
    const second = synthPlantedApp();
    try {
      const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
      const json = read(first.stackFile);
      const facts = json['//'][FACTS_KEY];
      expect(validate(facts) ? [] : validate.errors).toEqual([]);
      expect(facts.organization).toEqual({ region: 'ap-southeast-1' });
      expect(facts.agents).toContainEqual({
        user: expect.stringMatching(/^genesyscloud_user\.Eli_/),
        trunk: 'byoc_singapore_mian',
      });
      // Two syntheses of the same app embed the same facts.
      const again = read(second.stackFile)['//'][FACTS_KEY];
      expect(again).toEqual(facts);
      expect(path.basename(first.stackFile)).toBe('cdk.tf.json');
    } finally {
      for (const made of [first, second]) {
        fs.rmSync(made.outdir, { recursive: true, force: true });
      }
    }
  });
});

describe('facts holding a token', () => {
  test.each([
    ['a GenesysCloudStack', true],
    ['a plain TerraformStack', false],
  ])('are written resolved by %s', (_kind, genesys) => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcb-facts-'));
    const app = new GenesysApp({ outdir, validation: 'off' });
    const stack = genesys
      ? new GenesysCloudStack(app, 'sg')
      : new TerraformStack(app, 'sg');
    const id = new TerraformVariable(stack, 'vip_skill_id', {
      type: 'string',
    });
    Skill.fromSkillAttributes(stack, 'Vip', {
      skillId: id.stringValue,
      name: 'skill_vip',
    });
    app.synth();
    const file = path.join(outdir, 'stacks', 'sg', 'cdk.tf.json');
    const facts = JSON.parse(fs.readFileSync(file, 'utf8'))['//'][FACTS_KEY];
    expect(facts.imports).toEqual([
      expect.objectContaining({ id: '${var.vip_skill_id}', name: 'skill_vip' }),
    ]);
    expect(JSON.stringify(facts)).not.toContain('TfToken');
  });
});
