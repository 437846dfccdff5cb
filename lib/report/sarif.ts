import { createHash } from 'crypto';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type * as sarif from 'sarif';
import { SourceLocation } from '../model/types';
import { Rule } from '../rules/rule';
import { Finding } from '../validation/finding';
import { ReportPaths, pathsOf, reportPath, toolVersionOf } from './common';
import { ruleHelpUri } from './rule-docs';
import { ReportInput, TOOL_NAME } from './types';

/** Schema URI written as `$schema` of every SARIF log. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The uriBaseId that relative artifact URIs are resolved against. */
export const SRCROOT = '%SRCROOT%';

/** Name of the partial fingerprint that tracks findings across runs. */
export const FINGERPRINT_NAME = 'mappingFinding/v1';

/**
 * The findings as a SARIF 2.1.0 log with one run, for code-scanning
 * tools. Every rule is listed, so a viewer can explain rules that found
 * nothing; suppressed findings carry external suppressions, which
 * viewers hide by default.
 */
export function toSarif(input: ReportInput): sarif.Log {
  const paths = pathsOf(input);
  const rules = input.result.rules;
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: toolVersionOf(input),
            rules: rules.map(descriptor),
          },
        },
        originalUriBaseIds: {
          [SRCROOT]: { uri: directoryUri(paths.baseDir) },
        },
        // Columns come from V8 stack frames, which count UTF-16 units.
        columnKind: 'utf16CodeUnits',
        results: input.result.findings.map((f) =>
          result(f, ruleIndex.get(f.ruleId), paths),
        ),
      },
    ],
  };
}

/** The SARIF log as JSON: 2-space indent, trailing newline. */
export function renderSarif(input: ReportInput): string {
  return `${JSON.stringify(toSarif(input), null, 2)}\n`;
}

/** `agent-without-trunk-link` becomes `AgentWithoutTrunkLink`. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

/** The stable fingerprint of a finding: its rule and its subject. */
export function fingerprint(finding: Finding): string {
  return createHash('sha256')
    .update(`${finding.ruleId}\0${finding.subject}`)
    .digest('hex');
}

function descriptor(rule: Rule): sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.rationale },
    help: { text: rule.fix },
    helpUri: ruleHelpUri(rule.id),
    defaultConfiguration: { level: rule.severity },
    properties: { suppressible: rule.suppressible },
  };
}

function result(
  f: Finding,
  index: number | undefined,
  paths: ReportPaths,
): sarif.Result {
  const out: sarif.Result = {
    ruleId: f.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: f.severity,
    message: { text: `${f.message} Fix: ${f.fix}` },
    locations: [location(f, paths)],
    partialFingerprints: { [FINGERPRINT_NAME]: fingerprint(f) },
  };
  if (f.related?.length) {
    out.relatedLocations = f.related.map((r, i) => ({
      id: i + 1,
      physicalLocation: physical(r.source, paths),
      message: { text: r.message },
    }));
  }
  if (f.suppressed) {
    out.suppressions = [
      {
        kind: 'external',
        justification: f.suppressed.reason,
        location: { logicalLocations: [logical(f.suppressed.path)] },
      },
    ];
  }
  return out;
}

function location(f: Finding, paths: ReportPaths): sarif.Location {
  const logicalLocations = [logical(f.path)];
  if (!f.source) return { logicalLocations };
  return { physicalLocation: physical(f.source, paths), logicalLocations };
}

function physical(
  source: SourceLocation,
  paths: ReportPaths,
): sarif.PhysicalLocation {
  const file = reportPath(source.file, paths);
  const artifactLocation: sarif.ArtifactLocation = path.isAbsolute(file)
    ? { uri: pathToFileURL(file).href }
    : { uri: encodeSegments(file), uriBaseId: SRCROOT };
  const region: sarif.Region = { startLine: source.line };
  if (source.column !== undefined) region.startColumn = source.column;
  return { artifactLocation, region };
}

function logical(fullyQualifiedName: string): sarif.LogicalLocation {
  return { fullyQualifiedName, kind: 'object' };
}

/** A relative URI for a relative path: each segment percent-encoded. */
function encodeSegments(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** An absolute `file:` URI of a directory, ending in a slash. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
