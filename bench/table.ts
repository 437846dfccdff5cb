import {
  CAPPED_HEAP_MB,
  SizeSummary,
  TargetResult,
  checkTargets,
  round,
  summarizeSize,
} from './summary';
import type { Variant, WorkerResult } from './worker';

/** The machine a run was made on, as results files record it. */
export interface Machine {
  readonly cpuModel: string;
  readonly cpuCount: number;
  readonly totalMemoryGB: number;
  readonly os: string;
  readonly node: string;
  readonly loadAverageAtStart: readonly number[];
  readonly date: string;
}

/** What `npm run bench` writes: the machine, the plan and every run. */
export interface Results {
  readonly machine: Machine;
  readonly sizes: readonly number[];
  readonly reps: readonly number[];
  /** Old-space cap of the capped variants; older files lack it. */
  readonly cappedHeapMB?: number;
  readonly runs: readonly (WorkerResult & { rep: number })[];
}

/**
 * The summaries, the target checks and the text of a results file: the
 * table, the extras, the targets and the machine they were measured on.
 * bench/README.md quotes this text for results/latest.json.
 */
export function renderResults(results: Results): {
  summaries: SizeSummary[];
  targets: TargetResult[];
  text: string;
} {
  const { machine: m, runs } = results;
  const summaries = results.sizes.map((n) => summarizeSize(n, runs));
  const targets = checkTargets(summaries);
  const cap = results.cappedHeapMB ?? CAPPED_HEAP_MB;
  const text =
    renderTable(summaries, targets, cap) +
    `\n${m.cpuCount} x ${m.cpuModel}, ${m.totalMemoryGB} GB, ` +
    `node ${m.node}, load at start ${m.loadAverageAtStart.join(' ')}, ` +
    `${m.date}\n`;
  return { summaries, targets, text };
}

const COLUMNS: [string, Variant][] = [
  ['(a) validate', 'validate'],
  ['(b) off', 'off'],
  ['(c) floor', 'floor'],
  ["(c') +traces", 'floor-traces'],
  ['(e) roster', 'roster'],
];

/** The figures as plain text: one row per size, then the extras. */
export function renderTable(
  sizes: readonly SizeSummary[],
  targets: readonly TargetResult[],
  cappedHeapMB: number = CAPPED_HEAP_MB,
): string {
  const header = [
    'agents',
    ...COLUMNS.map(([label]) => `${label} ms`),
    'a/b',
    'b/c',
    'a/b cpu',
    'b/c cpu',
    "peak RSS MB a/b/c/c'/e",
  ];
  const rows = sizes.map((s) => {
    const v = s.variants;
    const rss = COLUMNS.map(([, k]) => v[k]?.maxRssMB ?? '-').join('/');
    return [
      s.agents.toLocaleString('en-US'),
      ...COLUMNS.map(([, k]) => cell(v[k]?.ms, v[k]?.runs)),
      fixed(s.validationOverhead),
      fixed(s.libraryOverFloor),
      fixed(s.cpu.validationOverhead),
      fixed(s.cpu.libraryOverFloor),
      rss,
    ];
  });
  const lines = [grid([header, ...rows]), ''];

  for (const s of sizes) {
    const n = s.agents.toLocaleString('en-US');
    const validate = s.variants.validate;
    if (validate?.rulesMs !== undefined) {
      lines.push(
        `(a) rules inside synthesis of ${n} agents: ${validate.rulesMs} ms; ` +
          `(a) / (a without them) ${fixed(s.validationInside)}`,
      );
    }
    const spread = s.validationOverheadSpread;
    if (spread) {
      lines.push(
        `(a)/(b) at ${n}, separate runs: median ` +
          `${fixed(s.validationOverhead)}, from ${fixed(spread[0])} to ` +
          `${fixed(spread[1])}`,
      );
    }
    const { cli, parse } = s.variants;
    const capped = s.variants['validate-capped'];
    const rosterCapped = s.variants['roster-capped'];
    if (cli) {
      lines.push(
        `(d) check of the ${n}-agent cdk.tf.json: cli ${cli.ms} ms ` +
          `(${cli.maxRssMB} MB), read + JSON.parse ${parse?.ms ?? '-'} ms ` +
          `(${parse?.maxRssMB ?? '-'} MB), ratio ${fixed(s.checkOverParse)} ` +
          `(cpu ${fixed(s.cpu.checkOverParse)})`,
      );
    }
    if (s.rosterOverDeclared !== undefined) {
      lines.push(
        `(e) roster of ${n} rows / the same agents declared in code: ` +
          fixed(s.rosterOverDeclared),
      );
    }
    if (capped) {
      lines.push(
        `(f) validate at ${n} with --max-old-space-size=${cappedHeapMB}: ` +
          `${capped.ms} ms, peak RSS ${capped.maxRssMB} MB`,
      );
    }
    if (rosterCapped) {
      lines.push(
        `(f) roster at ${n} with --max-old-space-size=${cappedHeapMB}: ` +
          `${rosterCapped.ms} ms, peak RSS ${rosterCapped.maxRssMB} MB`,
      );
    }
  }
  for (const variant of ['validate', 'off', 'floor'] as Variant[]) {
    const steps = sizes.slice(1).map((s, i) => {
      const before = sizes[i].variants[variant]?.ms;
      const after = s.variants[variant]?.ms;
      const factor = before && after ? round(after / before, 2) : '-';
      return `${sizes[i].agents}->${s.agents} x${factor}`;
    });
    if (steps.length)
      lines.push(`(f) time growth ${variant}: ${steps.join(', ')}`);
  }
  lines.push('', 'targets:');
  for (const t of targets) {
    const state = t.met === undefined ? 'n/a ' : t.met ? 'met ' : 'MISS';
    lines.push(`  ${state} ${t.target}: ${t.value ?? '-'} (<= ${t.limit})`);
  }
  return lines.join('\n') + '\n';
}

function cell(ms: number | undefined, runs: number | undefined): string {
  return ms === undefined ? '-' : `${ms.toLocaleString('en-US')} (${runs})`;
}

function fixed(value: number | undefined): string {
  return value === undefined ? '-' : round(value, 3).toFixed(3);
}

function grid(rows: string[][]): string {
  const widths = rows[0].map((_, i) =>
    Math.max(...rows.map((r) => r[i].length)),
  );
  const pad = (c: string, i: number) =>
    i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]);
  return rows.map((r) => r.map(pad).join('  ')).join('\n');
}
