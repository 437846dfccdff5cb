import * as fs from 'fs';
import * as path from 'path';
import {
  ReportFormat,
  ReportInput,
  renderReport,
  writeReports,
} from '../report';
import { writeFileAtomic } from '../util/atomic-write';
import { LogStream } from './log';

/**
 * Writes the reports: one format goes to standard output, or to the file
 * `output` names; several formats go into the directory `output`, one
 * file each. An `output` that ends in a path separator, or that is an
 * existing directory, is a directory (created if missing) for any number
 * of formats. Returns the files written.
 */
export function writeOutput(
  input: ReportInput,
  formats: readonly ReportFormat[],
  output: string | undefined,
  cwd: string,
  terminal: { stdout: LogStream; color: boolean },
): string[] {
  if (output === undefined) {
    const color = terminal.color && formats[0] === 'text';
    terminal.stdout.write(renderReport(formats[0], input, { color }));
    return [];
  }
  const target = path.resolve(cwd, output);
  if (formats.length > 1 || namesDirectory(output) || isDirectory(target)) {
    return writeReports(input, target, formats).map((file) =>
      path.relative(cwd, file),
    );
  }
  writeFileAtomic(target, renderReport(formats[0], input));
  return [path.relative(cwd, target) || output];
}

/** True for `reports/` (and `reports\\` on Windows). */
function namesDirectory(output: string): boolean {
  return output.endsWith('/') || output.endsWith(path.sep);
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
