import * as fs from 'fs';
import * as path from 'path';
import { readText } from '../util/read-text';
import { InputError } from '../util/input-error';
import { parseJsonText } from '../util/json-text';

/** One parsed Terraform JSON file. */
export interface TfFile {
  /** Path as shown in messages: as the user gave it. */
  readonly file: string;
  /** Absolute path, for source locations. */
  readonly absolute: string;
  /** The text, kept to find lines and columns when something is wrong. */
  readonly text: string;
  readonly json: Record<string, unknown>;
  /** The directory argument whose `*.tf.json` files it is one of. */
  readonly dir?: string;
}

/**
 * Reads Terraform JSON from files and directories. A directory stands for
 * its `*.tf.json` files (one Terraform module), or, for a cdktf output
 * directory, for `stacks/<stack>/cdk.tf.json`. Relative paths resolve
 * against `cwd`; each file is read once.
 */
export function readTerraformInputs(
  inputs: readonly string[],
  cwd: string = process.cwd(),
): TfFile[] {
  const seen = new Set<string>();
  const out: TfFile[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const stat = statOf(absolute, input);
    const files = stat.isDirectory()
      ? filesOfDirectory(absolute, input)
      : [{ absolute, shown: input }];
    for (const { absolute: file, shown, dir } of files) {
      const real = fs.realpathSync(file);
      if (seen.has(real)) continue;
      seen.add(real);
      const text = readText(file, shown);
      const json = parseJsonText(shown, text);
      if (!isObject(json)) {
        throw new InputError(
          { file: shown, line: 1, column: 1 },
          'is not Terraform JSON: the top level must be an object',
        );
      }
      out.push({
        file: shown,
        absolute: file,
        text,
        json,
        ...(dir !== undefined ? { dir } : {}),
      });
    }
  }
  return out;
}

/** True for a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function statOf(file: string, shown: string): fs.Stats {
  try {
    return fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      { file: shown },
      code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`,
    );
  }
}

function filesOfDirectory(
  dir: string,
  shown: string,
): { absolute: string; shown: string; dir?: string }[] {
  const names = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.tf.json'))
    .sort();
  if (names.length > 0) {
    return names.map((name) => ({
      absolute: path.join(dir, name),
      shown: path.join(shown, name),
      dir: shown,
    }));
  }
  const stacks = path.join(dir, 'stacks');
  const found = fs.existsSync(stacks)
    ? fs
        .readdirSync(stacks)
        .sort()
        .map((stack) => path.join('stacks', stack, 'cdk.tf.json'))
        .filter((rel) => fs.existsSync(path.join(dir, rel)))
    : [];
  if (found.length === 0) {
    throw new InputError(
      { file: shown },
      'contains no *.tf.json files and no stacks/*/cdk.tf.json',
    );
  }
  return found.map((rel) => ({
    absolute: path.join(dir, rel),
    shown: path.join(shown, rel),
  }));
}
