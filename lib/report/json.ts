import { SourceLocation } from '../model/types';
import { Rule, Severity } from '../rules/rule';
import reportSchema from '../schemas/report.schema.json';
import { Finding } from '../validation/finding';
import {
  ReportPaths,
  ReportSummary,
  pathsOf,
  reportPath,
  summarize,
  toolVersionOf,
} from './common';
import { ReportInput, TOOL_NAME } from './types';

/**
 * `$id` of lib/schemas/report.schema.json, written as `$schema` of every
 * JSON report. Like the `$id` of every shipped schema, it is the module
 * specifier that resolves to the schema in the installed package:
 * `require.resolve(REPORT_SCHEMA_ID)` finds the file. Importing the schema
 * here also makes the compiler copy it into the package.
 */
export const REPORT_SCHEMA_ID: string = reportSchema.$id;

/** A rule as the JSON report lists it. */
export interface JsonRule {
  readonly id: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly rationale: string;
  readonly fix: string;
  readonly suppressible: boolean;
}

/** A finding as the JSON report lists it. */
export interface JsonFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly fix: string;
  readonly path: string;
  readonly subject: string;
  /** `file` is relative to the report's base directory. */
  readonly source?: { file: string; line: number; column?: number };
  /** Other places the finding concerns, as `source` is given. */
  readonly related?: {
    file: string;
    line: number;
    column?: number;
    message: string;
  }[];
  readonly agent?: { name: string; email: string };
  readonly trunk?: string;
  readonly skill?: string;
  readonly language?: string;
  readonly found?: string;
  readonly expected?: string;
  readonly suppressed?: { path: string; reason: string };
}

/** The JSON report, as described by lib/schemas/report.schema.json. */
export interface JsonReport {
  readonly $schema: string;
  readonly version: 1;
  readonly tool: { name: string; version: string };
  readonly reportOnly: boolean;
  readonly summary: ReportSummary;
  readonly rules: JsonRule[];
  readonly findings: JsonFinding[];
}

/** The JSON report as an object, keys in a fixed order. */
export function toJsonReport(input: ReportInput): JsonReport {
  const paths = pathsOf(input);
  const s = summarize(input);
  return {
    $schema: REPORT_SCHEMA_ID,
    version: 1,
    tool: { name: TOOL_NAME, version: toolVersionOf(input) },
    reportOnly: input.reportOnly,
    summary: {
      errors: s.errors,
      warnings: s.warnings,
      suppressed: s.suppressed,
      agents: s.agents,
      trunks: s.trunks,
      assignments: s.assignments,
    },
    rules: input.result.rules.map(jsonRule),
    findings: input.result.findings.map((f) => jsonFinding(f, paths)),
  };
}

/** The JSON report: 2-space indent, trailing newline. */
export function renderJson(input: ReportInput): string {
  return `${JSON.stringify(toJsonReport(input), null, 2)}\n`;
}

function jsonRule(rule: Rule): JsonRule {
  return {
    id: rule.id,
    severity: rule.severity,
    summary: rule.summary,
    rationale: rule.rationale,
    fix: rule.fix,
    suppressible: rule.suppressible,
  };
}

function jsonFinding(f: Finding, paths: ReportPaths): JsonFinding {
  // Built field by field: the order is part of the format, and absent
  // optional fields must be missing rather than present as undefined.
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    fix: f.fix,
    path: f.path,
    subject: f.subject,
  };
  if (f.source) out.source = jsonPlace(f.source, paths);
  if (f.related?.length) {
    out.related = f.related.map((r) => ({
      ...jsonPlace(r.source, paths),
      message: r.message,
    }));
  }
  if (f.agent) out.agent = { name: f.agent.name, email: f.agent.email };
  for (const key of OPTIONAL_TEXT) {
    if (f[key] !== undefined) out[key] = f[key];
  }
  if (f.suppressed) {
    out.suppressed = { path: f.suppressed.path, reason: f.suppressed.reason };
  }
  return out as unknown as JsonFinding;
}

function jsonPlace(source: SourceLocation, paths: ReportPaths) {
  const { line, column } = source;
  return {
    file: reportPath(source.file, paths),
    line,
    ...(column === undefined ? {} : { column }),
  };
}

const OPTIONAL_TEXT = [
  'trunk',
  'skill',
  'language',
  'found',
  'expected',
] as const;
