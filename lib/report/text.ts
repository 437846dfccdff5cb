import pc from 'picocolors';
import { Severity } from '../rules/rule';
import { Finding } from '../validation/finding';
import {
  ReportPaths,
  ReportSummary,
  pathsOf,
  findingsByRule,
  locationLabel,
  plural,
  relatedLabels,
  summarize,
} from './common';
import { ReportInput } from './types';

/** Options of the text report. */
export interface TextOptions {
  /**
   * Colour the output with ANSI codes. Callers decide, for example from
   * `process.stderr.isTTY`; the renderer never inspects the terminal.
   */
  readonly color: boolean;
}

type Colors = ReturnType<typeof pc.createColors>;

/**
 * The report for people at a terminal: unsuppressed findings grouped by
 * rule in rule order, then the suppressed ones with their reasons, then
 * one summary line.
 */
export function renderText(input: ReportInput, options: TextOptions): string {
  const c = pc.createColors(options.color);
  const summary = summarize(input);
  const findings = input.result.findings;
  if (findings.length === 0) {
    return `${c.green('No mapping problems found')} in ${counts(summary)}.\n`;
  }

  const paths = pathsOf(input);
  const active = findingsByRule(findings.filter((f) => !f.suppressed));
  const silenced = findings.filter((f) => f.suppressed);
  const blocks: string[] = [];

  for (const rule of input.result.rules) {
    const group = active.get(rule.id);
    if (!group) continue;
    const heading =
      `${c.bold(rule.id)}  ${severity(c, rule.severity)}  ` +
      `${plural(group.length, 'finding')}`;
    const lines = [heading, `  ${c.dim(rule.summary)}`];
    for (const finding of group) {
      lines.push('', ...findingLines(c, finding, paths));
    }
    blocks.push(lines.join('\n'));
  }

  if (silenced.length > 0) {
    const lines = [c.bold('Suppressed')];
    for (const finding of silenced) {
      lines.push('', ...suppressedLines(c, finding, finding.suppressed));
    }
    blocks.push(lines.join('\n'));
  }

  blocks.push(summaryLines(c, summary, input.reportOnly).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

function findingLines(c: Colors, f: Finding, paths: ReportPaths): string[] {
  const lines = [`  ${f.message}`, `    at ${c.cyan(f.path)}`];
  const location = locationLabel(f, paths);
  if (location) lines.push(`    ${c.underline(location)}`);
  for (const related of relatedLabels(f, paths)) lines.push(`    ${related}`);
  const values = foundAndNeeded(f);
  if (values) lines.push(`    ${values}`);
  lines.push(`    ${c.green('fix:')} ${f.fix}`);
  return lines;
}

function suppressedLines(
  c: Colors,
  f: Finding,
  by: Finding['suppressed'],
): string[] {
  if (!by) return [];
  return [
    `  ${c.bold(f.ruleId)}  ${c.cyan(f.path)}`,
    `    ${c.dim(f.message)}`,
    `    suppressed at ${c.cyan(by.path)}: ${by.reason}`,
  ];
}

function foundAndNeeded(f: Finding): string | undefined {
  const parts: string[] = [];
  if (f.found !== undefined) parts.push(`found: ${f.found}`);
  if (f.expected !== undefined) parts.push(`needed: ${f.expected}`);
  return parts.length ? parts.join('  ') : undefined;
}

function summaryLines(
  c: Colors,
  s: ReportSummary,
  reportOnly: boolean,
): string[] {
  const errors = plural(s.errors, 'error');
  const warnings = plural(s.warnings, 'warning');
  const line =
    `${s.errors ? c.red(errors) : errors}, ` +
    `${s.warnings ? c.yellow(warnings) : warnings}, ` +
    `${s.suppressed} suppressed in ${counts(s)}`;
  if (!reportOnly || s.errors === 0) return [line];
  return [
    line,
    'Report-only mode: the errors were reported but did not fail synthesis.',
  ];
}

function counts(s: ReportSummary): string {
  return `${plural(s.agents, 'agent')}, ${plural(s.trunks, 'trunk')}`;
}

function severity(c: Colors, value: Severity): string {
  return value === 'error' ? c.red('error') : c.yellow('warning');
}
