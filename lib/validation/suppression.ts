/** A rule silenced for a construct and its children, with a reason. */
export interface Suppression {
  /** Construct path (or Terraform address) the suppression covers. */
  readonly path: string;
  readonly ruleId: string;
  /** Why the finding is acceptable; required. */
  readonly reason: string;
}

/**
 * True when a suppression at `scope` covers an object at `path`. The app
 * itself has the empty path, and covers every construct.
 */
export function covers(scope: string, path: string): boolean {
  if (path === scope || scope === '') return true;
  return path.startsWith(scope) && path.charAt(scope.length) === '/';
}
