import * as fs from 'fs';
import * as path from 'path';
import { writeFileAtomic } from '../util/atomic-write';
import { renderJson } from './json';
import { renderJunit } from './junit';
import { renderSarif } from './sarif';
import { renderText } from './text';
import {
  REPORT_FILES,
  REPORT_FORMATS,
  ReportFormat,
  ReportInput,
} from './types';

/** Options of {@link renderReport}. */
export interface RenderOptions {
  /**
   * Colour the text report with ANSI codes; other formats ignore it.
   * @default false
   */
  readonly color?: boolean;
}

/** One report in the given format. */
export function renderReport(
  format: ReportFormat,
  input: ReportInput,
  options: RenderOptions = {},
): string {
  switch (format) {
    case 'text':
      return renderText(input, { color: options.color ?? false });
    case 'json':
      return renderJson(input);
    case 'sarif':
      return renderSarif(input);
    case 'junit':
      return renderJunit(input);
  }
}

/**
 * Writes one file per format into `dir` (created if missing), named as in
 * {@link REPORT_FILES}, and returns the written paths sorted. Each file is
 * written to a temporary name in the same directory and then renamed, so
 * a reader never sees half a report.
 */
export function writeReports(
  input: ReportInput,
  dir: string,
  formats: readonly ReportFormat[],
): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const written = new Set<string>();
  for (const format of formats) {
    const target = path.join(dir, REPORT_FILES[format]);
    if (written.has(target)) continue;
    writeFileAtomic(target, renderReport(format, input));
    written.add(target);
  }
  return [...written].sort();
}

/**
 * Report formats from a setting: a comma- or space-separated string such
 * as `text,json`, an array of names, or `all`. Undefined means none.
 * `origin` names where the value came from, for the error message.
 */
export function parseFormats(
  value: string | string[] | undefined,
  origin: string,
): ReportFormat[] {
  if (value === undefined) return [];
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const chosen = new Set<ReportFormat>();
  for (const item of items) {
    if (typeof item !== 'string')
      throw new ReportFormatError(String(item), origin);
    for (const name of item.split(/[\s,]+/).filter(Boolean)) {
      const lower = name.toLowerCase();
      if (lower === 'all') REPORT_FORMATS.forEach((f) => chosen.add(f));
      else if (isFormat(lower)) chosen.add(lower);
      else throw new ReportFormatError(name, origin);
    }
  }
  return REPORT_FORMATS.filter((format) => chosen.has(format));
}

const ALLOWED: readonly string[] = [...REPORT_FORMATS, 'all'];

function isFormat(name: string): name is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(name);
}

/**
 * A report format setting names a format that does not exist. The
 * message names where the setting came from, the bad name and the
 * allowed names.
 */
export class ReportFormatError extends Error {
  /** Names allowed in a format setting. */
  readonly allowed: readonly string[] = ALLOWED;

  constructor(
    /** The name that is not a format. */
    readonly value: string,
    /** Where the setting came from, such as an environment variable. */
    readonly origin: string,
  ) {
    super(
      `Unknown report format "${value}" in ${origin}; allowed values: ` +
        `${ALLOWED.join(', ')} (comma-separated). ` +
        `Fix: correct or remove "${value}" in ${origin}.`,
    );
    this.name = 'ReportFormatError';
  }
}
