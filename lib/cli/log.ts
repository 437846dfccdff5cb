import pc from 'picocolors';

/** How much the command line tells on standard error. */
export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';

/** Environment variable that sets the level when no flag does. */
export const LOG_LEVEL_VARIABLE = 'GENESYSCLOUD_BYOC_LOG_LEVEL';

const LEVELS: readonly LogLevel[] = [
  'silent',
  'error',
  'warn',
  'info',
  'debug',
];

/** A stream the logger writes to; process.stderr fits. */
export interface LogStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** The one logger of the command line. */
export interface Logger {
  readonly level: LogLevel;
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

/**
 * The level from the flags, else from GENESYSCLOUD_BYOC_LOG_LEVEL, else
 * `info`. An unknown variable value is reported and ignored.
 */
export function logLevel(
  flags: { quiet?: boolean; verbose?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): { level: LogLevel; problem?: string } {
  if (flags.verbose) return { level: 'debug' };
  if (flags.quiet) return { level: 'error' };
  const value = env[LOG_LEVEL_VARIABLE]?.trim().toLowerCase();
  if (!value) return { level: 'info' };
  if ((LEVELS as readonly string[]).includes(value)) {
    return { level: value as LogLevel };
  }
  return {
    level: 'info',
    problem:
      `${LOG_LEVEL_VARIABLE}="${value}" is not a level; use one of ` +
      `${LEVELS.join(', ')}.`,
  };
}

/** A logger writing lines at or above `level` to `stream`. */
export function createLogger(
  stream: LogStream,
  level: LogLevel,
  color: boolean,
): Logger {
  const c = pc.createColors(color);
  const rank = LEVELS.indexOf(level);
  const line = (at: LogLevel, prefix: string) => (message: string) => {
    if (LEVELS.indexOf(at) > rank) return;
    stream.write(`${prefix}${message}\n`);
  };
  return {
    level,
    error: line('error', `${c.red('error')}: `),
    warn: line('warn', `${c.yellow('warning')}: `),
    info: line('info', ''),
    debug: line('debug', `${c.dim('debug')}: `),
  };
}
