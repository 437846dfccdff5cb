/**
 * The one place roster progress is written. A roster shows progress only
 * when it is large and standard error is a terminal outside CI, so logs
 * and pipelines stay clean; nothing else in the library writes to the
 * console.
 */

/** Rows (or agents) between two progress lines, by default. */
export const DEFAULT_PROGRESS_STEP = 5000;

/** Rosters with more rows than this are large, and show progress. */
export const LARGE_ROSTER_ROWS = 5000;

/** A stream progress lines can go to; process.stderr fits. */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** What loading a roster tells as it goes. */
export interface RosterProgress {
  /** Rows read so far; called every 1,000 rows and once at the end. */
  read(rows: number): void;
  /** Agents created so far, of `total`. */
  built(agents: number, total: number): void;
}

/**
 * The progress a roster shows by default: lines such as `Roster
 * agents.csv: 10,000 rows read` every `every` rows past the first 5,000,
 * and, for a roster of more than 5,000 rows, `Roster agents.csv: 10,000
 * of 50,000 agents created`. Undefined unless `stream` is a terminal and
 * the CI variable is unset.
 *
 * @param label starts each line, for example `Roster agents.csv`.
 * @param stream where lines go. Default: standard error.
 * @param env environment that tells CI apart. Default: process.env.
 */
export function terminalProgress(
  label: string,
  stream: ProgressStream = process.stderr,
  env: Readonly<Record<string, string | undefined>> = process.env,
  every = DEFAULT_PROGRESS_STEP,
): RosterProgress | undefined {
  if (!stream.isTTY || inCi(env)) return undefined;
  return lineProgress(label, stream, every);
}

/**
 * An `onProgress` callback for rosters that writes `Roster: 10,000 rows
 * read` to `stream` each time another `every` rows are read. It writes
 * only to a terminal, and small rosters finish before the first line.
 *
 * @param stream where lines go. Default: standard error.
 * @param every rows between two lines. Default: 5,000.
 */
export function rosterProgress(
  stream: ProgressStream = process.stderr,
  every = DEFAULT_PROGRESS_STEP,
): (rowsRead: number) => void {
  const lines = lineProgress('Roster', stream, every, 0);
  return (rowsRead: number) => {
    if (stream.isTTY) lines.read(rowsRead);
  };
}

/** True when the CI variable is set to anything but `false` or `0`. */
export function inCi(env: Readonly<Record<string, string | undefined>>) {
  const value = env.CI?.trim().toLowerCase();
  return !!value && value !== 'false' && value !== '0';
}

function lineProgress(
  label: string,
  stream: ProgressStream,
  every: number,
  quietUpTo = LARGE_ROSTER_ROWS,
): RosterProgress {
  // Steps up to `quietUpTo` pass silently: a small roster prints nothing.
  let readStep = Math.floor(quietUpTo / every);
  let builtStep = 0;
  const line = (text: string) => stream.write(`${label}: ${text}\n`);
  return {
    read(rows) {
      const step = Math.floor(rows / every);
      if (step <= readStep) return;
      readStep = step;
      line(`${count(rows)} rows read`);
    },
    built(agents, total) {
      if (total <= quietUpTo) return;
      // The last line, at `total`, is written once whatever the step.
      const step = agents >= total ? Infinity : Math.floor(agents / every);
      if (step <= builtStep) return;
      builtStep = step;
      line(`${count(agents)} of ${count(total)} agents created`);
    },
  };
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
