import { visit } from 'jsonc-parser';
import { SourceLocation } from '../model/types';
import { isObject, TfFile } from './inputs';

/** One resource or data block of a module. */
export interface TfBlock {
  readonly file: TfFile;
  readonly data: boolean;
  readonly type: string;
  readonly label: string;
  /** `type.label`, or `data.type.label` for a data source. */
  readonly address: string;
  readonly body: Record<string, unknown>;
  /** Model identity: the construct path where known, else the address. */
  readonly key: string;
}

/**
 * A string value of a record, never one inherited from Object: one lookup
 * instead of a `hasOwnProperty` and a read, as this runs per block.
 */
export function ownText(
  record: Readonly<Record<string, unknown>>,
  key: string,
): string | undefined {
  const value = record[key];
  return typeof value === 'string' && key !== '__proto__' ? value : undefined;
}

/** A plain-object value of a record, never one inherited from Object. */
export function ownObject<V extends object>(
  record: Readonly<Record<string, V>>,
  key: string,
): V | undefined {
  if (key === '__proto__') return undefined;
  const value: unknown = record[key];
  return isObject(value) ? (value as V) : undefined;
}

/**
 * The construct path cdktf records on a block, and whether it is the
 * `Resource` or `Lookup` child that this library makes the main block of
 * a construct, in which case the construct's own path is returned.
 */
export function constructPath(
  body: Record<string, unknown>,
): { path: string; main: boolean } | undefined {
  const meta = body['//'];
  if (meta === undefined || !isObject(meta)) return undefined;
  const path = isObject(meta.metadata) ? meta.metadata.path : undefined;
  if (typeof path !== 'string') return undefined;
  if (path.endsWith('/Resource'))
    return { path: path.slice(0, -9), main: true };
  if (path.endsWith('/Lookup')) return { path: path.slice(0, -7), main: true };
  return { path, main: false };
}

/** A block body; Terraform JSON also allows a one-element array. */
export function single(value: unknown): Record<string, unknown> | undefined {
  if (isObject(value)) return value;
  if (Array.isArray(value) && value.length === 1 && isObject(value[0])) {
    return value[0];
  }
  return undefined;
}

/** Line and column of every block label in a file, by address. */
export function blockPlaces(file: TfFile): Map<string, SourceLocation> {
  const places = new Map<string, SourceLocation>();
  const names: (string | undefined)[] = [];
  let pending: string | undefined;
  const open = () => {
    names.push(pending);
    pending = undefined;
  };
  const close = () => void names.pop();
  visit(file.text, {
    onObjectBegin: open,
    onArrayBegin: open,
    onObjectEnd: close,
    onArrayEnd: close,
    onObjectProperty: (property, _offset, _length, line, character) => {
      pending = property;
      // Depth 3 holds labels: root, then "resource"/"data", then a type.
      if (names.length !== 3) return;
      const prefix =
        names[1] === 'data' ? 'data.' : names[1] === 'resource' ? '' : null;
      if (prefix === null) return;
      places.set(`${prefix}${names[2]}.${property}`, {
        file: file.absolute,
        line: line + 1,
        column: character + 1,
      });
    },
  });
  return places;
}
