import { ModelIndex } from '../model/model-index';
import { SourceLocation } from '../model/types';

/** How serious a finding is. Errors fail synthesis unless report-only. */
export type Severity = 'error' | 'warning';

/** Another place that a finding concerns, such as where a link is set. */
export interface RelatedSource {
  readonly source: SourceLocation;
  /** What is there, for people: `trunk link declared here`. */
  readonly message: string;
}

/** The parts of a finding a rule fills in. */
export interface FindingDraft {
  /** Construct path or Terraform address of the object judged. */
  readonly path: string;
  /** Key of the object judged; findings are unique per rule and subject. */
  readonly subject: string;
  /** One sentence in the user's terms. */
  readonly message: string;
  /** What to change, specific to this finding. */
  readonly fix: string;
  readonly source?: SourceLocation;
  /** Other places the finding concerns, with `source` the main one. */
  readonly related?: readonly RelatedSource[];
  readonly agent?: { readonly name: string; readonly email: string };
  readonly trunk?: string;
  readonly skill?: string;
  readonly language?: string;
  /** The value found, rendered for people. */
  readonly found?: string;
  /** The value needed, rendered for people. */
  readonly expected?: string;
}

/** Kinds of model object a rule judges, one report test case each. */
export type ObjectKind = 'agent' | 'trunk' | 'policy' | 'assignment';

/** Metadata and check of one mapping rule. */
export interface Rule {
  /** Stable, self-explaining, kebab-case id; never reused. */
  readonly id: string;
  readonly severity: Severity;
  /** One line: what the rule flags. */
  readonly summary: string;
  /** Why the rule exists: what Genesys does when it is broken. */
  readonly rationale: string;
  /** How to fix a finding, in general terms. */
  readonly fix: string;
  /**
   * False for mistakes the Genesys API always rejects; a suppression
   * for such a rule is refused.
   */
  readonly suppressible: boolean;
  /** Kinds of object the rule checks; each is a test case in reports. */
  readonly scope: readonly ObjectKind[];
  /** Pure check over the indexed model. */
  check(index: ModelIndex): Iterable<FindingDraft>;
}
