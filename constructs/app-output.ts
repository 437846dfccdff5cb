import * as fs from 'fs';
import * as path from 'path';
import { REPORT_FILES } from '../lib/report';

/** Folder of the stacks that cdktf writes in the output directory. */
export const STACKS_DIR = 'stacks';
/** The manifest that cdktf writes in the output directory. */
export const MANIFEST_FILE = 'manifest.json';

/**
 * Removes what cdktf writes in `outdir` (the stacks folder, each stack's
 * JSON and WFM payload in it, and the manifest), so that a pipeline never
 * applies what an earlier run, or a renamed stack, left behind. Other
 * files in `outdir` are left alone. The stacks folder is made again,
 * empty: cdktf creates each stack's folder without its parents.
 */
export function clearStackOutput(outdir: string): void {
  const stacks = path.join(outdir, STACKS_DIR);
  fs.rmSync(stacks, { recursive: true, force: true });
  fs.rmSync(path.join(outdir, MANIFEST_FILE), { force: true });
  if (fs.existsSync(outdir)) fs.mkdirSync(stacks, { recursive: true });
}

/**
 * Removes the report files an app writes in `dir`, so that a run that
 * fails before reporting leaves no earlier findings to be uploaded.
 * Other files in `dir` are left alone.
 */
export function clearReports(dir: string): void {
  for (const file of Object.values(REPORT_FILES)) {
    fs.rmSync(path.join(dir, file), { force: true });
  }
}
