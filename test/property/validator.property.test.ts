/**
 * The validator agrees with the reference checker on random orgs: built
 * with the real constructs and validated by GenesysApp.validate(), and as
 * hand-built models, broken in ways the constructs refuse, validated by
 * validateModel. See docs/testing.md for the size, seeds and replay.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { validateModel } from '../../lib/validation/engine';
import { Finding } from '../../lib/validation/finding';
import { modelArb, orgArb } from './arbitraries';
import { buildApp } from './build-org';
import { suppressionsOf, toModel } from './org-spec';
import {
  META_RULE_IDS,
  RULE_SPECS,
  expectedKeys,
  findingKeys,
} from './reference-checker';
import { compare } from './reference-lookups';
import {
  DEFAULT_TOTAL_RUNS,
  assertProperty,
  withoutStackTraces,
  fcParams,
  isolateEnvironment,
  runSplit,
} from './settings';

isolateEnvironment();
withoutStackTraces();

const runs = runSplit();
const FULL_SIZE = runSplit(DEFAULT_TOTAL_RUNS);
const REPORT_ORDER = [...RULE_SPECS.map((r) => r.id), ...META_RULE_IDS];

let outdir = '';
beforeAll(() => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-property-'));
});
afterAll(() => {
  fs.rmSync(outdir, { recursive: true, force: true });
});

/** Findings come sorted by rule (in registry order), path and subject. */
function expectReportOrder(findings: readonly Finding[]): void {
  const rank = (f: Finding) => REPORT_ORDER.indexOf(f.ruleId);
  const misplaced = findings.findIndex((b, i) => {
    const a = findings[i - 1];
    if (!a) return false;
    const order =
      rank(a) - rank(b) ||
      compare(a.path, b.path) ||
      compare(a.subject, b.subject);
    return order > 0;
  });
  expect(misplaced).toBe(-1);
}

/**
 * Rules a full-size run must see fire, so that a generator that stops
 * producing some mistake fails loudly. Constructs cannot express the
 * others: they always make BYOC Cloud trunks with an inbound site, refuse
 * invalid proficiencies and suppressions, and orgs are too small for a
 * 1,500-agent management unit.
 */
const CONSTRUCT_RULES = RULE_SPECS.map((r) => r.id)
  .filter(
    (id) =>
      ![
        'trunk-not-byoc-cloud',
        'proficiency-out-of-range',
        'management-unit-too-large',
      ].includes(id),
  )
  .concat('unused-suppression');
const MODEL_RULES = RULE_SPECS.map((r) => r.id).concat(
  'unused-suppression',
  'invalid-suppression',
);

/** True for a run of the default size or more, not a replay. */
function fullSize(numRuns: number, defaultRuns: number): boolean {
  return numRuns >= defaultRuns && !process.env.FC_PATH;
}

describe('validator versus the reference checker', () => {
  test(`agrees on ${runs.constructs} orgs built with the constructs`, () => {
    const fired = new Set<string>();
    assertProperty(
      fc.property(orgArb, (org) => {
        const app = buildApp(org, { app: { outdir } });
        const { result } = app.validate();
        result.findings.forEach((f) => fired.add(f.ruleId));

        expect(findingKeys(result.findings)).toEqual(
          expectedKeys(toModel(org), suppressionsOf(org)),
        );
        expectReportOrder(result.findings);
      }),
      fcParams(runs.constructs),
    );

    if (fullSize(runs.constructs, FULL_SIZE.constructs)) {
      expect(CONSTRUCT_RULES.filter((id) => !fired.has(id))).toEqual([]);
    }
  });

  test(`agrees on ${runs.models} hand-built models`, () => {
    const fired = new Set<string>();
    assertProperty(
      fc.property(modelArb, ({ model, suppressions }) => {
        const result = validateModel(model, { suppressions });
        result.findings.forEach((f) => fired.add(f.ruleId));

        expect(findingKeys(result.findings)).toEqual(
          expectedKeys(model, suppressions),
        );
        expectReportOrder(result.findings);
      }),
      fcParams(runs.models),
    );

    if (fullSize(runs.models, FULL_SIZE.models)) {
      expect(MODEL_RULES.filter((id) => !fired.has(id))).toEqual([]);
    }
  });
});
