import * as path from 'path';
import { Finding } from '../validation/finding';
import { packageInfo } from '../util/package';
import { ReportInput } from './types';

/** Counts every report shows in its summary. */
export interface ReportSummary {
  /** Unsuppressed errors. */
  readonly errors: number;
  /** Unsuppressed warnings. */
  readonly warnings: number;
  /** Findings a suppression silenced, of either severity. */
  readonly suppressed: number;
  readonly agents: number;
  readonly trunks: number;
  readonly assignments: number;
}

/** The summary counts of a report. */
export function summarize(input: ReportInput): ReportSummary {
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  for (const finding of input.result.findings) {
    if (finding.suppressed) suppressed++;
    else if (finding.severity === 'error') errors++;
    else warnings++;
  }
  const { agents, trunks, assignments } = input.model;
  return {
    errors,
    warnings,
    suppressed,
    agents: agents.length,
    trunks: trunks.length,
    assignments: assignments.length,
  };
}

/** The absolute directory report paths are relative to. */
export function baseDirOf(input: ReportInput): string {
  return path.resolve(input.baseDir ?? process.cwd());
}

/**
 * A source file as reports show it: relative to `baseDir` with forward
 * slashes. Model paths are relative to the working directory, so they are
 * resolved against it first. A file outside `baseDir` keeps its absolute
 * path, because a chain of `..` hides where it really is.
 */
export function reportPath(file: string, baseDir: string): string {
  const absolute = path.resolve(file);
  const relative = path.relative(baseDir, absolute);
  const outside = relative.startsWith('..') || path.isAbsolute(relative);
  return (outside ? absolute : relative).split(path.sep).join('/');
}

/** `file:line[:column]` of a finding, or undefined without a source. */
export function locationLabel(
  finding: Finding,
  baseDir: string,
): string | undefined {
  const source = finding.source;
  if (!source) return undefined;
  const column = source.column === undefined ? '' : `:${source.column}`;
  return `${reportPath(source.file, baseDir)}:${source.line}${column}`;
}

/** The tool version reports carry. */
export function toolVersionOf(input: ReportInput): string {
  return input.toolVersion ?? packageInfo().version;
}

/** Findings grouped by rule id, each group in report order. */
export function findingsByRule(
  findings: readonly Finding[],
): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId);
    if (group) group.push(finding);
    else groups.set(finding.ruleId, [finding]);
  }
  return groups;
}

/** `1 agent`, `2 agents`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
