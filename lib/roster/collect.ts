import { RosterError } from './errors';
import { SchemaIssue, checkRow, show } from './schema';
import {
  Position,
  RosterEntry,
  RosterProblem,
  RosterRow,
  RowProblem,
} from './types';

/** Rows between two progress calls. */
export const PROGRESS_INTERVAL = 1000;

/** Where a row and its values are in the roster file. */
export interface RowPlace {
  /** Start of the row; findings about the agent point here. */
  readonly start: Position;
  /** Where the value (or unknown key) an issue is about is. */
  at(issue: SchemaIssue): Position;
}

/**
 * Gathers the rows of one roster file, whatever its format: validates
 * each row against the row schema, checks that emails are unique, and
 * keeps every problem so that all of them are reported together.
 */
export class RosterCollector {
  private readonly problems: RosterProblem[] = [];
  private readonly entries: RosterEntry[] = [];
  /** First line of each email, compared as Genesys compares them. */
  private readonly emails = new Map<string, number>();
  private rowsRead = 0;

  constructor(
    /** The roster file as problems and sources name it. */
    readonly file: string,
    private readonly onProgress?: (rowsRead: number) => void,
  ) {}

  /** Records a problem of the file rather than of a row value. */
  report(position: Position, problem: RowProblem): void {
    const { field, message, fix } = problem;
    const { line, column } = position;
    this.problems.push({ file: this.file, line, column, field, message, fix });
  }

  /**
   * Validates one row object. `known` holds what converting the row
   * already found wrong; the converter leaves those fields out.
   */
  addRow(
    row: Record<string, unknown>,
    place: RowPlace,
    known: readonly SchemaIssue[] = [],
  ): void {
    this.rowsRead++;
    if (this.onProgress && this.rowsRead % PROGRESS_INTERVAL === 0) {
      this.onProgress(this.rowsRead);
    }
    const issues = [...known, ...checkRow(row)];
    for (const issue of issues) this.report(place.at(issue), issue);
    const duplicate = this.checkEmail(row, place, issues);
    if (issues.length || duplicate) return;
    const { line, column } = place.start;
    this.entries.push({
      row: row as unknown as RosterRow,
      source: { file: this.file, line, column },
    });
  }

  /**
   * The valid rows in file order. Throws a RosterError listing every
   * problem when there is any, so a bad roster creates nothing.
   */
  finish(): RosterEntry[] {
    if (this.onProgress && this.rowsRead % PROGRESS_INTERVAL !== 0) {
      this.onProgress(this.rowsRead);
    }
    if (this.problems.length) {
      const sorted = [...this.problems].sort(
        (a, b) => a.line - b.line || a.column - b.column,
      );
      throw new RosterError(this.file, sorted);
    }
    return this.entries;
  }

  /** Reports a repeated email; true when it is one. */
  private checkEmail(
    row: Record<string, unknown>,
    place: RowPlace,
    issues: readonly SchemaIssue[],
  ): boolean {
    const email = row.email;
    if (typeof email !== 'string' || issues.some((i) => i.field === 'email')) {
      return false;
    }
    const key = email.trim().toLowerCase();
    const first = this.emails.get(key);
    if (first === undefined) {
      this.emails.set(key, place.start.line);
      return false;
    }
    const issue: SchemaIssue = {
      field: 'email',
      path: ['email'],
      message: `email ${show(email)} is already used on line ${first}.`,
      fix:
        `Keep one row per agent: merge this row into line ${first} or ` +
        'correct the email.',
    };
    this.report(place.at(issue), issue);
    return true;
  }
}
