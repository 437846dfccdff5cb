import * as path from 'path';
import { Construct } from 'constructs';
import { PROGRESS_INTERVAL } from '../lib/roster/collect';
import { ProgressStream, RosterProgress } from '../lib/roster/progress';
import { RosterFormat, readRoster, readRosterSync } from '../lib/roster/read';
import { RosterEntry, RosterRow } from '../lib/roster/types';
import { Agent } from './agent';
import {
  IMappingParticipant,
  MappingRegistry,
  ModelBuilderSink,
} from './registry';
import { readOptions } from './roster-file';
import { RosterTrunks } from './roster-trunks';
import { WfmAssignment } from './wfm-assignment';

export { RosterError } from '../lib/roster/errors';
export { rosterProgress } from '../lib/roster/progress';
export type { ProgressStream } from '../lib/roster/progress';
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
   * at the end. Default: none.
   */
  readonly onProgress?: (rowsRead: number) => void;
  /**
   * Progress lines while a large roster (over 5,000 rows) is read and its
   * agents are created, such as `Roster agents.csv: 10,000 rows read`.
   * They appear only when the stream is a terminal and the `CI`
   * environment variable is unset. `false` turns them off; a stream
   * takes them instead of standard error. Default: true (standard error).
   */
  readonly progress?: boolean | ProgressStream;
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
    return new Roster(scope, id, options, entries);
  }

  /** Reads the whole roster at once, then creates its agents. */
  static fromFileSync(
    scope: Construct,
    id: string,
    props: RosterProps,
  ): Roster {
    const options = readOptions(scope, id, props);
    const entries = readRosterSync(path.resolve(props.file), options);
    return new Roster(scope, id, options, entries);
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
    read: { displayName: string; progress?: RosterProgress },
    entries: readonly RosterEntry[],
  ) {
    super(scope, id);
    this.file = read.displayName;
    const progress = read.progress;
    const registry = MappingRegistry.of(this);
    this.trunks = new RosterTrunks(registry);
    // An empty trunk cell means no trunk link.
    const trunk = (value: string | undefined, field: string, at: Source) =>
      value?.trim() ? this.trunks.resolve(value, field, at) : undefined;
    const agents: Agent[] = [];
    const assignments: WfmAssignment[] = [];
    for (const { row, source } of entries) {
      if (progress && agents.length % PROGRESS_INTERVAL === 0) {
        progress.built(agents.length, entries.length);
      }
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
    progress?.built(agents.length, entries.length);
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

type Source = RosterEntry['source'];
