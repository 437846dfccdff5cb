/**
 * Shapes of a roster: the row object every format converts to (the one
 * lib/schemas/roster-row.schema.json describes), a validated row with the
 * place it came from, and a problem found in a row.
 */
import { SourceLocation } from '../model/types';

/** A skill of a roster row, by exact id or name. */
export interface RosterSkill {
  readonly skill: string;
  /** Proficiency from 0 to 5; decimals allowed. */
  readonly proficiency: number;
}

/** A language of a roster row, by exact id or name. */
export interface RosterLanguage {
  readonly language: string;
  /** Proficiency, a whole number from 0 to 5. */
  readonly proficiency: number;
}

/** A skill the row's WFM assignment schedules, at a level. */
export interface RosterAssignedSkill {
  readonly skill: string;
  /** Level from 0 to 5; at most the agent's proficiency. */
  readonly level: number;
}

/** One roster row that passed the row schema. */
export interface RosterRow {
  readonly email: string;
  readonly name: string;
  /** Default: `active`. */
  readonly state?: 'active' | 'inactive';
  readonly division_id?: string;
  readonly department?: string;
  readonly title?: string;
  readonly skills?: readonly RosterSkill[];
  readonly languages?: readonly RosterLanguage[];
  /**
   * Exact trunk id, else exact name of a trunk declared before the
   * roster; empty means no trunk link.
   */
  readonly trunk?: string;
  /** Without it the row has no WFM assignment. */
  readonly schedule_id?: string;
  readonly business_unit_id?: string;
  readonly management_unit_id?: string;
  readonly week_id?: string;
  readonly assigned_skills?: readonly RosterAssignedSkill[];
  /** Exact trunk id, else exact name of a trunk declared before it. */
  readonly trunk_association?: string;
}

/** Every field a roster row may have, in the CSV header's order. */
export const ROSTER_FIELDS = [
  'email',
  'name',
  'state',
  'division_id',
  'department',
  'title',
  'skills',
  'languages',
  'trunk',
  'schedule_id',
  'business_unit_id',
  'management_unit_id',
  'week_id',
  'assigned_skills',
  'trunk_association',
] as const;

/** Name of a roster row field. */
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** A validated row and the place it was read from. */
export interface RosterEntry {
  readonly row: RosterRow;
  /** File, line and column of the row; findings point here. */
  readonly source: SourceLocation;
}

/** What is wrong with a row and how to fix it, before it has a place. */
export interface RowProblem {
  /** Row field (CSV column name) at fault; empty for the whole file. */
  readonly field: string;
  readonly message: string;
  readonly fix: string;
}

/** A problem with its place in the roster file. */
export interface RosterProblem extends RowProblem {
  /** Roster file, relative to the working directory when possible. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column: the CSV column number, or the JSON character. */
  readonly column: number;
}

/** A 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}
