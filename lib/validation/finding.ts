import { FindingDraft, Severity } from '../rules/rule';

/** A suppression that silenced a finding. */
export interface AppliedSuppression {
  /** Path of the construct the suppression was added to. */
  readonly path: string;
  readonly reason: string;
}

/** A finding as reports see it: the draft plus its rule's metadata. */
export interface Finding extends FindingDraft {
  readonly ruleId: string;
  readonly severity: Severity;
  /** The rule's one-line summary. */
  readonly summary: string;
  /** Set when a suppression silenced this finding. */
  readonly suppressed?: AppliedSuppression;
}
