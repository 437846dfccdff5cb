import junit from 'junit-report-builder';
import type { TestCase, TestSuite } from 'junit-report-builder';
import { MappingModel, ModelObject } from '../model/types';
import { ObjectKind, Rule } from '../rules/rule';
import { Finding } from '../validation/finding';
import {
  ReportPaths,
  locationLabel,
  pathsOf,
  relatedLabels,
  reportPath,
} from './common';
import { ReportInput, TOOL_NAME } from './types';

/**
 * The findings as JUnit XML, for CI test views. Each rule is a test suite
 * and each object the rule checks is a test case named by its path: it
 * fails on an unsuppressed error, is skipped when only suppressed findings
 * hit it, and passes otherwise, warnings going to its system-out. Findings
 * on paths the rule does not check (meta rules, management units) become
 * test cases of their own.
 */
export function renderJunit(input: ReportInput): string {
  const paths = pathsOf(input);
  const byRulePath = groupByRuleAndPath(input.result.findings);
  const builder = junit.newBuilder().name(TOOL_NAME);

  for (const rule of input.result.rules) {
    const suite = builder
      .testSuite()
      .name(rule.id)
      .property('severity', rule.severity);
    const seen = new Set<string>();
    for (const object of checkedObjects(input.model, rule)) {
      if (seen.has(object.path)) continue;
      seen.add(object.path);
      const findings = byRulePath.get(groupKey(rule.id, object.path));
      addCase(suite, rule, object.path, findings, paths);
    }
    for (const [path, findings] of ruleGroups(byRulePath, rule.id)) {
      if (seen.has(path)) continue;
      addCase(suite, rule, path, findings, paths);
    }
  }
  return `${builder.build()}\n`;
}

function* checkedObjects(
  model: MappingModel,
  rule: Rule,
): Iterable<ModelObject> {
  // By path, so the report does not depend on declaration order.
  for (const kind of rule.scope) {
    yield* [...objectsOf(model, kind)].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
    );
  }
}

function objectsOf(
  model: MappingModel,
  kind: ObjectKind,
): readonly ModelObject[] {
  switch (kind) {
    case 'agent':
      return model.agents;
    case 'trunk':
      return model.trunks;
    case 'policy':
      return model.policies;
    case 'assignment':
      return model.assignments;
  }
}

function addCase(
  suite: TestSuite,
  rule: Rule,
  path: string,
  findings: readonly Finding[] | undefined,
  paths: ReportPaths,
): void {
  const testCase = suite.testCase().className(rule.id).name(path);
  // Most objects have no finding; keep their path cheap at large scale.
  if (!findings) return;

  const errors = findings.filter(
    (f) => !f.suppressed && f.severity === 'error',
  );
  const warnings = findings.filter(
    (f) => !f.suppressed && f.severity === 'warning',
  );
  const suppressed = findings.filter((f) => f.suppressed);

  if (errors.length > 0) fail(testCase, rule, errors, paths);
  else if (warnings.length === 0) testCase.skipped();
  const located = [...errors, ...warnings, ...suppressed].find((f) => f.source);
  locate(testCase, located, paths);

  const notes = [
    ...warnings.map((f) => details(f, paths)),
    ...suppressed.map(suppressionNote),
  ];
  if (notes.length > 0) testCase.standardOutput(cdata(notes.join('\n\n')));
}

/**
 * Sets the `file` and `line` attributes that CI test views (GitLab,
 * Jenkins and others) read to link a case to its source, from the most
 * severe finding that has one. The builder has a setter for `file`
 * only, so `line` goes into the same attribute map.
 */
function locate(
  testCase: TestCase,
  finding: Finding | undefined,
  paths: ReportPaths,
): void {
  const source = finding?.source;
  if (!source) return;
  testCase.file(reportPath(source.file, paths));
  const attributes = (testCase as unknown as { _attributes?: object })
    ._attributes as Record<string, unknown> | undefined;
  if (attributes) attributes.line = source.line;
}

function fail(
  testCase: TestCase,
  rule: Rule,
  errors: readonly Finding[],
  paths: ReportPaths,
): void {
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  testCase.failure(`${errors[0].message}${more}`, rule.id);
  const body = errors.map((f) => details(f, paths)).join('\n\n');
  testCase.stacktrace(cdata(body));
}

function details(f: Finding, paths: ReportPaths): string {
  const lines = [f.message];
  if (f.found !== undefined) lines.push(`found: ${f.found}`);
  if (f.expected !== undefined) lines.push(`needed: ${f.expected}`);
  lines.push(`fix: ${f.fix}`, `at ${f.path}`);
  const location = locationLabel(f, paths);
  if (location) lines.push(location);
  lines.push(...relatedLabels(f, paths));
  return lines.join('\n');
}

function suppressionNote(f: Finding): string {
  const by = f.suppressed;
  const where = by ? `suppressed at ${by.path}: ${by.reason}` : '';
  return `${f.message}\n${where}`;
}

/**
 * The XML library escapes only the first `]]>` of a CDATA section, so
 * break every one; the text stays readable.
 */
function cdata(text: string): string {
  return text.split(']]>').join(']] >');
}

function groupKey(ruleId: string, path: string): string {
  return `${ruleId}\0${path}`;
}

function groupByRuleAndPath(
  findings: readonly Finding[],
): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = groupKey(finding.ruleId, finding.path);
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return groups;
}

function* ruleGroups(
  groups: Map<string, Finding[]>,
  ruleId: string,
): Iterable<[string, Finding[]]> {
  const prefix = `${ruleId}\0`;
  for (const [key, findings] of groups) {
    if (key.startsWith(prefix)) yield [key.slice(prefix.length), findings];
  }
}
