/**
 * Run settings of the property suite, from the environment:
 *
 * - FC_NUM_RUNS: orgs the validator properties check in total, split one
 *   construct-level org to four model-level ones. Default 10,000. The
 *   properties that synthesize to disk run a share of it, see
 *   {@link synthRuns}.
 * - FC_SEED: the seed to run with, to replay a failure.
 * - FC_PATH: with FC_SEED, replays only the counterexample at that path.
 *
 * On failure fast-check prints the seed and path; replay with
 * `FC_SEED=<seed> FC_PATH=<path> npx jest test/property`.
 */
import fc from 'fast-check';

/** Orgs checked in total by default. */
export const DEFAULT_TOTAL_RUNS = 10_000;

/** Share of the runs that build real construct apps. */
const CONSTRUCT_SHARE = 0.2;

function envInteger(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value)) {
    throw new Error(`${name} must be an integer, got "${raw}".`);
  }
  return value;
}

/** Orgs checked in total: FC_NUM_RUNS, else the default. */
export function totalRuns(): number {
  const runs = envInteger('FC_NUM_RUNS') ?? DEFAULT_TOTAL_RUNS;
  if (runs < 2) throw new Error('FC_NUM_RUNS must be at least 2.');
  return runs;
}

/** Runs of the construct-level and model-level properties. */
export function runSplit(total = totalRuns()): {
  constructs: number;
  models: number;
} {
  const constructs = Math.max(1, Math.round(total * CONSTRUCT_SHARE));
  return { constructs, models: Math.max(1, total - constructs) };
}

/**
 * Shares of FC_NUM_RUNS for the properties that write every org to disk,
 * which cost ten to a hundred times more per org than a validator run.
 */
export const SYNTH_SHARES = {
  /** Synthesis against the command-line check of the written files. */
  cliParity: 0.03,
  /** Synthesis twice, in two declaration orders. */
  determinism: 0.01,
} as const;

/** Orgs a property that synthesizes to disk checks: its share of the total. */
export function synthRuns(
  property: keyof typeof SYNTH_SHARES,
  total = totalRuns(),
): number {
  return Math.max(1, Math.round(total * SYNTH_SHARES[property]));
}

/**
 * fast-check parameters with the seed and path from the environment;
 * `replay: false` ignores FC_PATH, for properties it was not printed by.
 * Failure reports print the seed, the path and the shrunk counterexample
 * (VerbosityLevel.None keeps them short; Verbose adds every failure seen
 * while shrinking).
 */
export function fcParams<T>(
  numRuns: number,
  options: { readonly replay?: boolean } = {},
): fc.Parameters<T> {
  const seed = envInteger('FC_SEED');
  const replay = options.replay ?? true;
  const path = replay ? process.env.FC_PATH?.trim() || undefined : undefined;
  if (path !== undefined && seed === undefined) {
    throw new Error('FC_PATH replays a failure only together with FC_SEED.');
  }
  return {
    numRuns,
    verbose: fc.VerbosityLevel.None,
    ...(seed !== undefined ? { seed } : {}),
    ...(path !== undefined ? { path } : {}),
  };
}

const CLEARED_ENVIRONMENT = [
  'GENESYSCLOUD_REGION',
  'GENESYSCLOUD_BYOC_VALIDATION',
  'GENESYSCLOUD_BYOC_REPORTS',
];

/**
 * Registers hooks that keep the environment from changing what the apps
 * validate (org region, validation mode, report formats) for the tests
 * of the calling file, restoring it afterwards.
 */
export function isolateEnvironment(): void {
  const saved = new Map<string, string | undefined>();
  beforeAll(() => {
    for (const name of CLEARED_ENVIRONMENT) {
      saved.set(name, process.env[name]);
      delete process.env[name];
    }
  });
  afterAll(() => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
}

/**
 * Registers hooks that turn stack traces off for the calling file. cdktf
 * captures a full stack trace for every token it creates, which takes
 * most of the time of a run that builds thousands of apps. While
 * `Error.stackTraceLimit` is an accessor, V8 captures no trace at all and
 * the assignments cdktf makes to it are ignored. Errors keep their
 * messages; declaration sites resolve to none, which the properties do
 * not compare.
 */
export function withoutStackTraces(): void {
  let saved: PropertyDescriptor | undefined;
  beforeAll(() => {
    saved = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
    Object.defineProperty(Error, 'stackTraceLimit', {
      configurable: true,
      get: () => 0,
      set: () => undefined,
    });
  });
  afterAll(() => {
    if (saved) Object.defineProperty(Error, 'stackTraceLimit', saved);
  });
}

/**
 * fc.assert for files that turned stack traces off: the error it throws,
 * and the cause it wraps, get a stack made of their message, since Jest
 * prints an error's stack and would otherwise print nothing, not even the
 * seed and path to replay.
 */
export function assertProperty<Ts>(
  property: fc.IProperty<Ts>,
  params: fc.Parameters<Ts>,
): void {
  try {
    fc.assert(property, params);
  } catch (error) {
    throw withMessageStack(error);
  }
}

function withMessageStack(error: unknown): unknown {
  if (error instanceof Error) {
    if (!error.stack) error.stack = `${error.name}: ${error.message}`;
    withMessageStack(error.cause);
  }
  return error;
}
