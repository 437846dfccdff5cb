import { ModelIndex } from '../model/model-index';
import { MappingModel } from '../model/types';
import { RULES } from '../rules';
import { FindingDraft, Rule } from '../rules/rule';
import { Finding } from './finding';
import {
  META_RULES,
  invalidSuppression,
  ruleCrashed,
  unusedSuppression,
} from './meta-rules';
import { Suppression } from './suppression';

/** Options of one validation run. */
export interface ValidateOptions {
  /** Rules to run. Default: every mapping rule. */
  readonly rules?: readonly Rule[];
  /** Suppressions to apply. Default: none. */
  readonly suppressions?: readonly Suppression[];
}

/** Everything one validation run found. */
export interface ValidationResult {
  /** Every finding, suppressed ones included, in report order. */
  readonly findings: readonly Finding[];
  /** Rules that ran, in report order. */
  readonly rules: readonly Rule[];
}

/** Runs the rules over the model and applies the suppressions. */
export function validateModel(
  model: MappingModel,
  options: ValidateOptions = {},
): ValidationResult {
  const rules = options.rules ?? RULES;
  const index = new ModelIndex(model);
  const findings: Finding[] = [];
  const suppressions = checkSuppressions(
    options.suppressions ?? [],
    rules,
    findings,
  );
  const used = new Set<Suppression>();
  const byScope = scopeIndex(suppressions);

  for (const checked of rules) {
    const { rule, drafts } = runRule(checked, index);
    for (const draft of drafts) {
      const matches = rule.suppressible
        ? covering(byScope, rule.id, draft.path)
        : [];
      for (const match of matches) used.add(match);
      findings.push(toFinding(rule, draft, mostSpecific(matches)));
    }
  }

  for (const suppression of suppressions) {
    if (used.has(suppression)) continue;
    findings.push(
      toFinding(unusedSuppression, {
        path: suppression.path,
        subject: `${suppression.path}|${suppression.ruleId}|${suppression.reason}`,
        found: `suppression of ${suppression.ruleId}`,
        expected: `a ${suppression.ruleId} finding at or below ${suppression.path}`,
        message:
          `The suppression of ${suppression.ruleId} on ${suppression.path} ` +
          `(reason: ${suppression.reason}) matches no finding.`,
        fix: 'Remove the suppression if the mistake it covered is fixed.',
      }),
    );
  }

  const allRules = [...rules, ...META_RULES];
  return { findings: sortFindings(findings, allRules), rules: allRules };
}

/** Suppressions by rule id and path. */
type ScopeIndex = Map<string, Suppression[]>;

function scopeIndex(suppressions: readonly Suppression[]): ScopeIndex {
  const index: ScopeIndex = new Map();
  for (const s of suppressions) {
    const key = `${s.ruleId}\u0000${s.path}`;
    const list = index.get(key);
    if (list) list.push(s);
    else index.set(key, [s]);
  }
  return index;
}

/**
 * The suppressions of a rule that cover a path: those on the app (empty
 * path), on each ancestor and on the path itself, as `covers` in
 * ./suppression decides. Looked up per ancestor, so a finding costs the depth of its
 * path rather than the number of suppressions.
 */
function covering(
  index: ScopeIndex,
  ruleId: string,
  path: string,
): Suppression[] {
  if (index.size === 0) return [];
  const scopes = [''];
  for (let i = path.indexOf('/', 1); i !== -1; i = path.indexOf('/', i + 1)) {
    scopes.push(path.slice(0, i));
  }
  if (path !== '') scopes.push(path);
  return scopes.flatMap((scope) => index.get(`${ruleId}\u0000${scope}`) ?? []);
}

/** True when a finding fails the run: an unsuppressed error. */
export function isBlocking(finding: Finding): boolean {
  return finding.severity === 'error' && !finding.suppressed;
}

/**
 * The suppression a finding is reported under when several match: the
 * one on the deepest path, then the smallest reason, so that the report
 * does not depend on the order suppressions were added in.
 */
function mostSpecific(matches: Suppression[]): Suppression | undefined {
  let best: Suppression | undefined;
  for (const s of matches) {
    if (!best || s.path.length > best.path.length) best = s;
    else if (s.path.length === best.path.length && s.reason < best.reason) {
      best = s;
    }
  }
  return best;
}

function runRule(
  rule: Rule,
  index: ModelIndex,
): { rule: Rule; drafts: FindingDraft[] } {
  try {
    return { rule, drafts: [...rule.check(index)] };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const draft: FindingDraft = {
      path: rule.id,
      subject: rule.id,
      found: detail,
      expected: 'the rule to finish',
      message: `Rule ${rule.id} crashed: ${detail}`,
      fix: ruleCrashed.fix,
    };
    return { rule: ruleCrashed, drafts: [draft] };
  }
}

function toFinding(
  rule: Rule,
  draft: FindingDraft,
  suppression?: Suppression,
): Finding {
  return {
    ...draft,
    ruleId: rule.id,
    severity: rule.severity,
    summary: rule.summary,
    ...(suppression
      ? { suppressed: { path: suppression.path, reason: suppression.reason } }
      : {}),
  };
}

function checkSuppressions(
  suppressions: readonly Suppression[],
  rules: readonly Rule[],
  findings: Finding[],
): Suppression[] {
  const valid: Suppression[] = [];
  for (const suppression of suppressions) {
    const problem = suppressionProblem(suppression, rules);
    if (!problem) {
      valid.push(suppression);
      continue;
    }
    findings.push(
      toFinding(invalidSuppression, {
        path: suppression.path,
        subject: `${suppression.path}|${suppression.ruleId}|${suppression.reason}`,
        found: suppression.ruleId,
        expected: 'a suppressible rule id and a reason',
        message:
          `The suppression of ${suppression.ruleId} on ` +
          `${suppression.path} is invalid: ${problem}.`,
        fix: invalidSuppression.fix,
      }),
    );
  }
  return valid;
}

/** Why a suppression cannot apply, or undefined when it can. */
export function suppressionProblem(
  suppression: Suppression,
  rules: readonly Rule[] = [],
): string | undefined {
  const rule = rules.find((r) => r.id === suppression.ruleId);
  if (!rule) return `no rule has the id "${suppression.ruleId}"`;
  if (!rule.suppressible) {
    return (
      `${rule.id} cannot be suppressed, because the Genesys API ` +
      'always rejects it'
    );
  }
  if (!suppression.reason || !suppression.reason.trim()) {
    return 'a reason is required';
  }
  return undefined;
}

function sortFindings(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const order = new Map(rules.map((rule, i) => [rule.id, i]));
  return findings.sort(
    (a, b) =>
      (order.get(a.ruleId) ?? 0) - (order.get(b.ruleId) ?? 0) ||
      compare(a.path, b.path) ||
      compare(a.subject, b.subject) ||
      compare(a.message, b.message),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
