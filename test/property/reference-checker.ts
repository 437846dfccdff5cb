/**
 * A deliberately simple reference for the sixteen mapping rules and the
 * suppressions, written from each rule's summary, rationale and doc
 * comments rather than from its code: nested loops over the model, no
 * indexes, no code shared with lib/rules. It only has to be obviously
 * right on orgs of a few dozen objects. Where the rules make a choice
 * their summaries leave open, the choice is mirrored and marked "Choice:".
 *
 * Both sides are compared through {@link findingKey}: rule, path, subject,
 * agent email, trunk id, the value found (and, for some rules, the value
 * expected) and the suppression that silenced the finding.
 *
 * The rules live in reference-rules.ts and reference-trunk-rules.ts, the
 * lookups they share (resolving references, the level an agent holds) in
 * reference-lookups.ts; this file adds the suppressions and the keys.
 */
import { MappingModel } from '../../lib/model/types';
import { Suppression } from '../../lib/validation/suppression';
import { Comparable, ruleFindings } from './reference-rules';
import { compare } from './reference-lookups';

export type { Comparable };

/** A mapping rule as its metadata states it. */
export interface RuleSpec {
  readonly id: string;
  /** False for mistakes the Genesys API always rejects. */
  readonly suppressible: boolean;
}

/** The mapping rules, in report order. */
export const RULE_SPECS: readonly RuleSpec[] = [
  { id: 'agent-without-trunk-link', suppressible: true },
  { id: 'trunk-id-unknown', suppressible: false },
  { id: 'agent-missing-required-skill', suppressible: true },
  { id: 'skill-proficiency-below-minimum', suppressible: true },
  { id: 'reference-unresolvable', suppressible: false },
  { id: 'proficiency-out-of-range', suppressible: false },
  { id: 'trunk-inactive', suppressible: true },
  { id: 'trunk-not-byoc-cloud', suppressible: true },
  { id: 'trunk-region-mismatch', suppressible: true },
  { id: 'trunk-capacity-exceeded', suppressible: true },
  { id: 'assignment-trunk-mismatch', suppressible: true },
  { id: 'assignment-skill-not-on-profile', suppressible: true },
  { id: 'duplicate-agent', suppressible: false },
  { id: 'agent-missing-required-language', suppressible: true },
  { id: 'inactive-agent-mapped', suppressible: true },
  { id: 'management-unit-too-large', suppressible: true },
];

/** The engine's own rules, reported after the mapping rules. */
export const META_RULE_IDS: readonly string[] = [
  'rule-crashed',
  'unused-suppression',
  'invalid-suppression',
];

/** Rules whose `expected` value is part of the comparison key. */
const KEYED_EXPECTED = new Set([
  'skill-proficiency-below-minimum',
  'trunk-capacity-exceeded',
  'trunk-region-mismatch',
  'assignment-trunk-mismatch',
]);

/** One line per finding: everything both sides must agree on. */
export function findingKey(f: Comparable): string {
  return [
    f.ruleId,
    f.path,
    f.subject,
    f.agent?.email ?? '-',
    f.trunk ?? '-',
    f.found ?? '-',
    KEYED_EXPECTED.has(f.ruleId) ? (f.expected ?? '-') : '*',
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
  return applySuppressions(ruleFindings(model), suppressions);
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
    out.push(meta('invalid-suppression', s, s.ruleId));
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
    if (!used)
      out.push(meta('unused-suppression', s, `suppression of ${s.ruleId}`));
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
