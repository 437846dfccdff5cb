/**
 * Times a large roster: reading and validating it (both the streaming
 * and the synchronous path), and with --synth, creating its constructs,
 * validating the app and synthesizing it.
 *
 *   npx ts-node bench/roster-load.ts [rows=50000] [--synth]
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import {
  GenesysApp,
  GenesysCloudStack,
  Language,
  Roster,
  Skill,
} from '../constructs';
import { readRoster, readRosterSync } from '../lib/roster/read';
import { ROSTER_FIELDS } from '../lib/roster/types';

const rows = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 50000);
const synth = process.argv.includes('--synth');

function generate(file: string): void {
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, ROSTER_FIELDS.join(',') + '\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    chunk +=
      `agent${i}@load.example.com,Agent ${i},active,,Sales,,` +
      `sales:${(i % 3) + 3};billing:2.5,English:4,,` +
      `schedule_${i % 7},bu_1,mu_${Math.floor(i / 1500)},2026-12-07,` +
      'sales:3,\n';
    if (chunk.length > 1 << 20) {
      fs.writeSync(out, chunk);
      chunk = '';
    }
  }
  fs.writeSync(out, chunk);
  fs.closeSync(out);
}

async function time<T>(label: string, run: () => T | Promise<T>) {
  const start = process.hrtime.bigint();
  const result = await run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rate = Math.round((rows / ms) * 1000).toLocaleString('en-US');
  console.log(
    `${label.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms  ${rate} rows/s`,
  );
  return result;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-bench-'));
  try {
    const file = path.join(dir, 'roster.csv');
    generate(file);
    const size = (fs.statSync(file).size / 1e6).toFixed(1);
    console.log(`${rows.toLocaleString('en-US')} rows, ${size} MB`);
    await time('read, streaming', () => readRoster(file, { format: 'csv' }));
    await time('read, synchronous', () =>
      readRosterSync(file, { format: 'csv' }),
    );
    if (!synth) return;

    const app = new GenesysApp({
      outdir: path.join(dir, 'out'),
      validation: 'report-only',
      reportStream: new Writable({ write: (_c, _e, done) => done() }),
    });
    const stack = new GenesysCloudStack(app, 'load', {
      region: 'ap-southeast-1',
    });
    new Skill(stack, 'Sales', { name: 'sales' });
    new Skill(stack, 'Billing', { name: 'billing' });
    new Language(stack, 'English', { name: 'English' });
    await time('Roster.load (constructs)', () =>
      Roster.load(stack, 'Roster', { file }),
    );
    const { result } = await time('validate', () => app.validate());
    console.log(`findings: ${result.findings.length}`);
    await time('synth', () => app.synth());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
