/**
 * A deliberately simple reference for the mapping rules and the
 * suppressions, written from each rule's summary, rationale and doc
 * comments rather than from its code: nested loops over the model, no
 * indexes, no code shared with lib/rules. It only has to be obviously
 * right on orgs of a few dozen objects. Where the rules make a choice
 * their summaries leave open, the choice is mirrored and marked "Choice:".
 *
 * Both sides are compared through {@link findingKey}: rule, severity,
 * path, subject, agent email, trunk id, the values found and expected
 * (except the expected "did you mean" hints of trunk-id-unknown, which
 * need an edit distance) and the suppression that silenced the finding.
 *
 * The rules live in reference-rules.ts, reference-entry-rules.ts and
 * reference-trunk-rules.ts, the
 * lookups they share (resolving references, the level an agent holds) in
 * reference-lookups.ts; this file adds the suppressions and the keys.
 */
import { MappingModel } from '../../lib/model/types';
import { Suppression } from '../../lib/validation/suppression';
import { Comparable, ruleFindings } from './reference-rules';
import { compare } from './reference-lookups';

export type { Comparable };

/** A rule as its metadata states it. */
export interface RuleSpec {
  readonly id: string;
  readonly severity: 'error' | 'warning';
  /** False for mistakes the Genesys API always rejects. */
  readonly suppressible: boolean;
}

/** The mapping rules, in report order. */
export const RULE_SPECS: readonly RuleSpec[] = [
  { id: 'agent-without-trunk-link', severity: 'error', suppressible: true },
  { id: 'trunk-id-unknown', severity: 'error', suppressible: false },
  { id: 'agent-missing-required-skill', severity: 'error', suppressible: true },
  {
    id: 'skill-proficiency-below-minimum',
    severity: 'error',
    suppressible: true,
  },
  { id: 'reference-unresolvable', severity: 'error', suppressible: false },
  { id: 'proficiency-out-of-range', severity: 'error', suppressible: false },
  { id: 'trunk-inactive', severity: 'error', suppressible: true },
  { id: 'trunk-not-byoc-cloud', severity: 'error', suppressible: true },
  { id: 'trunk-region-mismatch', severity: 'error', suppressible: true },
  { id: 'trunk-capacity-exceeded', severity: 'error', suppressible: true },
  { id: 'assignment-trunk-mismatch', severity: 'error', suppressible: true },
  {
    id: 'assignment-skill-not-on-profile',
    severity: 'error',
    suppressible: true,
  },
  { id: 'duplicate-agent', severity: 'error', suppressible: false },
  {
    id: 'agent-missing-required-language',
    severity: 'error',
    suppressible: true,
  },
  { id: 'inactive-agent-mapped', severity: 'error', suppressible: true },
  { id: 'management-unit-too-large', severity: 'error', suppressible: true },
  { id: 'duplicate-skill-or-language', severity: 'error', suppressible: true },
];

/** The engine's own rules, reported after the mapping rules. */
export const META_RULE_SPECS: readonly RuleSpec[] = [
  { id: 'rule-crashed', severity: 'error', suppressible: false },
  { id: 'unused-suppression', severity: 'warning', suppressible: false },
  { id: 'invalid-suppression', severity: 'error', suppressible: false },
];

/** Ids of the engine's own rules, in report order. */
export const META_RULE_IDS: readonly string[] = META_RULE_SPECS.map(
  (r) => r.id,
);

/** Rules whose `expected` value the reference does not compute. */
const UNKEYED_EXPECTED = new Set(['trunk-id-unknown']);

/** One line per finding: everything both sides must agree on. */
export function findingKey(f: Comparable): string {
  return [
    f.ruleId,
    f.severity ?? '-',
    f.path,
    f.subject,
    f.agent?.email ?? '-',
    f.trunk ?? '-',
    f.found ?? '-',
    UNKEYED_EXPECTED.has(f.ruleId) ? '*' : (f.expected ?? '-'),
    f.suppressed ? `suppressed@${f.suppressed.path}` : 'open',
  ].join(' | ');
}

/** The sorted keys of a list of findings, duplicates kept. */
export function findingKeys(findings: readonly Comparable[]): string[] {
  return findings.map(findingKey).sort(compare);
}

/** Every finding the rules and suppressions should produce. */
export function expectedFindings(
  model: MappingModel,
  suppressions: readonly Suppression[] = [],
): Comparable[] {
  const specs = [...RULE_SPECS, ...META_RULE_SPECS];
  return applySuppressions(ruleFindings(model), suppressions).map((f) => ({
    ...f,
    severity: specs.find((r) => r.id === f.ruleId)?.severity,
  }));
}

/** The expected findings as sorted keys. */
export function expectedKeys(
  model: MappingModel,
  suppressions: readonly Suppression[] = [],
): string[] {
  return findingKeys(expectedFindings(model, suppressions));
}

/**
 * A suppression covers the construct at its path and every construct
 * below it; a suppression on the app (path '') covers everything.
 */
export function coversPath(scope: string, path: string): boolean {
  return scope === '' || path === scope || path.startsWith(`${scope}/`);
}

function problemOf(s: Suppression): string | undefined {
  const rule = RULE_SPECS.find((r) => r.id === s.ruleId);
  if (!rule) return 'unknown rule';
  if (!rule.suppressible) return 'not suppressible';
  if (!s.reason || s.reason.trim() === '') return 'no reason';
  return undefined;
}

/**
 * Silences findings of suppressible rules at or below a valid
 * suppression's path, reports each suppression that matches no finding,
 * and each invalid one. Choice: when several suppressions match, the most
 * specific (longest path, then smallest reason) is the one reported.
 */
function applySuppressions(
  drafts: readonly Comparable[],
  suppressions: readonly Suppression[],
): Comparable[] {
  const out: Comparable[] = [];
  const valid = suppressions.filter((s) => problemOf(s) === undefined);
  for (const s of suppressions) {
    if (problemOf(s) === undefined) continue;
    out.push({
      ...meta('invalid-suppression', s, s.ruleId),
      expected: 'a suppressible rule id and a reason',
    });
  }
  for (const draft of drafts) {
    const rule = RULE_SPECS.find((r) => r.id === draft.ruleId);
    const matches = rule?.suppressible
      ? valid.filter(
          (s) => s.ruleId === draft.ruleId && coversPath(s.path, draft.path),
        )
      : [];
    let best: Suppression | undefined;
    for (const s of matches) {
      if (!best || moreSpecific(s, best)) best = s;
    }
    out.push(best ? { ...draft, suppressed: { path: best.path } } : draft);
  }
  for (const s of valid) {
    const used = drafts.some(
      (d) => d.ruleId === s.ruleId && coversPath(s.path, d.path),
    );
    if (used) continue;
    out.push({
      ...meta('unused-suppression', s, `suppression of ${s.ruleId}`),
      expected: `a ${s.ruleId} finding at or below ${s.path}`,
    });
  }
  return out;
}

function moreSpecific(a: Suppression, b: Suppression): boolean {
  if (a.path.length !== b.path.length) return a.path.length > b.path.length;
  return a.reason < b.reason;
}

function meta(ruleId: string, s: Suppression, found: string): Comparable {
  return {
    ruleId,
    path: s.path,
    subject: `${s.path}|${s.ruleId}|${s.reason}`,
    found,
  };
}
