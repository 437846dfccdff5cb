import * as path from 'path';
import { stackHolder } from '../util/stack-traces';
import { SourceLocation } from './types';

const LIBRARY_ROOT = path.resolve(__dirname, '..', '..');
const LIBRARY_DIRS = ['constructs', 'lib'].map(
  (dir) => path.join(LIBRARY_ROOT, dir) + path.sep,
);
const FRAME = /\(?((?:[A-Za-z]:)?[^():]+):(\d+):(\d+)\)?$/;

/**
 * Remembers the call stack of a construct's creation and finds, only when
 * asked, the first frame in user code: the file and line where the user
 * declared the construct. Capturing is cheap; parsing happens on demand.
 */
export class DeclarationSite {
  private readonly holder = stackHolder();
  private parsed = false;
  private location?: SourceLocation;

  constructor() {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 40;
    Error.captureStackTrace(this.holder, DeclarationSite);
    Error.stackTraceLimit = limit;
  }

  /** The declaring file and line, or undefined when none is in user code. */
  get(): SourceLocation | undefined {
    if (this.parsed) return this.location;
    this.parsed = true;
    this.location = firstUserFrame(this.holder.stack ?? '');
    return this.location;
  }
}

function firstUserFrame(stack: string): SourceLocation | undefined {
  for (const line of stack.split('\n').slice(1)) {
    const match = FRAME.exec(line.trim());
    if (!match) continue;
    const file = match[1].replace(/^.*?\(/, '').replace(/^at /, '');
    if (!isUserFile(file)) continue;
    return {
      file: relativePath(file),
      line: Number(match[2]),
      column: Number(match[3]),
    };
  }
  return undefined;
}

function isUserFile(file: string): boolean {
  if (file.startsWith('node:') || !path.isAbsolute(file)) return false;
  if (file.includes(`${path.sep}node_modules${path.sep}`)) return false;
  return !LIBRARY_DIRS.some((dir) => file.startsWith(dir));
}

/** A path relative to the working directory, with forward slashes. */
export function relativePath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  const chosen = rel.startsWith('..') ? file : rel;
  return chosen.split(path.sep).join('/');
}
