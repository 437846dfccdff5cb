import { CsvError, Options } from 'csv-parse';
import { nearMisses } from '../rules/helpers';
import { isListField, parseListCell } from './cells';
import { RosterCollector } from './collect';
import { SchemaIssue, clip } from './schema';
import { ROSTER_FIELDS, RosterField } from './types';

const REQUIRED: readonly RosterField[] = ['email', 'name'];
const FIELDS: readonly string[] = ROSTER_FIELDS;
const HEADER = ROSTER_FIELDS.join(',');

/** A record as csv-parse gives it with the `raw` option. */
type RawRecord = { record: string[]; raw: string };

/** What a header cell names: a field, nothing, or an unknown column. */
type Column = RosterField | 'blank' | 'unknown';

/**
 * Turns CSV records into roster rows for a collector. csv-parse hands
 * every record over through `on_record`, so the synchronous and the
 * streaming parser share this code and neither keeps the records. Lines
 * are counted from each record's raw text, so quoted cells that span
 * lines and CRLF files still give the line the row starts on.
 */
export class CsvRosterReader {
  /** Line the next raw text starts on. */
  private line = 1;
  private columns?: Column[];
  /** Set when the header lacks a required column; rows are skipped. */
  private fatal = false;

  constructor(private readonly collector: RosterCollector) {}

  /** csv-parse options that feed every record to this reader. */
  options(): Options {
    return {
      bom: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (given) => {
        // With `raw`, csv-parse hands over the cells and their raw text,
        // whatever its types say.
        const { record, raw } = given as unknown as RawRecord;
        this.take(record, raw);
        // Nothing is passed on: the reader has what it needs.
        return null;
      },
    };
  }

  /** Reports a file without a header; call once parsing has ended. */
  end(): void {
    if (this.columns) return;
    this.collector.report(
      { line: 1, column: 1 },
      {
        field: '',
        message: 'The roster is empty; it has no header row.',
        fix: `Start the file with the header ${HEADER}.`,
      },
    );
  }

  /** Reports a syntax error that stopped the parser. */
  fail(error: CsvError & { raw?: string; column?: number }): void {
    const column = (error.column ?? 0) + 1;
    const field = this.columns?.[column - 1];
    this.collector.report(
      { line: this.line + leadingBreaks(error.raw ?? ''), column },
      {
        field: field && FIELDS.includes(field) ? field : '',
        message: `The CSV cannot be read: ${error.message}`,
        fix:
          'Quote cells that hold commas or quotes, double quotes inside ' +
          'quoted cells ("") and close every quote.',
      },
    );
  }

  private take(cells: string[], raw: string): void {
    const line = this.line + leadingBreaks(raw);
    this.line += countBreaks(raw);
    if (cells.every((cell) => cell.trim() === '')) return;
    if (!this.columns) this.header(cells, line);
    else if (!this.fatal) this.row(cells, line);
  }

  private header(cells: string[], line: number): void {
    const seen = new Set<string>();
    this.columns = cells.map((cell, i): Column => {
      const name = cell.trim();
      if (name === '') return 'blank';
      const at = { line, column: i + 1 };
      if (FIELDS.includes(name) && !seen.has(name)) {
        seen.add(name);
        return name as RosterField;
      }
      this.collector.report(at, unknownColumn(name, seen.has(name)));
      return 'unknown';
    });
    for (const field of REQUIRED) {
      if (seen.has(field)) continue;
      this.fatal = true;
      this.collector.report(
        { line, column: 1 },
        {
          field,
          message: `The header has no ${field} column.`,
          fix: `Add a ${field} column; the full header is ${HEADER}.`,
        },
      );
    }
  }

  private row(cells: string[], line: number): void {
    const columns = this.columns ?? [];
    const row: Record<string, unknown> = {};
    const known: SchemaIssue[] = [];
    cells.forEach((raw, i) => {
      const cell = raw.trim();
      const column = columns[i] ?? 'blank';
      if (cell === '' || column === 'unknown') return;
      if (column === 'blank') {
        this.collector.report(
          { line, column: i + 1 },
          {
            field: '',
            message: `Column ${i + 1} has a value but no header.`,
            fix: 'Remove the value, or name the column in the header.',
          },
        );
      } else if (isListField(column)) {
        const parsed = parseListCell(column, cell);
        known.push(...parsed.issues);
        if (parsed.entries) row[column] = parsed.entries;
      } else {
        row[column] = cell;
      }
    });
    const columnOf = (field: unknown) => columns.indexOf(field as Column) + 1;
    this.collector.addRow(
      row,
      {
        start: { line, column: 1 },
        at: (issue) => ({
          line,
          column: columnOf(issue.field) || columnOf(issue.path[0]) || 1,
        }),
      },
      known,
    );
  }
}

function unknownColumn(name: string, repeated: boolean) {
  if (repeated) {
    return {
      field: name,
      message: `Column "${clip(name)}" appears twice.`,
      fix: 'Keep one column of each name.',
    };
  }
  const [hint] = nearMisses(name, [...FIELDS]);
  return {
    field: name,
    message: `"${clip(name)}" is not a roster column.`,
    fix: hint
      ? `Rename it to ${hint}.`
      : `Remove it, or rename it to one of: ${FIELDS.join(', ')}.`,
  };
}

const BREAK = /\r\n|\r|\n/g;

function countBreaks(text: string): number {
  return text.match(BREAK)?.length ?? 0;
}

/** Breaks before the first other character: skipped empty lines. */
function leadingBreaks(text: string): number {
  const lead = /^[\r\n]*/.exec(text)?.[0] ?? '';
  return countBreaks(lead);
}
