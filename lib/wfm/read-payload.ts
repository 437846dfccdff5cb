import Ajv, { ValidateFunction } from 'ajv';
import * as path from 'path';
import schema from '../schemas/wfm-bulk-assignment.schema.json';
import { InputError, InputPlace } from '../util/input-error';
import { JsonPath, jsonLocator, parseJsonText } from '../util/json-text';
import { readText } from '../util/read-text';
import { WfmPayloadDocument } from './payload';

/** A valid WFM payload file and a way to point into it. */
export interface LoadedPayload {
  readonly document: WfmPayloadDocument;
  /** File as the user named it. */
  readonly file: string;
  /** Absolute path, for source locations. */
  readonly absolute: string;
  /** The place of a value inside the document. */
  locate(path: JsonPath): InputPlace;
}

let validator: ValidateFunction | undefined;

/**
 * Reads a WFM payload file (`wfm-assignments.json`, as GenesysApp writes
 * beside each stack) and checks it against the shipped schema. Throws an
 * InputError at the first problem.
 */
export function readPayloadFile(file: string, shownAs = file): LoadedPayload {
  const text = readText(file, shownAs);
  const value = parseJsonText(shownAs, text);
  const locate = jsonLocator(shownAs, text);
  validator ??= new Ajv({ allErrors: true }).compile(schema);
  if (!validator(value)) {
    const errors = validator.errors ?? [];
    const first = errors[0];
    const where = first ? pointerPath(first.instancePath) : [];
    const list = errors
      .slice(0, 10)
      .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    throw new InputError(
      locate(where),
      `is not a valid WFM payload: ${list.join('; ')}`,
    );
  }
  return {
    document: value as WfmPayloadDocument,
    file: shownAs,
    absolute: path.resolve(file),
    locate,
  };
}

function pointerPath(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}
