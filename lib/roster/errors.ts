import { clip } from './schema';
import { GenesysError } from '../util/library-error';
import { RosterProblem } from './types';

/** Problems listed in a RosterError message before "and N more". */
export const MAX_LISTED_PROBLEMS = 50;

/**
 * A roster has problems, so none of its agents were created. Carries every
 * problem found, in file order; the message lists the first 50.
 */
export class RosterError extends GenesysError {
  /** Every problem, each with file, line, column, field and fix. */
  readonly problems: readonly RosterProblem[];

  constructor(file: string, problems: readonly RosterProblem[]) {
    super(describe(file, problems));
    this.name = 'RosterError';
    this.problems = problems;
  }
}

function describe(file: string, problems: readonly RosterProblem[]): string {
  const count = problems.length;
  const head =
    `Roster ${file} has ${count} problem${count === 1 ? '' : 's'}; ` +
    'no agent was created:';
  const lines = problems.slice(0, MAX_LISTED_PROBLEMS).map(line);
  if (count > MAX_LISTED_PROBLEMS) {
    lines.push(`  and ${count - MAX_LISTED_PROBLEMS} more`);
  }
  return [head, ...lines].join('\n');
}

function line(p: RosterProblem): string {
  const field = p.field ? ` ${clip(p.field)}:` : '';
  return `  ${p.file}:${p.line}:${p.column}${field} ${p.message} Fix: ${p.fix}`;
}
