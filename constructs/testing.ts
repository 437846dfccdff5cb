/**
 * Jest matchers for mapping findings, so users can assert in their own
 * tests that a stack (or any construct) has, or has no, finding of a rule:
 *
 *   import { mappingMatchers } from 'cdktf-genesyscloud-byoc/testing';
 *   expect.extend(mappingMatchers);
 *   expect(stack).toHaveMappingFinding('agent-without-trunk-link',
 *     { agent: 'ana@example.com' });
 *   expect(stack).toHaveNoMappingFindings();
 */
import { IConstruct } from 'constructs';
import { Finding } from '../lib/validation/finding';
import { validateModel } from '../lib/validation/engine';
import { ruleCrashed } from '../lib/validation/meta-rules';
import { covers } from '../lib/validation/suppression';
import { GenesysApp } from './genesys-app';
import { buildModel } from './model-builder';
import { MappingRegistry } from './registry';

/** What a finding must match, besides its rule id. */
export interface FindingQuery {
  /** Agent email, compared without case. */
  readonly agent?: string;
  /** Trunk id. */
  readonly trunk?: string;
  /** Exact construct path of the object. */
  readonly path?: string;
  /** Skill or language name. */
  readonly skill?: string;
}

/**
 * Unsuppressed findings on `scope` and its children, plus those about the
 * whole app: a crashed rule (whose mapping is unproven everywhere) and
 * findings on the app itself, such as an unused suppression added to it.
 * Synthesis fails on those too, so no scope may look clean without them.
 */
export function findingsOf(scope: IConstruct): Finding[] {
  const root = scope.node.root;
  const result =
    root instanceof GenesysApp
      ? root.validate().result
      : validateWithoutApp(root);
  const at = scope.node.path;
  return result.findings.filter(
    (f) => !f.suppressed && (appWide(f) || covers(at, f.path)),
  );
}

/** True for a finding about the whole app rather than one construct. */
function appWide(f: Finding): boolean {
  return f.path === '' || f.ruleId === ruleCrashed.id;
}

function validateWithoutApp(root: IConstruct) {
  const registry = MappingRegistry.of(root);
  registry.finalize();
  return validateModel(buildModel(registry), {
    suppressions: registry.suppressions,
  });
}

function matches(f: Finding, ruleId: string, q: FindingQuery): boolean {
  return (
    f.ruleId === ruleId &&
    (q.agent === undefined ||
      f.agent?.email.toLowerCase() === q.agent.toLowerCase()) &&
    (q.trunk === undefined || f.trunk === q.trunk) &&
    (q.path === undefined || f.path === q.path) &&
    (q.skill === undefined || f.skill === q.skill || f.language === q.skill)
  );
}

function list(findings: Finding[]): string {
  if (findings.length === 0) return '  (none)';
  return findings
    .map((f) => `  ${f.ruleId} at ${f.path}: ${f.message}`)
    .join('\n');
}

/** The matchers, for `expect.extend`. */
export const mappingMatchers = {
  /** Passes when the construct has a finding of the rule. */
  toHaveMappingFinding(
    received: IConstruct,
    ruleId: string,
    query: FindingQuery = {},
  ) {
    const findings = findingsOf(received);
    const pass = findings.some((f) => matches(f, ruleId, query));
    const wanted = `${ruleId} ${JSON.stringify(query)}`;
    return {
      pass,
      message: () =>
        `expected ${received.node.path || 'the app'} ${
          pass ? 'not ' : ''
        }to have finding ${wanted}; findings:\n${list(findings)}`,
    };
  },

  /** Passes when the construct has no unsuppressed finding at all. */
  toHaveNoMappingFindings(received: IConstruct) {
    const findings = findingsOf(received);
    return {
      pass: findings.length === 0,
      message: () =>
        `expected ${received.node.path || 'the app'} to have no mapping ` +
        `findings; found:\n${list(findings)}`,
    };
  },
};

declare global {
  // Jest's own declaration style requires a namespace here.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The construct has a finding of `ruleId` matching `query`. */
      toHaveMappingFinding(ruleId: string, query?: FindingQuery): R;
      /** The construct has no unsuppressed mapping finding. */
      toHaveNoMappingFindings(): R;
    }
  }
}
