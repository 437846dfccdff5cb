/**
 * Runs one benchmark variant in a fresh process and prints one line of
 * JSON on standard output. Spawned by run.ts; by hand:
 *
 *   node --expose-gc dist-bench/bench/worker.js <variant> <agents> <outdir> [input]
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import {
  GenesysApp,
  GenesysCloudStack,
  Roster,
  ValidationMode,
} from '../constructs';
import { runCli } from '../lib/cli/run';
import { skipTokenStackTraces } from '../lib/util/stack-traces';
import { declareFloor } from './floor-org';
import { declareAgents, declareShared } from './library-org';
import { ORG_REGION, generateOrg } from './org';

/** What one variant measures. */
export const VARIANTS = [
  'validate',
  /** validate, in a node whose old space is capped (summary.ts). */
  'validate-capped',
  'off',
  'floor',
  'floor-traces',
  'cli',
  'parse',
  'roster',
  /** roster, in a node whose old space is capped (summary.ts). */
  'roster-capped',
] as const;
export type Variant = (typeof VARIANTS)[number];

/** The line a worker prints. */
export interface WorkerResult {
  readonly variant: Variant;
  readonly agents: number;
  /** Wall time of construct + synth (or of the check), in ms. */
  readonly ms: number;
  /** CPU time of the process (all its threads) over the same span. */
  readonly cpuMs: number;
  readonly constructMs?: number;
  readonly synthMs?: number;
  /** Peak resident set size of the process, in MB. */
  readonly maxRssMB: number;
  /** Heap still in use after synthesis and a full GC, in MB. */
  readonly heapAfterMB: number;
  readonly findings?: Record<string, number>;
  /** Time the mapping rules took inside synthesis, in ms. */
  readonly rulesMs?: number;
  readonly resources?: number;
  readonly stackJsonMB?: number;
}

const NULL_STREAM = { write: () => true };

interface Timed {
  readonly ms: number;
  readonly cpuMs: number;
  readonly constructMs?: number;
  readonly synthMs?: number;
  readonly extra?: object;
}

async function runVariant(
  variant: Variant,
  agents: number,
  outdir: string,
  input: string | undefined,
): Promise<Timed> {
  switch (variant) {
    case 'validate':
    case 'validate-capped':
    case 'off':
      return library(agents, outdir, variant === 'off' ? 'off' : 'report-only');
    case 'floor':
    case 'floor-traces':
      return floor(agents, outdir, variant === 'floor');
    case 'roster':
    case 'roster-capped':
      return roster(agents, outdir, required(input));
    case 'cli':
      return check(required(input));
    case 'parse': {
      const elapsed = stopwatch();
      JSON.parse(fs.readFileSync(required(input), 'utf8'));
      return elapsed();
    }
  }
}

/** The command-line check, in process, as bin/ runs it. */
async function check(file: string): Promise<Timed> {
  const elapsed = stopwatch();
  const code = await runCli(
    [file, '--format', 'json', '--report-only', '--quiet'],
    { stdout: NULL_STREAM, stderr: NULL_STREAM, env: {} },
  );
  const time = elapsed();
  if (code !== 0) throw new Error(`the check exited with ${code}`);
  return time;
}

/** Wall and CPU time since it was made, in ms. */
function stopwatch(): () => { ms: number; cpuMs: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return {
      ms: performance.now() - wall,
      cpuMs: (used.user + used.system) / 1000,
    };
  };
}

/** Times construction and synthesis of an app. */
function timed(
  construct: () => { synth(): void },
  extra?: () => object,
): Timed {
  const elapsed = stopwatch();
  const app = construct();
  const built = elapsed().ms;
  app.synth();
  const time = elapsed();
  return {
    ...time,
    constructMs: built,
    synthMs: time.ms - built,
    extra: extra?.(),
  };
}

function library(agents: number, outdir: string, mode: ValidationMode): Timed {
  const org = generateOrg(agents);
  let app: GenesysApp | undefined;
  return timed(
    () => {
      app = new GenesysApp({
        outdir,
        validation: mode,
        reportStream: NULL_STREAM as never,
      });
      const stack = new GenesysCloudStack(app, 'org', { region: ORG_REGION });
      declareAgents(stack, org, declareShared(stack, org));
      return app;
    },
    () => ({
      findings: countFindings(app!),
      rulesMs: round(app!.outcome?.rulesMs ?? 0),
    }),
  );
}

function floor(agents: number, outdir: string, skipTraces: boolean): Timed {
  const org = generateOrg(agents);
  // The same trace setting GenesysApp uses by default, for a fair floor.
  if (skipTraces) skipTokenStackTraces();
  return timed(() => {
    const app = new App({ outdir });
    declareFloor(new TerraformStack(app, 'org'), org);
    return app;
  });
}

async function roster(
  agents: number,
  outdir: string,
  file: string,
): Promise<Timed> {
  const org = generateOrg(agents);
  const elapsed = stopwatch();
  const app = new GenesysApp({
    outdir,
    validation: 'report-only',
    reportStream: NULL_STREAM as never,
  });
  const stack = new GenesysCloudStack(app, 'org', { region: ORG_REGION });
  declareShared(stack, org);
  await Roster.load(stack, 'roster', { file });
  const built = elapsed().ms;
  app.synth();
  const time = elapsed();
  return {
    ...time,
    constructMs: built,
    synthMs: time.ms - built,
    extra: {
      findings: countFindings(app),
      rulesMs: round(app.outcome?.rulesMs ?? 0),
    },
  };
}

function countFindings(app: GenesysApp): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of app.outcome?.result?.findings ?? []) {
    out[f.ruleId] = (out[f.ruleId] ?? 0) + 1;
  }
  return out;
}

function required(input: string | undefined): string {
  if (!input) throw new Error('this variant needs an input file');
  return input;
}

/** Resources and size of the synthesized stack, read after timing. */
function stackStats(outdir: string): object {
  const file = path.join(outdir, 'stacks', 'org', 'cdk.tf.json');
  if (!fs.existsSync(file)) return {};
  const text = fs.readFileSync(file, 'utf8');
  const json = JSON.parse(text) as { resource?: Record<string, object> };
  const resources = Object.values(json.resource ?? {}).reduce(
    (n, byName) => n + Object.keys(byName).length,
    0,
  );
  return { resources, stackJsonMB: round(text.length / 1e6, 1) };
}

function round(value: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

async function main(): Promise<void> {
  const [variant, count, outdir, input] = process.argv.slice(2);
  if (!VARIANTS.includes(variant as Variant)) {
    throw new Error(`unknown variant ${variant}`);
  }
  const agents = Number(count);
  const run = await runVariant(variant as Variant, agents, outdir, input);
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  global.gc?.();
  const result: WorkerResult = {
    variant: variant as Variant,
    agents,
    ms: round(run.ms),
    cpuMs: round(run.cpuMs),
    ...(run.constructMs !== undefined
      ? { constructMs: round(run.constructMs) }
      : {}),
    ...(run.synthMs !== undefined ? { synthMs: round(run.synthMs) } : {}),
    maxRssMB: round(maxRssMB),
    heapAfterMB: round(process.memoryUsage().heapUsed / 1e6),
    ...run.extra,
    ...(variant === 'cli' || variant === 'parse' ? {} : stackStats(outdir)),
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
});
