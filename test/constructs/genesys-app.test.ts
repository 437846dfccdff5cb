import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import {
  Agent,
  ByocTrunk,
  GenesysCloudStack,
  MappingValidationError,
  RoutingPolicy,
  Site,
  Skill,
  WfmAssignment,
} from '../../constructs';
import { newApp, resources, singapore, synthStack } from './harness';

function unlinkedAgent(validation?: 'enforce' | 'report-only' | 'off') {
  const made = newApp(validation ? { validation } : {});
  const { stack, sales } = singapore(made.app);
  const agent = new Agent(stack, 'Ana', {
    name: 'Ana Tan',
    email: 'ana@example.com',
    skills: [{ skill: sales, proficiency: 5 }],
  });
  new WfmAssignment(stack, 'Shift', {
    agent,
    businessUnitId: 'bu',
    managementUnitId: 'mu',
    scheduleId: 'schedule_apac_001',
    skills: [{ skill: sales, level: 5 }],
    trunk: 'byoc_singapore_main',
  });
  return made;
}

describe('GenesysApp', () => {
  const exitCode = process.exitCode;
  afterEach(() => {
    process.exitCode = exitCode;
  });

  test('a failing app writes no stack, reports, and exits non-zero', () => {
    const { app, outdir, output } = unlinkedAgent();
    const stale = path.join(outdir, 'stacks', 'sg', 'cdk.tf.json');
    fs.mkdirSync(path.dirname(stale), { recursive: true });
    fs.writeFileSync(stale, '{}');
    app.synth();
    expect(process.exitCode).toBe(1);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(path.join(outdir, 'manifest.json'))).toBe(false);
    expect(app.outcome?.synthesized).toBe(false);
    expect(output.text).toContain('agent-without-trunk-link');
    expect(output.text).toContain('sg/Ana');
  });

  test.each([
    [
      'the environment',
      undefined,
      'set GENESYSCLOUD_BYOC_VALIDATION=report-only',
    ],
    [
      'a prop',
      'enforce' as const,
      "set validation: 'report-only' on the GenesysApp",
    ],
  ])(
    'when the mode comes from %s, the stop message names that switch',
    (_source, validation, advice) => {
      const { app, output } = unlinkedAgent(validation);
      app.synth();
      expect(output.text).toContain(`or ${advice} to synthesize anyway.`);
    },
  );

  test('throwOnFailure throws with every finding', () => {
    const made = newApp({ throwOnFailure: true });
    const { stack, sales } = singapore(made.app);
    new Agent(stack, 'Ana', {
      name: 'Ana',
      email: 'ana@example.com',
      skills: [{ skill: sales, proficiency: 2 }],
      trunk: 'byoc_singapore_mian',
    });
    new Agent(stack, 'Ben', {
      name: 'Ben',
      email: 'ben@example.com',
      skills: [{ skill: sales, proficiency: 2 }],
      trunk: 'byoc_singapore_main',
    });
    let error: unknown;
    try {
      made.app.synth();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MappingValidationError);
    const ids = (error as MappingValidationError).result.findings.map(
      (f) => `${f.ruleId} ${f.path}`,
    );
    expect(ids).toEqual([
      'trunk-id-unknown sg/Ana',
      'skill-proficiency-below-minimum sg/Ben',
    ]);
  });

  test('report-only mode synthesizes and still reports', () => {
    const { app, outdir, output } = unlinkedAgent('report-only');
    const json = synthStack(app, outdir, 'sg');
    expect(resources(json, 'genesyscloud_user')).toHaveLength(1);
    expect(app.outcome?.synthesized).toBe(true);
    expect(output.text).toContain('agent-without-trunk-link');
    expect(process.exitCode).toBe(exitCode);
    expect(app.outcome?.rulesMs).toBeGreaterThanOrEqual(0);
  });

  test('validation off skips the rules', () => {
    const { app, outdir } = unlinkedAgent('off');
    synthStack(app, outdir, 'sg');
    expect(app.outcome?.result).toBeUndefined();
    expect(app.outcome?.rulesMs).toBeUndefined();
  });

  test('reports are switched on from the environment', () => {
    process.env.GENESYSCLOUD_BYOC_REPORTS = 'json,sarif';
    try {
      const { app, outdir } = unlinkedAgent('report-only');
      app.synth();
      const dir = path.join(outdir, 'genesyscloud-byoc');
      expect(fs.readdirSync(dir).sort()).toEqual([
        'report.json',
        'report.sarif',
      ]);
    } finally {
      delete process.env.GENESYSCLOUD_BYOC_REPORTS;
    }
  });

  test('reports are switched on from context', () => {
    const made = newApp({
      context: { 'genesyscloud-byoc:reports': ['junit'] },
    });
    singapore(made.app);
    made.app.synth();
    const dir = path.join(made.outdir, 'genesyscloud-byoc');
    expect(fs.readdirSync(dir)).toEqual(['report.junit.xml']);
  });

  test('an unknown report format names where it came from', () => {
    expect(() =>
      newApp({ context: { 'genesyscloud-byoc:reports': 'pdf' } }),
    ).toThrow(/genesyscloud-byoc:reports/);
  });

  test('validation spans stacks: an agent in one stack maps to a trunk in another', () => {
    // Skills live in a shared stack so that dependencies run one way:
    // agents on skills, trunk queues and phones on skills and agents.
    const { app, outdir } = newApp();
    const region = { region: 'ap-southeast-1' };
    const shared = new GenesysCloudStack(app, 'shared', region);
    const sales = new Skill(shared, 'Sales', { name: 'skill_inbound_sales' });
    const people = new GenesysCloudStack(app, 'people', region);
    new Agent(people, 'Ana', {
      name: 'Ana',
      email: 'ana@example.com',
      skills: [{ skill: sales, proficiency: 5 }],
      trunk: 'byoc_singapore_main',
    });
    const voice = new GenesysCloudStack(app, 'voice', region);
    const site = new Site(voice, 'Site', {
      name: 'Singapore',
      address: { street1: 'a', city: 'Singapore', country: 'SG', zipCode: '1' },
      mediaRegions: ['ap-southeast-1'],
    });
    const policy = new RoutingPolicy(voice, 'Policy', {
      name: 'Sales',
      requiredSkills: [{ skill: sales, minProficiency: 4 }],
    });
    new ByocTrunk(voice, 'Trunk', {
      name: 'Singapore main',
      trunkId: 'byoc_singapore_main',
      inboundSite: site,
      policy,
    });
    const json = synthStack(app, outdir, 'voice');
    expect(app.outcome?.result?.findings).toEqual([]);
    const phones = resources(
      json,
      'genesyscloud_telephony_providers_edges_phone',
    );
    expect(phones).toHaveLength(1);
    const [queue] = resources(json, 'genesyscloud_routing_queue');
    expect(queue.members).toHaveLength(1);
  });

  test('a cross-stack mapping error is found', () => {
    const { app } = newApp({ validation: 'report-only' });
    singapore(app);
    const people = new GenesysCloudStack(app, 'people', {
      region: 'ap-southeast-1',
    });
    new Agent(people, 'Ana', {
      name: 'Ana',
      email: 'ana@example.com',
      trunk: 'byoc_singapore_main',
    });
    const { result } = app.validate();
    expect(result.findings.map((f) => [f.ruleId, f.path, f.trunk])).toEqual([
      ['agent-missing-required-skill', 'people/Ana', 'byoc_singapore_main'],
    ]);
  });

  test('findings name the file and line where the construct was declared', () => {
    const { app } = newApp({ validation: 'report-only' });
    const { stack, site, policy } = singapore(app);
    const line = new Error().stack!.split('\n')[1].match(/:(\d+):\d+\)?$/)![1];
    new ByocTrunk(stack, 'Off', {
      name: 'Off',
      inboundSite: site,
      policy,
      state: 'inactive',
    });
    new Agent(stack, 'Ana', { name: 'Ana', email: 'a@x.io', trunk: 'Off' });
    const finding = app
      .validate()
      .result.findings.find((f) => f.ruleId === 'trunk-inactive')!;
    expect(finding.source?.file).toBe('test/constructs/genesys-app.test.ts');
    expect(finding.source?.line).toBe(Number(line) + 1);
  });
});

describe('a plain cdktf App', () => {
  test('refuses to synthesize mappings and says to use GenesysApp', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcb-'));
    const app = new App({ outdir });
    singapore(app as never);
    expect(() => app.synth()).toThrow(/need a GenesysApp/);
    expect(
      fs.existsSync(path.join(outdir, 'stacks', 'sg', 'cdk.tf.json')),
    ).toBe(false);
  });
});
