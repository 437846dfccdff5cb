import { CommanderError } from 'commander';
import * as fs from 'fs';
import * as path from 'path';
import { LoadedFacts, readFactsFile } from '../facts/read';
import {
  ReportFormat,
  ReportFormatError,
  ReportInput,
  parseFormats,
  summarize,
} from '../report';
import { modelFromTerraformFiles } from '../terraform/model-from-json';
import { InputError, errorMessage } from '../util/input-error';
import { isBlocking, validateModel } from '../validation/engine';
import { readPayloadFile } from '../wfm/read-payload';
import { LogStream, Logger, createLogger, logLevel } from './log';
import { writeOutput } from './output';
import {
  CliOptions,
  EXIT_FINDINGS,
  EXIT_INVALID,
  EXIT_OK,
  buildProgram,
} from './program';

/** Streams and surroundings of one run; process.* by default. */
export interface CliIo {
  readonly stdout: LogStream;
  readonly stderr: LogStream;
  /** Directory relative paths are resolved against. */
  readonly cwd?: string;
  /** Environment; default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A usage mistake: reported without a place, exit code 2. */
class UsageError extends Error {}

/**
 * Runs the command line with `argv` (the arguments only, without node and
 * the script) and returns the exit code. Never throws and never prints a
 * stack trace, except at the debug log level.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = buildProgram({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
  });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_INVALID;
    }
    throw error;
  }
  const options = program.opts<CliOptions>();
  const env = io.env ?? process.env;
  const color = options.color && !env.NO_COLOR;
  const level = logLevel(options, env);
  const log = createLogger(io.stderr, level.level, color && !!io.stderr.isTTY);
  if (level.problem) log.warn(level.problem);
  try {
    return check(program.args, options, io, log, color);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      log.error(error.message);
    } else {
      log.error(`unexpected failure: ${errorMessage(error)}`);
      if (error instanceof Error && error.stack) log.debug(error.stack);
    }
    return EXIT_INVALID;
  }
}

function check(
  inputs: string[],
  options: CliOptions,
  io: CliIo,
  log: Logger,
  color: boolean,
): number {
  const cwd = io.cwd ?? process.cwd();
  const formats = chooseFormats(options);
  const started = Date.now();
  const policy = readPolicy(options.policy, cwd);
  const payloads = (options.assignments ?? []).map((file) =>
    readPayloadFile(path.resolve(cwd, file), file),
  );
  const loaded = modelFromTerraformFiles(inputs, {
    cwd,
    policy,
    payloads,
    region: options.region,
    env: io.env ?? process.env,
  });
  for (const note of loaded.notes) log.warn(note);
  const result = validateModel(loaded.model, {
    suppressions: loaded.suppressions,
  });
  const input: ReportInput = {
    result,
    model: loaded.model,
    reportOnly: !!options.reportOnly,
    baseDir: cwd,
    cwd,
  };
  log.debug(`checked in ${Date.now() - started} ms`);

  const written = writeOutput(input, formats, options.output, cwd, {
    stdout: io.stdout,
    color: color && !!io.stdout.isTTY,
  });
  if (written.length > 0) {
    for (const file of written) log.info(`wrote ${file}`);
    const s = summarize(input);
    log.info(
      `${s.errors} error(s), ${s.warnings} warning(s), ${s.suppressed} ` +
        `suppressed in ${s.agents} agent(s), ${s.trunks} trunk(s)`,
    );
  }
  const failed = result.findings.some(isBlocking);
  return failed && !options.reportOnly ? EXIT_FINDINGS : EXIT_OK;
}

function chooseFormats(options: CliOptions): ReportFormat[] {
  let formats: ReportFormat[];
  try {
    formats = parseFormats(options.format ?? ['text'], '--format');
  } catch (error) {
    if (error instanceof ReportFormatError) {
      throw new UsageError(error.message);
    }
    throw error;
  }
  if (formats.length > 1 && options.output === undefined) {
    throw new UsageError(
      `${formats.length} formats need --output <directory>; standard ` +
        'output takes one.',
    );
  }
  return formats;
}

function readPolicy(
  file: string | undefined,
  cwd: string,
): LoadedFacts | undefined {
  if (file === undefined) return undefined;
  const absolute = path.resolve(cwd, file);
  if (fs.existsSync(absolute) && fs.statSync(absolute).isDirectory()) {
    throw new InputError({ file }, 'is a directory, not a facts file');
  }
  return readFactsFile(absolute, file);
}
