import * as fs from 'fs';
import * as path from 'path';
import { REPORT_FILES } from '../lib/report';

/** Folder of the stacks that cdktf writes in the output directory. */
export const STACKS_DIR = 'stacks';
/** Name of the WFM payload file in each stack's folder. */
export const WFM_PAYLOAD_FILE = 'wfm-assignments.json';
/** The manifest that cdktf writes in the output directory. */
export const MANIFEST_FILE = 'manifest.json';

/**
 * Files written in each stack's folder: cdktf's stack JSON (or HCL) and
 * metadata, and the app's WFM payload.
 */
export const STACK_FILES = [
  'cdk.tf.json',
  'cdk.tf',
  'metadata.json',
  WFM_PAYLOAD_FILE,
];

/**
 * Removes what synthesis writes in `outdir` (each stack's JSON, metadata
 * and WFM payload, and the manifest), so that a pipeline never applies
 * what an earlier run, or a renamed stack, left behind. Everything else
 * stays, above all Terraform's own files in a stack's folder: its lock
 * file, `.terraform/`, a local state or a saved plan.
 */
export function clearStackOutput(outdir: string): void {
  const stacks = path.join(outdir, STACKS_DIR);
  for (const dir of stackFolders(stacks)) {
    for (const file of STACK_FILES) {
      fs.rmSync(path.join(stacks, dir, file), { force: true });
    }
  }
  fs.rmSync(path.join(outdir, MANIFEST_FILE), { force: true });
  // cdktf creates each stack's folder but not the stacks folder itself.
  if (fs.existsSync(outdir)) fs.mkdirSync(stacks, { recursive: true });
}

function stackFolders(stacks: string): string[] {
  try {
    return fs
      .readdirSync(stacks, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
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
