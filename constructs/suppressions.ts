import { IConstruct } from 'constructs';
import { RULES } from '../lib/rules';
import { suppressionProblem } from '../lib/validation/engine';
import { GenesysPropsError } from './errors';
import { MappingRegistry } from './registry';

/**
 * Suppressions of mapping rules on constructs. A suppression covers the
 * construct and its children, for one rule id, and needs a reason; it
 * appears in every report. Rules whose mistakes the Genesys API always
 * rejects cannot be suppressed.
 */
export class MappingSuppressions {
  /** Suppresses `ruleId` on `scope` and its children. */
  static add(scope: IConstruct, ruleId: string, reason: string): void {
    const suppression = { path: scope.node.path, ruleId, reason };
    const problem = suppressionProblem(suppression, RULES);
    if (problem) {
      throw new GenesysPropsError(
        scope.node.path,
        'suppression',
        ruleId,
        `a suppressible rule id with a reason (${problem})`,
      );
    }
    MappingRegistry.of(scope).suppressions.push(suppression);
  }
}
