import * as fs from 'fs';
import { pipeline } from 'stream/promises';
import { CsvError, parse } from 'csv-parse';
import { CsvError as SyncCsvError, parse as parseSync } from 'csv-parse/sync';
import { RosterCollector } from './collect';
import { CsvRosterReader } from './csv';
import { readJsonRoster } from './json';
import { RosterEntry } from './types';

/** Formats a roster file can have. */
export type RosterFormat = 'csv' | 'json';

/** How to read a roster file. */
export interface ReadRosterOptions {
  readonly format: RosterFormat;
  /** Name of the file in problems and sources. Default: `file`. */
  readonly displayName?: string;
  /** Called every 1,000 rows and once at the end. Default: none. */
  readonly onProgress?: (rowsRead: number) => void;
}

/**
 * Reads and validates a whole roster file at once. Returns the rows in
 * file order, or throws a RosterError listing every problem.
 */
export function readRosterSync(
  file: string,
  options: ReadRosterOptions,
): RosterEntry[] {
  const collector = collectorFor(file, options);
  const text = fs.readFileSync(file, 'utf8');
  if (options.format === 'json') {
    readJsonRoster(stripBom(text), collector);
  } else {
    const reader = new CsvRosterReader(collector);
    try {
      parseSync(text, reader.options());
      reader.end();
    } catch (error) {
      failOrThrow(reader, error);
    }
  }
  return collector.finish();
}

/**
 * Reads and validates a roster file, streaming CSV rows so that large
 * rosters never sit in memory as text. JSON rosters are read whole: the
 * syntax tree that locates each row needs the full text.
 */
export async function readRoster(
  file: string,
  options: ReadRosterOptions,
): Promise<RosterEntry[]> {
  const collector = collectorFor(file, options);
  if (options.format === 'json') {
    const text = await fs.promises.readFile(file, 'utf8');
    readJsonRoster(stripBom(text), collector);
    return collector.finish();
  }
  const reader = new CsvRosterReader(collector);
  try {
    await pipeline(
      fs.createReadStream(file),
      parse(reader.options()),
      async (records: AsyncIterable<unknown>) => {
        // The reader takes every record; draining lets the parser end.
        for await (const _ of records) void _;
      },
    );
    reader.end();
  } catch (error) {
    failOrThrow(reader, error);
  }
  return collector.finish();
}

function collectorFor(
  file: string,
  options: ReadRosterOptions,
): RosterCollector {
  return new RosterCollector(options.displayName ?? file, options.onProgress);
}

/** Syntax errors become problems; anything else (I/O) is rethrown. */
function failOrThrow(reader: CsvRosterReader, error: unknown): void {
  // Each csv-parse entry point bundles its own copy of the error class.
  if (error instanceof CsvError || error instanceof SyncCsvError) {
    reader.fail(error);
  } else {
    throw error;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
