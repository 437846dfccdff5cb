/** Rows between two progress lines, by default. */
export const DEFAULT_PROGRESS_STEP = 5000;

/** A stream progress lines can go to. */
export type ProgressStream = NodeJS.WritableStream & { isTTY?: boolean };

/**
 * An `onProgress` callback for rosters that writes `Roster: 10,000 rows
 * read` to `stream` each time another `every` rows are read. It writes
 * only to a terminal, so logs and CI output stay clean, and small rosters
 * finish before the first line. The library writes nothing unless a
 * caller passes this reporter.
 *
 * @param stream where lines go. Default: standard error.
 * @param every rows between two lines. Default: 5,000.
 */
export function rosterProgress(
  stream: ProgressStream = process.stderr,
  every = DEFAULT_PROGRESS_STEP,
): (rowsRead: number) => void {
  let printed = 0;
  return (rowsRead: number) => {
    if (!stream.isTTY) return;
    const step = Math.floor(rowsRead / every);
    if (step <= printed) return;
    printed = step;
    stream.write(`Roster: ${rowsRead.toLocaleString('en-US')} rows read\n`);
  };
}
