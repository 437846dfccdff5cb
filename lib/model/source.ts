import * as path from 'path';
import { stackHolder } from '../util/stack-traces';
import { SourceLocation } from './types';

const LIBRARY_ROOT = path.resolve(__dirname, '..', '..');
const LIBRARY_DIRS = ['constructs', 'lib'].map(
  (dir) => path.join(LIBRARY_ROOT, dir) + path.sep,
);
const FRAME = /\(?((?:[A-Za-z]:)?[^():]+):(\d+):(\d+)\)?$/;

/**
 * Finds where the user declared a construct: the first frame of its
 * creation in user code. When a stack formatter is installed (GenesysApp's,
 * or source-map-support under ts-node), that one frame is formatted at
 * once and only its location is kept: formatting all 40 frames of every
 * agent cost more than building it, and each formatted trace held
 * kilobytes until synthesis. Without a formatter (older Node), the trace
 * is captured now and formatted by V8's default only when asked.
 */
export class DeclarationSite {
  private holder?: { stack?: string };
  private parsed = false;
  private location?: SourceLocation;

  constructor() {
    // Typed as always set; recent Node versions set a default, older
    // ones leave it undefined.
    const format: Formatter | undefined = Error.prepareStackTrace;
    if (format) {
      this.location = locate(format);
      this.parsed = true;
    } else {
      this.holder = capture(stackHolder());
    }
  }

  /** The declaring file and line, or undefined when none is in user code. */
  get(): SourceLocation | undefined {
    if (this.parsed) return this.location;
    this.parsed = true;
    this.location = firstUserFrame(this.holder?.stack ?? '');
    this.holder = undefined;
    return this.location;
  }
}

type Formatter = NonNullable<typeof Error.prepareStackTrace>;

/** Frames enough to pass the library's own constructors, usually. */
const FEW_FRAMES = 10;
/** Frames searched for user code at most. */
const MAX_FRAMES = 40;

/**
 * Locations of formatted frames, by formatter, working directory and
 * unmapped position: agents declared in a loop share one line, and
 * mapping it through source maps once is enough.
 */
const LOCATIONS = new WeakMap<Formatter, Map<string, SourceLocation | null>>();

/**
 * The first user frame of the current stack, formatted alone by the
 * installed formatter so that source maps apply. A frame whose mapped
 * file turns out not to be the user's is skipped for the next one.
 */
function locate(format: Formatter): SourceLocation | undefined {
  const few = rawFrames(FEW_FRAMES);
  const found = firstMapped(format, few);
  if (found || few.length < FEW_FRAMES) return found;
  return firstMapped(format, rawFrames(MAX_FRAMES));
}

function firstMapped(
  format: Formatter,
  frames: readonly NodeJS.CallSite[],
): SourceLocation | undefined {
  let known = LOCATIONS.get(format);
  if (!known) LOCATIONS.set(format, (known = new Map()));
  for (const frame of frames) {
    if (!inUserFile(frame)) continue;
    const key =
      `${process.cwd()}\u0000${frame.getFileName()}:` +
      `${frame.getLineNumber()}:${frame.getColumnNumber()}`;
    let found = known.get(key);
    if (found === undefined) {
      const text = format(stackHolder() as Error, [frame]);
      found = firstUserFrame(typeof text === 'string' ? text : '') ?? null;
      known.set(key, found);
    }
    if (found) return found;
  }
  return undefined;
}

/** The current stack below DeclarationSite, as V8's call sites. */
function rawFrames(limit: number): NodeJS.CallSite[] {
  const format = Error.prepareStackTrace;
  Error.prepareStackTrace = (_error, frames) => frames;
  try {
    const frames: unknown = capture(stackHolder(), limit).stack;
    return Array.isArray(frames) ? frames : [];
  } finally {
    Error.prepareStackTrace = format;
  }
}

/** Captures up to `limit` frames below the DeclarationSite constructor. */
function capture<T extends object>(
  holder: T,
  limit = MAX_FRAMES,
): T & { stack?: string } {
  const previous = Error.stackTraceLimit;
  Error.stackTraceLimit = limit;
  try {
    Error.captureStackTrace(holder, DeclarationSite);
  } finally {
    Error.stackTraceLimit = previous;
  }
  return holder;
}

const USER_FILES = new Map<string, boolean>();

/** Whether a frame runs in user code, judged by its unmapped file. */
function inUserFile(frame: NodeJS.CallSite): boolean {
  const file = frame.getFileName();
  if (!file) return false;
  let user = USER_FILES.get(file);
  if (user === undefined) USER_FILES.set(file, (user = isUserFile(file)));
  return user;
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

let relatives = { cwd: '', paths: new Map<string, string>() };

/** A path relative to the working directory, with forward slashes. */
export function relativePath(file: string): string {
  const cwd = process.cwd();
  // Every construct of a file asks; remember the answer per directory.
  if (relatives.cwd !== cwd) relatives = { cwd, paths: new Map() };
  let known = relatives.paths.get(file);
  if (known === undefined) {
    const rel = path.relative(cwd, file);
    const chosen = rel.startsWith('..') ? file : rel;
    known = chosen.split(path.sep).join('/');
    relatives.paths.set(file, known);
  }
  return known;
}
