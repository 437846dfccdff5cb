/**
 * Synthesis is deterministic: the same app writes byte-identical stack
 * JSON, WFM payloads and reports (text, JSON, SARIF, JUnit) on every run,
 * whatever order its constructs were declared in. Construct ids stay the
 * same; only the order of the `new` calls changes.
 */
import fc from 'fast-check';
import { REPORT_FILES, REPORT_FORMATS } from '../../lib/report';
import { orgArb } from '../property/arbitraries';
import { OrgSpec } from '../property/org-spec';
import { fcParams, isolateEnvironment } from '../property/settings';
import { FIXTURE_ORG } from './fixture-org';
import { differingFiles, shuffledOrder, synthOrg } from './synth-output';

isolateEnvironment();

/** Random orgs synthesized twice by the property below. */
const PROPERTY_RUNS = 25;

const REPORTS = REPORT_FORMATS.map(
  (format) => `genesyscloud-byoc/${REPORT_FILES[format]}`,
);

describe('synthesis of the fixture org', () => {
  const first = synthOrg(FIXTURE_ORG);

  test('writes every stack, payload and report', () => {
    expect([...first.files.keys()].sort()).toEqual(
      [
        ...REPORTS,
        'manifest.json',
        'stacks/Stack0/cdk.tf.json',
        'stacks/Stack0/wfm-assignments.json',
        'stacks/Stack1/cdk.tf.json',
        'stacks/Stack1/wfm-assignments.json',
      ].sort(),
    );
  });

  test('reports findings of many rules, some suppressed', () => {
    const report = JSON.parse(
      String(first.files.get('genesyscloud-byoc/report.json')),
    ) as { findings: { ruleId: string; suppressed?: unknown }[] };
    const rules = new Set(report.findings.map((f) => f.ruleId));

    expect(rules.size).toBeGreaterThanOrEqual(12);
    expect(report.findings.some((f) => f.suppressed)).toBe(true);
  });

  test('writes no path of its output directory into any file', () => {
    const mentions = [...first.files]
      .filter(([, bytes]) => bytes.includes(first.outdir))
      .map(([name]) => name);

    expect(mentions).toEqual([]);
  });

  test('is byte-identical on a second run', () => {
    expect(differingFiles(first, synthOrg(FIXTURE_ORG))).toEqual([]);
  });

  test.each([1, 2, 3, 4, 5])(
    'is byte-identical when declared in shuffled order #%i',
    (seed) => {
      const again = synthOrg(FIXTURE_ORG, shuffledOrder(FIXTURE_ORG, seed));

      expect(differingFiles(first, again)).toEqual([]);
    },
  );
});

/**
 * One stack, so that random cross-stack references cannot form the
 * dependency cycles cdktf refuses; unique skill and language names and
 * ids, because a literal that two objects answer to resolves to the one
 * declared first (see docs/testing.md).
 */
function determinismSafe(org: OrgSpec): OrgSpec {
  const rename = <T extends { name: string; id?: string }>(
    list: readonly T[],
  ) =>
    list.map((item, i) => ({
      ...item,
      name: `${item.name}_${i}`,
      ...(item.id !== undefined ? { id: `${item.id}_${i}` } : {}),
    }));
  const oneStack = <T extends { stack: number }>(list: readonly T[]) =>
    list.map((item) => ({ ...item, stack: 0 }));
  return {
    ...org,
    stacks: [org.stacks[0]],
    skills: oneStack(rename(org.skills)),
    languages: oneStack(rename(org.languages)),
    sites: oneStack(org.sites),
    policies: oneStack(org.policies),
    trunks: oneStack(org.trunks),
    agents: oneStack(org.agents),
    assignments: oneStack(org.assignments),
    suppressions: org.suppressions.map((s) =>
      s.target === 'stack' ? { ...s, index: 0 } : s,
    ),
  };
}

describe('synthesis of random orgs', () => {
  test(`is byte-identical in two declaration orders, ${PROPERTY_RUNS} orgs`, () => {
    fc.assert(
      fc.property(
        orgArb.map(determinismSafe),
        fc.integer({ min: 1, max: 1_000_000 }),
        (org, seed) => {
          const inOrder = synthOrg(org);
          const shuffled = synthOrg(org, shuffledOrder(org, seed));

          expect(differingFiles(inOrder, shuffled)).toEqual([]);
        },
      ),
      fcParams(PROPERTY_RUNS, { replay: false }),
    );
  });
});
