import * as fs from 'fs';
import * as path from 'path';
import {
  GenesysApp,
  GenesysCloudStack,
  Language,
  Roster,
  Skill,
} from '../../constructs';
import { MAX_AGENTS_PER_MANAGEMENT_UNIT as UNIT } from '../../lib/rules/management-unit-too-large';
import { HEADER, silentStream, tempDir } from './support';

/**
 * Rows in the generated roster. Reading 50,000 rows takes seconds, but
 * creating and synthesizing 50,000 users takes minutes, so the unit test
 * uses 10,000 and bench/roster-load.ts measures 50,000. ROSTER_ROWS
 * overrides it.
 */
const ROWS = Number(process.env.ROSTER_ROWS ?? 10000);

/** Writes a clean roster of `rows` agents spread over management units. */
function generate(file: string, rows: number): void {
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, HEADER + '\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    chunk +=
      `agent${i}@load.example.com,Agent ${i},active,,Sales,,` +
      `sales:${(i % 3) + 3};billing:2.5,English:4,,` +
      `schedule_${i % 7},bu_1,mu_${Math.floor(i / UNIT)},2026-12-07,` +
      'sales:3,\n';
    if (chunk.length > 1 << 20) {
      fs.writeSync(out, chunk);
      chunk = '';
    }
  }
  fs.writeSync(out, chunk);
  fs.closeSync(out);
}

// cdktf records a stack trace for every token it creates, and Jest's
// source-map support makes each one cost milliseconds. This test is about
// the roster, so it formats traces without source maps.
const formatTrace = Error.prepareStackTrace;
beforeAll(() => {
  Error.prepareStackTrace = (error: Error) => String(error);
});
afterAll(() => {
  Error.prepareStackTrace = formatTrace;
});

test(`a ${ROWS}-row CSV roster streams, validates, synthesizes`, async () => {
  const dir = tempDir();
  const file = path.join(dir, 'large.csv');
  generate(file, ROWS);
  const app = new GenesysApp({
    outdir: path.join(dir, 'out'),
    throwOnFailure: false,
    validation: 'report-only',
    reportStream: silentStream(),
  });
  const stack = new GenesysCloudStack(app, 'load', {
    region: 'ap-southeast-1',
  });
  new Skill(stack, 'Sales', { name: 'sales' });
  new Skill(stack, 'Billing', { name: 'billing' });
  new Language(stack, 'English', { name: 'English' });
  const progress: number[] = [];

  const roster = await Roster.load(stack, 'Roster', {
    file,
    onProgress: (n) => progress.push(n),
  });
  expect(roster.agents).toHaveLength(ROWS);
  expect(roster.assignments).toHaveLength(ROWS);
  expect(progress[progress.length - 1]).toBe(ROWS);

  app.synth();
  const outcome = app.outcome!;
  expect(outcome.synthesized).toBe(true);
  expect(outcome.result?.findings).toEqual([]);
  expect(outcome.model.agents).toHaveLength(ROWS);
  expect(outcome.model.assignments[ROWS - 1].source).toEqual({
    file: roster.file,
    line: ROWS + 1,
    column: 1,
  });
}, 300_000);
