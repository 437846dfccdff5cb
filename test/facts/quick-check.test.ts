import Ajv from 'ajv';
import fc from 'fast-check';
import * as path from 'path';
import { parse } from 'yaml';
import * as fs from 'fs';
import schema from '../../lib/schemas/mapping-facts.schema.json';
import { quickCheck } from '../../lib/facts/quick-check';

const full = new Ajv({ allErrors: true }).compile(schema);
const quick = quickCheck(schema)!;

/** A valid document using every part of the schema. */
const VALID = {
  version: 1,
  organization: { region: 'ap-southeast-1' },
  policies: [
    {
      name: 'P',
      skillGroup: 'genesyscloud_routing_skill_group.g',
      path: 'policies/P',
      maxAgents: 5,
      requiredSkills: [{ skill: 'Sales', minProficiency: 2.5 }],
      requiredLanguages: [{ language: 'English', minProficiency: 3 }],
    },
  ],
  trunks: [
    {
      trunk: 't',
      trunkId: 'byoc',
      name: 'BYOC',
      path: 'trunks/byoc',
      policy: 'P',
      state: 'inactive',
      regions: ['ap-southeast-1'],
      agentCapacity: 10,
      queue: 'genesyscloud_routing_queue.q',
      inboundSite: 'site-1',
    },
  ],
  agents: [{ user: 'a@example.com', trunk: 'byoc', queues: ['byoc'] }],
  imports: [
    { kind: 'skill', id: 's-1', name: 'Sales', path: 'skills/s-1' },
    { kind: 'site', address: 'data.x.y', mediaRegions: ['ap-southeast-1'] },
  ],
  assignments: [
    {
      agent: 'a@example.com',
      scheduleId: 's',
      businessUnitId: 'bu',
      managementUnitId: 'mu',
      weekId: '2026-01-05',
      trunk: '',
      path: 'wfm/s/a',
      skills: [
        { skill: 'Sales', level: 2 },
        { skill: 'Sales', level: null },
      ],
    },
  ],
  paths: { 'genesyscloud_user.a': 'app/a' },
  root: '..',
  sources: { 'app/a': { file: 'main.ts', line: 3, column: 7 } },
  suppressions: [{ path: '', ruleId: 'r', reason: '' }],
};

/** Values a mutation puts anywhere in a document. */
const anyValue = fc.oneof(
  fc.constantFrom<unknown>(
    '',
    'x',
    '\ud83d\ude00',
    '\udc00',
    0,
    -1,
    1,
    1.5,
    2 ** 53,
    NaN,
    Infinity,
    null,
    true,
    [],
    {},
    [''],
    { file: 'f', line: 1 },
    'active',
    'skill',
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

type Step = string | number;

/** Every path to a value inside a document. */
function paths(value: unknown, at: Step[] = []): Step[][] {
  const out: Step[][] = [at];
  if (Array.isArray(value)) {
    value.forEach((item, i) => out.push(...paths(item, [...at, i])));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push(...paths(item, [...at, key]));
    }
  }
  return out;
}

/** The document with the value at `at` replaced, removed or added to. */
function mutate(
  doc: unknown,
  at: Step[],
  how: 'set' | 'delete' | 'add',
  value: unknown,
  name: string,
): unknown {
  const copy: unknown = structuredClone(doc);
  if (at.length === 0) return how === 'set' ? value : copy;
  let parent = copy as Record<Step, unknown>;
  for (const step of at.slice(0, -1)) {
    // An earlier mutation may have removed the way: leave it.
    if (!parent || typeof parent !== 'object') return copy;
    parent = parent[step] as Record<Step, unknown>;
  }
  if (!parent || typeof parent !== 'object') return copy;
  const last = at[at.length - 1];
  if (how === 'set') parent[last] = value;
  else if (how === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (Array.isArray(target)) target.push(value);
    else if (target && typeof target === 'object') {
      // An own property, as JSON.parse makes even of `__proto__`.
      Object.defineProperty(target, name, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return copy;
}

describe('quickCheck', () => {
  test('reads the whole facts schema', () => {
    expect(quickCheck(schema)).toBeDefined();
  });

  test('passes valid documents', () => {
    expect(full(VALID)).toBe(true);
    expect(quick(VALID)).toBe(true);
    expect(quick({ version: 1 })).toBe(true);
    const root = path.join(__dirname, '..', 'fixtures', 'tf-export');
    for (const dir of ['clean', 'planted']) {
      const text = fs.readFileSync(path.join(root, dir, 'policy.yaml'), 'utf8');
      expect(quick(parse(text))).toBe(true);
    }
  });

  test('never passes a document the full validator refuses', () => {
    const all = paths(VALID);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.constantFrom(...all),
            how: fc.constantFrom<'set' | 'delete' | 'add'>(
              'set',
              'delete',
              'add',
            ),
            value: anyValue,
            name: fc.constantFrom('extra', 'name', '__proto__', 'file', 'id'),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (mutations) => {
          let doc: unknown = VALID;
          for (const m of mutations) {
            doc = mutate(doc, m.at, m.how, m.value, m.name);
          }
          if (quick(doc)) expect(full(doc)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('has no quick check for keywords it does not know', () => {
    expect(quickCheck({ type: 'string', pattern: '^a' })).toBeUndefined();
    expect(quickCheck({ $ref: '#/definitions/missing' })).toBeUndefined();
    expect(
      quickCheck({ type: 'object', properties: { a: { format: 'email' } } }),
    ).toBeUndefined();
  });

  test('follows recursive references', () => {
    const tree = quickCheck({
      definitions: {
        node: {
          type: 'object',
          additionalProperties: false,
          properties: {
            kids: { type: 'array', items: { $ref: '#/definitions/node' } },
          },
        },
      },
      $ref: '#/definitions/node',
    })!;
    expect(tree({ kids: [{ kids: [] }, {}] })).toBe(true);
    expect(tree({ kids: [{ kids: [1] }] })).toBe(false);
  });
});
