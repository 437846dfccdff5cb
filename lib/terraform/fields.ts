import { isObject } from './inputs';
import { TfBlock, TfModule } from './module';

/**
 * Readers of block attributes. Terraform converts numbers and booleans to
 * strings where a string is expected, so these do too; a value of the
 * wrong shape is an input error at its place in the file.
 */

/** A string attribute, or undefined when absent or null. */
export function text(
  module: TfModule,
  block: TfBlock,
  name: string,
  body: Record<string, unknown> = block.body,
  path: (string | number)[] = [name],
): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return module.fail(block, path, `${name} must be a string`);
}

/** A list of strings, or undefined when absent or null. */
export function texts(
  module: TfModule,
  block: TfBlock,
  name: string,
): string[] | undefined {
  const value = block.body[name];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    return module.fail(block, [name], `${name} must be a list of strings`);
  }
  return value.map((item, i) => {
    if (typeof item === 'string') return item;
    return module.fail(block, [name, i], `${name} must hold strings`);
  });
}

/**
 * Nested blocks, such as `routing_skills`. Terraform JSON writes one block
 * as an object and several as an array of objects.
 */
export function nested(
  module: TfModule,
  block: TfBlock,
  name: string,
): Record<string, unknown>[] {
  const value = block.body[name];
  if (value === undefined || value === null) return [];
  if (isObject(value)) return [value];
  if (!Array.isArray(value)) {
    return module.fail(block, [name], `${name} must be a list of blocks`);
  }
  for (let i = 0; i < value.length; i++) {
    if (!isObject(value[i])) {
      module.fail(block, [name, i], `${name} must hold blocks`);
    }
  }
  return value as Record<string, unknown>[];
}

/**
 * A proficiency or level. Numeric strings convert as Terraform converts
 * them; anything else becomes null, which the rules report as invalid.
 */
export function level(value: unknown): number | null | undefined {
  if (typeof value === 'number' || value === undefined) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    if (Number.isFinite(parsed)) return parsed;
  }
  return null;
}
