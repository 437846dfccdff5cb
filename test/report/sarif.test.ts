import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type * as sarif from 'sarif';
import {
  FINGERPRINT_NAME,
  SARIF_SCHEMA_URI,
  pascalCase,
  renderSarif,
  toSarif,
} from '../../lib/report';
import officialSchema from '../fixtures/sarif/sarif-schema-2.1.0.json';
import { BASE_DIR, sampleInput } from './fixtures';

const DOCS = path.join(__dirname, '..', '..', 'docs', 'rules');

/**
 * The official schema declares draft 2020-12 but has two defects that a
 * strict validator refuses: an `anyOf` placed inside region.properties,
 * and patterns using the inline flag `(?i)`, which JavaScript lacks. So
 * the schema itself is not validated, and `(?i)` becomes the `i` flag.
 */
const caseInsensitivePrefix = Object.assign(
  (pattern: string, flags: string) =>
    pattern.startsWith('^(?i)')
      ? new RegExp(`^${pattern.slice(5)}`, `${flags}i`)
      : new RegExp(pattern, flags),
  { code: 'caseInsensitivePrefix' },
);
const ajv = new Ajv2020({
  strict: false,
  validateSchema: false,
  allErrors: true,
  code: { regExp: caseInsensitivePrefix },
});
addFormats(ajv);
const validate = ajv.compile(officialSchema);

describe('toSarif', () => {
  const input = sampleInput();
  const log = toSarif(input);
  const run = log.runs[0];
  const results = run.results ?? [];
  const rules = run.tool.driver.rules ?? [];

  test('validates against the official SARIF 2.1.0 schema', () => {
    const parsed = JSON.parse(renderSarif(input));
    expect(validate(parsed) ? [] : validate.errors).toEqual([]);
    expect(parsed.$schema).toBe(SARIF_SCHEMA_URI);
    expect(parsed.version).toBe('2.1.0');
  });

  test('the schema check rejects a broken log', () => {
    const broken = JSON.parse(renderSarif(input));
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  test('describes every rule, meta rules included', () => {
    expect(rules.map((r) => r.id)).toEqual(input.result.rules.map((r) => r.id));
    const unknown = rules.find((r) => r.id === 'trunk-id-unknown');
    expect(unknown).toMatchObject({
      name: 'TrunkIdUnknown',
      defaultConfiguration: { level: 'error' },
      properties: { suppressible: false },
    });
    expect(pascalCase('unused-suppression')).toBe('UnusedSuppression');
  });

  test('links every rule to its page under docs/rules', () => {
    // package.json names no repository, so the pages in the package.
    for (const rule of rules) {
      const uri = rule.helpUri ?? '';
      expect(uri).toBe(pathToFileURL(`${DOCS}/${rule.id}.md`).href);
      expect(fs.existsSync(fileURLToPath(uri))).toBe(true);
    }
  });

  test('gives one result per finding, pointing at its rule', () => {
    expect(results).toHaveLength(input.result.findings.length);
    results.forEach((result, i) => {
      const finding = input.result.findings[i];
      expect(result.ruleId).toBe(finding.ruleId);
      expect(rules[result.ruleIndex ?? -1]?.id).toBe(finding.ruleId);
      expect(result.level).toBe(finding.severity);
      expect(result.message.text).toBe(
        `${finding.message} Fix: ${finding.fix}`,
      );
    });
  });

  test('locates each result at its source file and line', () => {
    results.forEach((result, i) => {
      const finding = input.result.findings[i];
      const [location] = result.locations ?? [];
      expect(location.logicalLocations).toEqual([
        { fullyQualifiedName: finding.path, kind: 'object' },
      ]);
      const physical = location.physicalLocation;
      if (!finding.source) {
        expect(physical).toBeUndefined();
        return;
      }
      const uri = physical?.artifactLocation?.uri ?? '';
      expect(physical?.artifactLocation?.uriBaseId).toBe('%SRCROOT%');
      expect(`${BASE_DIR}/${decodeURIComponent(uri)}`).toBe(
        finding.source.file,
      );
      expect(physical?.region?.startLine).toBe(finding.source.line);
      expect(physical?.region?.startColumn).toBe(finding.source.column);
    });
    const dan = byPath(results, 'App/Stack/Dan');
    const uri = dan?.locations?.[0].physicalLocation?.artifactLocation?.uri;
    expect(uri).toBe('src/roster%20dir/agents.csv');
  });

  test('points at a trunk link set elsewhere as a related location', () => {
    const bob = byPath(results, 'App/Stack/Bob');
    expect(bob?.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'policy.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 7, startColumn: 5 },
        },
        message: { text: 'trunk link declared here' },
      },
    ]);
    expect(results.filter((r) => r.relatedLocations)).toHaveLength(1);
  });

  test('suppressed findings carry an external suppression', () => {
    const suppressed = results.filter((r) => r.suppressions);
    expect(suppressed.map((r) => r.ruleId)).toEqual(['trunk-inactive']);
    expect(suppressed[0].suppressions).toEqual([
      {
        kind: 'external',
        justification: 'Trunk is being migrated this week',
        location: {
          logicalLocations: [
            { fullyQualifiedName: 'App/Stack/TrunkTwo', kind: 'object' },
          ],
        },
      },
    ]);
  });

  test('fingerprints each result by rule and subject', () => {
    results.forEach((result, i) => {
      const { ruleId, subject } = input.result.findings[i];
      const hash = createHash('sha256')
        .update(`${ruleId}\0${subject}`)
        .digest('hex');
      expect(result.partialFingerprints).toEqual({ [FINGERPRINT_NAME]: hash });
    });
    const prints = results.map(
      (r) => r.partialFingerprints?.[FINGERPRINT_NAME],
    );
    expect(new Set(prints).size).toBe(prints.length);
  });

  test('roots relative URIs at the absolute base dir', () => {
    const root = run.originalUriBaseIds?.['%SRCROOT%']?.uri;
    expect(root).toBe(pathToFileURL(`${BASE_DIR}/`).href);
    expect(root?.endsWith('/')).toBe(true);
  });

  test('is deterministic', () => {
    expect(renderSarif(sampleInput())).toBe(renderSarif(sampleInput()));
  });
});

function byPath(
  results: sarif.Result[],
  path: string,
): sarif.Result | undefined {
  return results.find(
    (r) => r.locations?.[0].logicalLocations?.[0].fullyQualifiedName === path,
  );
}
