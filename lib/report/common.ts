import * as path from 'path';
import { SourceLocation } from '../model/types';
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

/** The directories report paths depend on, both absolute. */
export interface ReportPaths {
  /** Report paths are relative to it. */
  readonly baseDir: string;
  /** Relative file paths of the model start at it. */
  readonly cwd: string;
}

/** The directories of a report input. */
export function pathsOf(input: ReportInput): ReportPaths {
  return {
    baseDir: path.resolve(input.baseDir ?? process.cwd()),
    cwd: path.resolve(input.cwd ?? process.cwd()),
  };
}

/**
 * A source file as reports show it: relative to the base directory with
 * forward slashes. A relative model path is resolved against the model's
 * working directory first. A file outside the base directory keeps its
 * absolute path, because a chain of `..` hides where it really is.
 */
export function reportPath(file: string, paths: ReportPaths): string {
  const absolute = path.resolve(paths.cwd, file);
  const relative = path.relative(paths.baseDir, absolute);
  const outside = relative.startsWith('..') || path.isAbsolute(relative);
  return (outside ? absolute : relative).split(path.sep).join('/');
}

/** `file:line[:column]` of a finding, or undefined without a source. */
export function locationLabel(
  finding: Finding,
  paths: ReportPaths,
): string | undefined {
  return finding.source && placeLabel(finding.source, paths);
}

/** `file:line[:column]` of a source location. */
export function placeLabel(source: SourceLocation, paths: ReportPaths) {
  const column = source.column === undefined ? '' : `:${source.column}`;
  return `${reportPath(source.file, paths)}:${source.line}${column}`;
}

/** `trunk link declared here: policy.yaml:5:5` for each related place. */
export function relatedLabels(finding: Finding, paths: ReportPaths) {
  return (finding.related ?? []).map(
    (r) => `${r.message}: ${placeLabel(r.source, paths)}`,
  );
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
