import * as fs from 'fs';
import * as path from 'path';
import { Construct } from 'constructs';
import { relativePath } from '../lib/model/source';
import {
  ReadRosterOptions,
  RosterFormat,
  readRoster,
  readRosterSync,
} from '../lib/roster/read';
import { RosterEntry, RosterRow } from '../lib/roster/types';
import { Agent } from './agent';
import { GenesysPropsError } from './errors';
import {
  IMappingParticipant,
  MappingRegistry,
  ModelBuilderSink,
} from './registry';
import { RosterTrunks } from './roster-trunks';
import { WfmAssignment } from './wfm-assignment';

export { RosterError } from '../lib/roster/errors';
export { rosterProgress } from '../lib/roster/progress';
export type { RosterFormat } from '../lib/roster/read';
export type { RosterProblem, RosterRow } from '../lib/roster/types';

/** Properties of a {@link Roster}. */
export interface RosterProps {
  /**
   * The roster file, CSV or JSON (see docs/roster-format.md). Relative
   * paths start at the working directory.
   */
  readonly file: string;
  /** The file's format. Default: from its extension, `.csv` or `.json`. */
  readonly format?: RosterFormat;
  /**
   * Called with the number of rows read so far, every 1,000 rows and once
   * at the end; `rosterProgress()` makes one that prints on a terminal.
   * Default: none.
   */
  readonly onProgress?: (rowsRead: number) => void;
}

/**
 * Agents declared in a roster file: one Agent per row and, when the row
 * has a `schedule_id`, one WfmAssignment. Skills and languages are named
 * by exact id or name and resolve at synth like any string reference.
 * Trunks are named by exact trunk id, which also resolves at synth, or by
 * the exact name of a ByocTrunk declared before the roster. Findings about
 * a row point at the file and line of the row.
 *
 * Every row is validated before anything is created: a roster with any
 * problem throws a RosterError listing all of them and adds nothing.
 * Child ids come from the email (`agent-<email>`, `assignment-<email>`),
 * so reordering rows changes no Terraform address.
 */
export class Roster extends Construct implements IMappingParticipant {
  /**
   * Reads the roster, streaming CSV rows, then creates its agents. Use it
   * for large rosters.
   */
  static async load(
    scope: Construct,
    id: string,
    props: RosterProps,
  ): Promise<Roster> {
    const options = readOptions(scope, id, props);
    const entries = await readRoster(path.resolve(props.file), options);
    return new Roster(scope, id, options.displayName, entries);
  }

  /** Reads the whole roster at once, then creates its agents. */
  static fromFileSync(
    scope: Construct,
    id: string,
    props: RosterProps,
  ): Roster {
    const options = readOptions(scope, id, props);
    const entries = readRosterSync(path.resolve(props.file), options);
    return new Roster(scope, id, options.displayName, entries);
  }

  /** The roster file, relative to the working directory when possible. */
  readonly file: string;
  /** The agents, in row order. */
  readonly agents: readonly Agent[];
  /** The WFM assignments, in row order. */
  readonly assignments: readonly WfmAssignment[];
  /** Checks trunk names before agents resolve their links. */
  readonly finalizePhase = -1;
  private readonly byEmail = new Map<string, Agent>();
  private readonly trunks: RosterTrunks;

  private constructor(
    scope: Construct,
    id: string,
    file: string,
    entries: readonly RosterEntry[],
  ) {
    super(scope, id);
    this.file = file;
    const registry = MappingRegistry.of(this);
    this.trunks = new RosterTrunks(registry);
    // An empty trunk cell means no trunk link.
    const trunk = (value: string | undefined, field: string, at: Source) =>
      value?.trim() ? this.trunks.resolve(value, field, at) : undefined;
    const agents: Agent[] = [];
    const assignments: WfmAssignment[] = [];
    for (const { row, source } of entries) {
      const key = rosterKey(row.email);
      const agent = new Agent(this, `agent-${key}`, {
        ...agentProps(row, source),
        trunk: trunk(row.trunk, 'trunk', source),
      });
      agents.push(agent);
      this.byEmail.set(row.email.trim().toLowerCase(), agent);
      if (row.schedule_id === undefined) continue;
      assignments.push(
        new WfmAssignment(this, `assignment-${key}`, {
          agent,
          businessUnitId: row.business_unit_id as string,
          managementUnitId: row.management_unit_id as string,
          scheduleId: row.schedule_id,
          weekId: row.week_id,
          skills: row.assigned_skills?.map((s) => ({ ...s })),
          trunk:
            trunk(row.trunk_association, 'trunk_association', source) ??
            row.trunk_association,
          source,
        }),
      );
    }
    this.agents = agents;
    this.assignments = assignments;
    if (this.trunks.hasUnmatched) registry.register(this);
  }

  /** Adds nothing: the roster's agents and assignments add themselves. */
  contributeToModel(_builder: ModelBuilderSink): void {}

  /** Fails when a trunk cell names a trunk declared after the roster. */
  finalizeMapping(): void {
    this.trunks.check(this.node.path);
  }

  /** The agent with this email (any case), if the roster has one. */
  agent(email: string): Agent | undefined {
    return this.byEmail.get(email.trim().toLowerCase());
  }
}

/**
 * The part of a child id that an email gives: lower case, `@` as `_at_`,
 * and `%` and `/` percent-encoded, so distinct emails never share an id.
 */
export function rosterKey(email: string): string {
  return email
    .trim()
    .toLowerCase()
    .replace(/[%/]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)
    .replace('@', '_at_');
}

function agentProps(row: RosterRow, source: RosterEntry['source']) {
  return {
    name: row.name,
    email: row.email,
    state: row.state,
    divisionId: row.division_id,
    department: row.department,
    title: row.title,
    skills: row.skills?.map((s) => ({ ...s })),
    languages: row.languages?.map((l) => ({ ...l })),
    source,
  };
}

function readOptions(
  scope: Construct,
  id: string,
  props: RosterProps,
): ReadRosterOptions & { displayName: string } {
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
  return {
    format,
    displayName: relativePath(path.resolve(props.file)),
    onProgress: props.onProgress,
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

type Source = RosterEntry['source'];

const FORMATS: Record<string, RosterFormat | undefined> = {
  '.csv': 'csv',
  '.json': 'json',
};
