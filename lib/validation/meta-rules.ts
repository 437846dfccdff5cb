import { Rule } from '../rules/rule';

/**
 * Findings the engine itself raises, about the validation rather than the
 * mapping. They have ids, docs and tests like the mapping rules.
 */
function meta(fields: Omit<Rule, 'check' | 'suppressible' | 'scope'>): Rule {
  return { ...fields, suppressible: false, scope: [], check: () => [] };
}

/** A rule threw instead of returning findings. */
export const ruleCrashed = meta({
  id: 'rule-crashed',
  severity: 'error',
  summary: 'A rule threw an error while checking the app.',
  rationale:
    'A crashed rule checked nothing, so the mapping it covers is unproven; ' +
    'synthesis fails rather than pass silently.',
  fix:
    'Report the message with the app that causes it; meanwhile use ' +
    'report-only mode if the app must synthesize.',
});

/** A suppression silenced nothing. */
export const unusedSuppression = meta({
  id: 'unused-suppression',
  severity: 'warning',
  summary: 'A suppression matches no finding.',
  rationale:
    'Stale suppressions hide future mistakes in the same construct; each ' +
    'one should still be needed.',
  fix:
    'Remove the suppression, or move it to the construct whose finding ' +
    'it is meant for.',
});

/** A suppression names an unknown rule or one that cannot be silenced. */
export const invalidSuppression = meta({
  id: 'invalid-suppression',
  severity: 'error',
  summary:
    'A suppression names an unknown rule, a rule that cannot be ' +
    'suppressed, or has no reason.',
  rationale:
    'Some mistakes are always rejected by the Genesys API; silencing them ' +
    'only moves the failure to apply time.',
  fix: 'Fix the mapping instead, or correct the rule id and give a reason.',
});

/** The engine's own rules, in report order. */
export const META_RULES: readonly Rule[] = [
  ruleCrashed,
  unusedSuppression,
  invalidSuppression,
];
