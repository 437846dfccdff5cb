/**
 * The benchmark: builds synthetic orgs and measures every variant in a
 * fresh child process, interleaved, then prints a table and writes
 * bench/results/latest.json. See bench/README.md.
 *
 *   npm run bench [-- --sizes=1000,10000 --reps=3,2 --variants=off,floor
 *                      --out=file.json]
 *   npm run bench -- --from=bench/results/latest.json
 *
 * `--from` measures nothing: it summarizes the runs a results file holds
 * again, with the current summary and targets, and rewrites it.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateOrg } from './org';
import { writeRosterCsv } from './roster-file';
import { CAPPED_HEAP_MB } from './summary';
import { Results, renderResults } from './table';
import type { Variant, WorkerResult } from './worker';

const ROOT = path.resolve(__dirname, '..', '..');
const WORKER = path.join(__dirname, 'worker.js');
/** Variants run at every size. */
const EVERY_SIZE: Variant[] = ['validate', 'off', 'floor', 'floor-traces'];
/** Variants run at the largest size only. */
const LARGEST_ONLY: Variant[] = ['roster', 'validate-capped', 'roster-capped'];
/** Extra columns run once at the largest size, where a run takes minutes. */
const ONCE_AT_LARGEST: Variant[] = [
  'floor-traces',
  'validate-capped',
  'roster-capped',
];
/** Variants run with the old space capped, to measure memory needed. */
const CAPPED: Variant[] = ['validate-capped', 'roster-capped'];

type Run = WorkerResult & { rep: number };

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  const arg = process.argv.find((a) => a.startsWith(prefix));
  return arg ? arg.slice(prefix.length) : fallback;
}

const sizes = option('sizes', '1000,10000,50000').split(',').map(Number);
const reps = option('reps', '5,5,5').split(',').map(Number);
const only = option('variants', '').split(',').filter(Boolean);
const out = path.resolve(
  option('out', path.join(ROOT, 'bench/results/latest.json')),
);
const largest = Math.max(...sizes);
const wanted = (v: Variant) => only.length === 0 || only.includes(v);

/** Runs one variant in a fresh node process; undefined when it failed. */
function work(
  variant: Variant,
  agents: number,
  rep: number,
  dir: string,
  input?: string,
): Run | undefined {
  const outdir = path.join(dir, `${agents}-${variant}-${rep}`);
  const flags = ['--expose-gc'];
  if (CAPPED.includes(variant)) {
    flags.push(`--max-old-space-size=${CAPPED_HEAP_MB}`);
  }
  const args = [...flags, WORKER, variant, String(agents), outdir];
  if (input) args.push(input);
  const child = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const label = `  ${agents} ${variant} rep ${rep}`;
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    const why = child.signal ?? `exit ${child.status}`;
    const detail = child.stderr.slice(-2000);
    process.stderr.write(`${label}: FAILED (${why})\n${detail}\n`);
    return undefined;
  }
  const result = { ...(JSON.parse(line) as WorkerResult), rep };
  process.stderr.write(`${label}: ${result.ms} ms, ${result.maxRssMB} MB\n`);
  return result;
}

/** The list started at a different place each repetition. */
function rotate<T>(list: readonly T[], by: number): T[] {
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

function machine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cpuCount: cpus.length,
    totalMemoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    date: new Date().toISOString(),
  };
}

/** Synthesis variants of one size, interleaved; then the check. */
function measureSize(agents: number, count: number, dir: string): Run[] {
  const runs: Run[] = [];
  const variants = EVERY_SIZE.filter(wanted);
  if (agents === largest) variants.push(...LARGEST_ONLY.filter(wanted));
  const needsRoster = (v: Variant) => v === 'roster' || v === 'roster-capped';
  let roster: string | undefined;
  if (variants.some(needsRoster)) {
    roster = path.join(dir, `roster-${agents}.csv`);
    writeRosterCsv(roster, generateOrg(agents));
  }
  process.stderr.write(`${agents} agents, ${count} repetition(s)\n`);
  for (let rep = 0; rep < count; rep++) {
    for (const variant of rotate(variants, rep)) {
      const once = agents === largest && ONCE_AT_LARGEST.includes(variant);
      if (once && rep > 0) continue;
      const input = needsRoster(variant) ? roster : undefined;
      const run = work(variant, agents, rep, dir, input);
      if (run) runs.push(run);
      // The first validated stack of the largest org feeds the check.
      const keep = variant === 'validate' && agents === largest && rep === 0;
      if (!keep) {
        const outdir = path.join(dir, `${agents}-${variant}-${rep}`);
        fs.rmSync(outdir, { recursive: true, force: true });
      }
    }
  }
  const stack = path.join(dir, `${agents}-validate-0`, 'stacks', 'org');
  const file = path.join(stack, 'cdk.tf.json');
  if (agents !== largest || !wanted('cli') || !fs.existsSync(file)) {
    return runs;
  }
  for (let rep = 0; rep < Math.max(count, 3); rep++) {
    for (const variant of rotate<Variant>(['cli', 'parse'], rep)) {
      const run = work(variant, agents, rep, dir, file);
      if (run) runs.push(run);
    }
  }
  return runs;
}

function main(): void {
  const from = option('from', '');
  const results: Results = from
    ? (JSON.parse(fs.readFileSync(from, 'utf8')) as Results)
    : {
        machine: machine(),
        sizes,
        reps,
        cappedHeapMB: CAPPED_HEAP_MB,
        runs: measure(),
      };
  const { summaries, targets, text } = renderResults(results);
  process.stdout.write(`\n${text}`);
  const file = from && !option('out', '') ? path.resolve(from) : out;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const written = { ...results, summaries, targets };
  fs.writeFileSync(file, JSON.stringify(written, null, 2) + '\n');
  process.stderr.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}

/** Every variant at every size, in fresh processes. */
function measure(): Run[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genesys-bench-'));
  const runs: Run[] = [];
  try {
    sizes.forEach((agents, s) => {
      const count = reps[s] ?? reps[reps.length - 1];
      runs.push(...measureSize(agents, count, dir));
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return runs;
}

main();
