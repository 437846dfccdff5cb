/**
 * Synthesis is deterministic: the same app writes byte-identical stack
 * JSON, WFM payloads and reports (text, JSON, SARIF, JUnit) on every run,
 * whatever order its constructs were declared in. Construct ids stay the
 * same; only the order of the `new` calls changes. Random orgs have 1 to
 * 3 stacks that refer to each other, and skills and languages that share
 * names within and across stacks.
 */
import fc from 'fast-check';
import { REPORT_FILES, REPORT_FORMATS } from '../../lib/report';
import { synthesizableOrgArb } from '../property/acyclic-stacks';
import { OrgSpec } from '../property/org-spec';
import {
  DEFAULT_TOTAL_RUNS,
  fcParams,
  isolateEnvironment,
  synthRuns,
} from '../property/settings';
import { FIXTURE_ORG } from './fixture-org';
import {
  SynthOutput,
  differingFiles,
  shuffledOrder,
  synthOrg,
} from './synth-output';

isolateEnvironment();

/** Random orgs synthesized twice by the property below. */
const runs = synthRuns('determinism');
const FULL_SIZE = synthRuns('determinism', DEFAULT_TOTAL_RUNS);

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

interface Manifest {
  stacks: Record<string, { dependencies: string[] }>;
}

function manifestOf(output: SynthOutput): Manifest {
  return JSON.parse(String(output.files.get('manifest.json'))) as Manifest;
}

/** Names some skill or language has in two stacks at once. */
function namesakesAcrossStacks(org: OrgSpec): string[] {
  const named = [...org.skills, ...org.languages];
  return [...new Set(named.map((n) => n.name))].filter(
    (name) =>
      new Set(named.filter((n) => n.name === name).map((n) => n.stack)).size >
      1,
  );
}

describe('synthesis of random orgs', () => {
  test(`is byte-identical in two declaration orders, ${runs} orgs`, () => {
    let multiStack = 0;
    let namesakes = 0;
    let crossStack = 0;
    fc.assert(
      fc.property(
        synthesizableOrgArb,
        fc.integer({ min: 1, max: 1_000_000 }),
        (org, seed) => {
          if (org.stacks.length > 1) multiStack += 1;
          if (namesakesAcrossStacks(org).length > 0) namesakes += 1;
          const inOrder = synthOrg(org);
          const { stacks } = manifestOf(inOrder);
          if (Object.values(stacks).some((s) => s.dependencies.length > 0)) {
            crossStack += 1;
          }
          const shuffled = synthOrg(org, shuffledOrder(org, seed));

          expect(differingFiles(inOrder, shuffled)).toEqual([]);
        },
      ),
      fcParams(runs),
    );

    if (runs >= FULL_SIZE && !process.env.FC_PATH) {
      expect(multiStack).toBeGreaterThan(runs / 3);
      expect(crossStack).toBeGreaterThan(runs / 10);
      expect(namesakes).toBeGreaterThan(runs / 10);
    }
  });
});
