import * as fs from 'fs';
import * as path from 'path';
import { Construct } from 'constructs';
import { relativePath } from '../lib/model/source';
import { RosterProgress, terminalProgress } from '../lib/roster/progress';
import { ReadRosterOptions, RosterFormat } from '../lib/roster/read';
import { GenesysPropsError } from './errors';
import type { RosterProps } from './roster';

/**
 * How to read a roster file: its format, its name in problems and the
 * progress to show. Throws a GenesysPropsError naming the construct when
 * the file or the format will not do.
 */
export function readOptions(
  scope: Construct,
  id: string,
  props: RosterProps,
): ReadRosterOptions & { displayName: string; progress?: RosterProgress } {
  const extension = path.extname(props?.file ?? '').toLowerCase();
  const format = props?.format ?? FORMATS[extension];
  if (typeof props?.file !== 'string' || props.file.trim() === '') {
    throw new GenesysPropsError(
      `${scope.node.path}/${id}`,
      'file',
      props?.file,
      'the path of a .csv or .json roster',
    );
  }
  checkFile(`${scope.node.path}/${id}`, props.file);
  if (format !== 'csv' && format !== 'json') {
    throw new GenesysPropsError(
      `${scope.node.path}/${id}`,
      'format',
      props.format ?? extension,
      '"csv" or "json" (or a file ending in .csv or .json)',
    );
  }
  const displayName = relativePath(path.resolve(props.file));
  const progress =
    props.progress === false
      ? undefined
      : terminalProgress(
          `Roster ${displayName}`,
          props.progress === true ? undefined : props.progress,
        );
  const onProgress = props.onProgress;
  return {
    format,
    displayName,
    progress,
    onProgress:
      onProgress && progress
        ? (rows) => {
            onProgress(rows);
            progress.read(rows);
          }
        : (onProgress ?? progress?.read),
  };
}

/**
 * Throws a GenesysPropsError naming the construct and the file when the
 * roster file is missing, a directory or unreadable, before its
 * extension is judged: a directory has none.
 */
function checkFile(constructPath: string, file: string): void {
  const absolute = path.resolve(file);
  let problem: string | undefined;
  try {
    if (fs.statSync(absolute).isDirectory()) {
      problem =
        `a roster file, not a directory: ${absolute} is one; name the ` +
        '.csv or .json file inside it';
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problem =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `the path of an existing .csv or .json roster; nothing is at ` +
          `${absolute} (relative paths start at the working directory, ` +
          `${process.cwd()}): correct the path or create the file`
        : `a readable roster file; ${absolute} cannot be read (${code}): ` +
          'check its permissions';
  }
  if (problem) {
    throw new GenesysPropsError(constructPath, 'file', file, problem);
  }
}

const FORMATS: Record<string, RosterFormat | undefined> = {
  '.csv': 'csv',
  '.json': 'json',
};
