/**
 * Helpers for roster tests: roster files in a temporary directory, CSV
 * text from row objects, and a Singapore app whose policy requires
 * skill_inbound_sales at 4 and English at 3, with two BYOC trunks.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import {
  ByocTrunk,
  GenesysApp,
  GenesysCloudStack,
  Language,
  RosterError,
  RosterProblem,
  RoutingPolicy,
  Site,
  Skill,
} from '../../constructs';
import { ReportFormat } from '../../lib/report';
import { ROSTER_FIELDS } from '../../lib/roster/types';

/** The full CSV header, as docs/roster-format.md gives it. */
export const HEADER = ROSTER_FIELDS.join(',');

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A fresh temporary directory, removed after the test file. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-roster-'));
  dirs.push(dir);
  return dir;
}

/** Writes a roster file into a fresh directory; returns its path. */
export function writeRoster(name: string, text: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return file;
}

/** CSV text with the full header and one line per row object. */
export function csv(rows: Record<string, string>[]): string {
  const lines = rows.map((row) =>
    ROSTER_FIELDS.map((field) => quote(row[field] ?? '')).join(','),
  );
  return [HEADER, ...lines].join('\n') + '\n';
}

function quote(cell: string): string {
  return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Row overrides that leave out the WFM assignment. */
export const NO_ASSIGNMENT: Readonly<Record<string, string>> = {
  schedule_id: '',
  business_unit_id: '',
  management_unit_id: '',
  week_id: '',
  assigned_skills: '',
  trunk_association: '',
};

/** A clean Singapore row for `user@apac.example.com`, with overrides. */
export function row(
  user: string,
  fields: Record<string, string> = {},
): Record<string, string> {
  return {
    email: `${user}@apac.example.com`,
    name: user,
    skills: 'skill_inbound_sales:5;skill_billing_support:3',
    languages: 'English:4',
    trunk: 'byoc_singapore_main',
    schedule_id: 'schedule_apac_001',
    business_unit_id: 'bu_apac',
    management_unit_id: 'mu_singapore_sales',
    week_id: '2026-12-07',
    assigned_skills: 'skill_inbound_sales:4',
    trunk_association: 'byoc_singapore_main',
    ...fields,
  };
}

/** The problems of the RosterError `load` throws; fails if none. */
export function problemsOf(load: () => unknown): readonly RosterProblem[] {
  try {
    load();
  } catch (error) {
    if (error instanceof RosterError) return error.problems;
    throw error;
  }
  throw new Error('expected a RosterError');
}

/** Like problemsOf, for the streaming path. */
export async function problemsOfAsync(
  load: () => Promise<unknown>,
): Promise<readonly RosterProblem[]> {
  try {
    await load();
  } catch (error) {
    if (error instanceof RosterError) return error.problems;
    throw error;
  }
  throw new Error('expected a RosterError');
}

/** A writable stream that drops what it is given. */
export function silentStream(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

/** What {@link singaporeApp} builds. */
export interface SingaporeApp {
  readonly app: GenesysApp;
  readonly outdir: string;
  readonly stack: GenesysCloudStack;
  readonly main: ByocTrunk;
  readonly backup: ByocTrunk;
}

/** Options of {@link singaporeApp}. */
export interface SingaporeAppOptions {
  /** Most agents per trunk. Default: 50. */
  readonly maxAgents?: number;
  /** Reports to write. Default: none. */
  readonly reports?: ReportFormat[];
}

/**
 * A report-only app with skills skill_inbound_sales and
 * skill_billing_support, languages English and Mandarin, and trunks
 * byoc_singapore_main and byoc_singapore_backup, both carrying a policy
 * that requires skill_inbound_sales >= 4 and English >= 3.
 */
export function singaporeApp(options: SingaporeAppOptions = {}): SingaporeApp {
  const outdir = tempDir();
  const app = new GenesysApp({
    outdir,
    throwOnFailure: false,
    validation: 'report-only',
    reportStream: silentStream(),
    reports: options.reports ?? [],
  });
  const stack = new GenesysCloudStack(app, 'apac', {
    region: 'ap-southeast-1',
  });
  const site = new Site(stack, 'Site', {
    name: 'Singapore Cloud',
    address: {
      street1: '1 Raffles Place',
      city: 'Singapore',
      country: 'SG',
      zipCode: '048616',
    },
    mediaRegions: ['ap-southeast-1'],
  });
  const sales = new Skill(stack, 'InboundSales', {
    name: 'skill_inbound_sales',
  });
  new Skill(stack, 'Billing', { name: 'skill_billing_support' });
  const english = new Language(stack, 'English', { name: 'English' });
  new Language(stack, 'Mandarin', { name: 'Mandarin' });
  const policy = new RoutingPolicy(stack, 'SalesPolicy', {
    name: 'Singapore inbound sales',
    requiredSkills: [{ skill: sales, minProficiency: 4 }],
    requiredLanguages: [{ language: english, minProficiency: 3 }],
    maxAgents: options.maxAgents ?? 50,
  });
  const trunk = (id: string, trunkId: string) =>
    new ByocTrunk(stack, id, {
      name: id,
      trunkId,
      inboundSite: site,
      policy,
    });
  return {
    app,
    outdir,
    stack,
    main: trunk('Main', 'byoc_singapore_main'),
    backup: trunk('Backup', 'byoc_singapore_backup'),
  };
}
