import { XMLParser } from 'fast-xml-parser';
import { AgentNode, MappingModel, emptyModel } from '../../lib/model/types';
import { ReportInput, renderJunit } from '../../lib/report';
import { validateModel } from '../../lib/validation/engine';
import { sampleInput, sampleModel, sampleResult } from './fixtures';

interface Case {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  failure?: { message: string; type: string; '#text': string };
  skipped?: string;
  'system-out'?: string;
}

interface Suite {
  name: string;
  tests: number;
  failures: number;
  skipped: number;
  testcase?: Case[];
}

interface Parsed {
  testsuites: {
    tests: number;
    failures: number;
    skipped: number;
    testsuite: Suite[];
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: true,
  isArray: (name) => ['testsuite', 'testcase'].includes(name),
});

function parse(input: ReportInput): Parsed {
  return parser.parse(renderJunit(input));
}

function suite(parsed: Parsed, name: string): Suite {
  const found = parsed.testsuites.testsuite.find((s) => s.name === name);
  if (!found) throw new Error(`no suite ${name}`);
  return found;
}

describe('renderJunit', () => {
  const input = sampleInput();
  const parsed = parse(input);

  test('has one suite per rule, in rule order', () => {
    expect(parsed.testsuites.testsuite.map((s) => s.name)).toEqual(
      input.result.rules.map((r) => r.id),
    );
  });

  test.each([
    ['agent-without-trunk-link', 5, 1, 0],
    ['trunk-id-unknown', 6, 1, 0],
    ['proficiency-out-of-range', 6, 1, 0],
    ['trunk-inactive', 2, 0, 1],
    ['duplicate-agent', 6, 0, 0],
    ['unused-suppression', 1, 0, 0],
    ['rule-crashed', 0, 0, 0],
  ])('%s: %i tests, %i failures, %i skipped', (name, tests, fails, skips) => {
    const s = suite(parsed, name);
    expect([s.tests, s.failures, s.skipped]).toEqual([tests, fails, skips]);
    expect(s.testcase ?? []).toHaveLength(tests);
    for (const c of s.testcase ?? []) expect(c.classname).toBe(name);
  });

  test('adds up the totals over all suites', () => {
    const { testsuites } = parsed;
    const sum = (key: 'tests' | 'failures' | 'skipped') =>
      testsuites.testsuite.reduce((n, s) => n + s[key], 0);
    expect(testsuites.failures).toBe(3);
    expect(testsuites.skipped).toBe(1);
    expect(testsuites.tests).toBe(sum('tests'));
  });

  test('fails a case with the message, values and location', () => {
    const cases = suite(parsed, 'trunk-id-unknown').testcase ?? [];
    const bob = cases.find((c) => c.name === 'App/Stack/Bob');
    const finding = input.result.findings.find(
      (f) => f.ruleId === 'trunk-id-unknown',
    );
    expect(bob?.failure?.message).toBe(finding?.message);
    expect(bob?.failure?.type).toBe('trunk-id-unknown');
    const body = bob?.failure?.['#text'] ?? '';
    expect(body).toContain('found: "trunk-l"');
    expect(body).toContain('needed: trunk-1 | trunk-2');
    expect(body).toContain(`fix: ${finding?.fix}`);
    expect(body).toContain('src/agents.ts:12');
    expect(body).toContain('trunk link declared here: policy.yaml:7:5');
  });

  test('gives a case with findings the file and line attributes', () => {
    const cases = suite(parsed, 'trunk-id-unknown').testcase ?? [];
    const bob = cases.find((c) => c.name === 'App/Stack/Bob');
    expect([bob?.file, bob?.line]).toEqual(['src/agents.ts', 12]);
    const dan = suite(parsed, 'agent-without-trunk-link').testcase?.find(
      (c) => c.name === 'App/Stack/Dan',
    );
    expect([dan?.file, dan?.line]).toEqual(['src/roster dir/agents.csv', 4]);
    const clean = suite(parsed, 'agent-missing-required-skill').testcase;
    expect(clean?.[0]).not.toHaveProperty('file');
  });

  test('skips a case whose only findings are suppressed', () => {
    const cases = suite(parsed, 'trunk-inactive').testcase ?? [];
    const two = cases.find((c) => c.name === 'App/Stack/TrunkTwo');
    expect(two).toHaveProperty('skipped');
    expect(two?.failure).toBeUndefined();
    expect(two?.['system-out']).toContain('Trunk is being migrated this week');
  });

  test('passes a warning, keeping it in system-out', () => {
    const [stale] = suite(parsed, 'unused-suppression').testcase ?? [];
    expect(stale.name).toBe('App/Stack/Ann');
    expect(stale.failure).toBeUndefined();
    expect(stale).not.toHaveProperty('skipped');
    expect(stale['system-out']).toContain('agent-without-trunk-link');
  });

  test('lists checked objects as passing cases of a clean rule', () => {
    const s = suite(parsed, 'agent-missing-required-skill');
    expect(s.failures).toBe(0);
    expect((s.testcase ?? []).map((c) => c.name)).toEqual(
      input.model.agents.map((a) => a.path),
    );
    for (const c of s.testcase ?? []) expect(c).not.toHaveProperty('failure');
  });

  test('gives a failed object one case even with several findings', () => {
    const model = sampleModel();
    const eve = model.agents.find((a) => a.name === 'Eve') as AgentNode;
    const agents = model.agents.map((a) =>
      a === eve ? { ...a, skills: [...a.skills, ...a.skills] } : a,
    );
    const twice = { ...model, agents };
    const result = validateModel(twice);
    const again = parse({ result, model: twice, reportOnly: false });
    const cases = suite(again, 'proficiency-out-of-range').testcase ?? [];
    const eves = cases.filter((c) => c.name === eve.path);
    expect(eves).toHaveLength(1);
    expect(eves[0].failure?.message).toMatch(/\(and 1 more\)$/);
  });

  test('is deterministic', () => {
    const model = sampleModel();
    const again = { result: sampleResult(model), model, reportOnly: false };
    expect(renderJunit(again)).toBe(
      renderJunit({ ...input, baseDir: undefined }),
    );
  });
});

describe('renderJunit at scale', () => {
  test('renders and parses 5,000 agents', () => {
    const model = generatedModel(5000);
    const result = validateModel(model);
    const parsed = parse({ result, model, reportOnly: false });
    const expected = result.rules.reduce(
      (n, rule) =>
        n +
        rule.scope.reduce((m, kind) => m + objectCount(model, kind), 0) +
        unmatchedPaths(result, rule.id, model),
      0,
    );
    const failing = new Set(
      result.findings
        .filter((f) => f.severity === 'error' && !f.suppressed)
        .map((f) => `${f.ruleId}|${f.path}`),
    );
    expect(parsed.testsuites.tests).toBe(expected);
    expect(expected).toBeGreaterThan(5000 * 9);
    expect(parsed.testsuites.failures).toBe(failing.size);
    expect(suite(parsed, 'trunk-id-unknown').failures).toBe(50);
  });
});

function generatedModel(count: number): MappingModel {
  const agents: AgentNode[] = [];
  for (let i = 0; i < count; i++) {
    agents.push({
      key: `agent-${i}`,
      path: `App/Stack/Agents/agent-${i}`,
      stack: 'Stack',
      name: `Agent ${i}`,
      email: `agent-${i}@example.com`,
      state: 'active',
      skills: [],
      languages: [],
      queueTrunks: [],
      // Every hundredth agent names a trunk that does not exist.
      trunk: { kind: 'literal', value: i % 100 === 0 ? 'trunk-x' : 'trunk-1' },
    });
  }
  return {
    ...emptyModel(),
    stacks: [{ name: 'Stack' }],
    trunks: [
      {
        key: 'trunk-1',
        path: 'App/Stack/Trunk',
        stack: 'Stack',
        origin: 'imported',
        trunkId: 'trunk-1',
        state: 'active',
      },
    ],
    agents,
  };
}

function objectCount(model: MappingModel, kind: string): number {
  const lists: Record<string, readonly unknown[]> = {
    agent: model.agents,
    trunk: model.trunks,
    policy: model.policies,
    assignment: model.assignments,
  };
  return lists[kind].length;
}

function unmatchedPaths(
  result: ReturnType<typeof validateModel>,
  ruleId: string,
  model: MappingModel,
): number {
  const known = new Set(
    [model.agents, model.trunks, model.policies, model.assignments]
      .flat()
      .map((o) => o.path),
  );
  const paths = result.findings
    .filter((f) => f.ruleId === ruleId && !known.has(f.path))
    .map((f) => f.path);
  return new Set(paths).size;
}
