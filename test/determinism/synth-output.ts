/**
 * Synthesizes an org into a fresh output directory and reads back every
 * file it wrote, so that two syntheses can be compared byte for byte.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPORT_FORMATS } from '../../lib/report';
import { DeclarationOrder, buildApp } from '../property/build-org';
import { OrgSpec } from '../property/org-spec';

/** Every file of one synthesis, by path relative to the outdir. */
export interface SynthOutput {
  /** The outdir, already removed. */
  readonly outdir: string;
  readonly files: ReadonlyMap<string, Buffer>;
}

/**
 * Builds the org in the given declaration order with every report
 * format, synthesizes it in report-only mode and returns its files.
 */
export function synthOrg(org: OrgSpec, order?: DeclarationOrder): SynthOutput {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-determinism-'));
  try {
    const app = buildApp(org, {
      app: { outdir, reports: [...REPORT_FORMATS] },
      order,
    });
    app.synth();
    return { outdir, files: readTree(outdir) };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function readTree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else
        files.set(
          path.relative(root, full).split(path.sep).join('/'),
          fs.readFileSync(full),
        );
    }
  };
  walk(root);
  return files;
}

/** File paths whose bytes differ, or that only one output has. */
export function differingFiles(a: SynthOutput, b: SynthOutput): string[] {
  const names = new Set([...a.files.keys(), ...b.files.keys()]);
  return [...names]
    .filter((name) => {
      const [x, y] = [a.files.get(name), b.files.get(name)];
      return !x || !y || !x.equals(y);
    })
    .sort();
}

/** A permutation of 0..n-1 from a seed (mulberry32 and Fisher-Yates). */
export function shuffled(n: number, seed: number): number[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A declaration order that shuffles every collection of the org. */
export function shuffledOrder(org: OrgSpec, seed: number): DeclarationOrder {
  return {
    stacks: shuffled(org.stacks.length, seed),
    skills: shuffled(org.skills.length, seed + 1),
    languages: shuffled(org.languages.length, seed + 2),
    sites: shuffled(org.sites.length, seed + 3),
    policies: shuffled(org.policies.length, seed + 4),
    trunks: shuffled(org.trunks.length, seed + 5),
    agents: shuffled(org.agents.length, seed + 6),
    assignments: shuffled(org.assignments.length, seed + 7),
    suppressions: shuffled(org.suppressions.length, seed + 8),
  };
}
