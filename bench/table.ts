import { CAPPED_HEAP_MB, SizeSummary, TargetResult, round } from './summary';
import type { Variant } from './worker';

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
        `(f) validate at ${n} with --max-old-space-size=${CAPPED_HEAP_MB}: ` +
          `${capped.ms} ms, peak RSS ${capped.maxRssMB} MB`,
      );
    }
    if (rosterCapped) {
      lines.push(
        `(f) roster at ${n} with --max-old-space-size=${CAPPED_HEAP_MB}: ` +
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
