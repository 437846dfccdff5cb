import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import * as path from 'path';
import schema from '../schemas/wfm-bulk-assignment.schema.json';
import { InputError, InputPlace } from '../util/input-error';
import { JsonPath, jsonLocator, parseJsonText } from '../util/json-text';
import { readText } from '../util/read-text';
import { WfmPayloadDocument } from './payload';

/** Most schema problems one error message lists. */
const LISTED_PROBLEMS = 10;

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
 * InputError at the first bad value in the file, listing each problem
 * with the line and column of its value (or unknown key).
 */
export function readPayloadFile(file: string, shownAs = file): LoadedPayload {
  const text = readText(file, shownAs);
  const value = parseJsonText(shownAs, text);
  const locate = jsonLocator(shownAs, text);
  validator ??= new Ajv({ allErrors: true }).compile(schema);
  if (!validator(value)) {
    const problems = (validator.errors ?? [])
      .map((error) => problemOf(error, locate))
      .sort(byPlace);
    const list = problems
      .slice(0, LISTED_PROBLEMS)
      .map((p) => `${lineColumn(p.place)}${p.text}`);
    if (problems.length > LISTED_PROBLEMS) {
      list.push(`and ${problems.length - LISTED_PROBLEMS} more`);
    }
    throw new InputError(
      problems[0]?.place ?? locate([]),
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

interface Problem {
  readonly place: InputPlace;
  readonly text: string;
}

/** A schema error at its value, or at the unknown key it is about. */
function problemOf(
  error: ErrorObject,
  locate: (path: JsonPath) => InputPlace,
): Problem {
  const at = pointerPath(error.instancePath);
  const extra = (error.params as { additionalProperty?: string })
    .additionalProperty;
  if (error.keyword === 'additionalProperties' && extra !== undefined) {
    const key = [...at, extra];
    return {
      place: locate(key),
      text: `${pointer(key)} is not a field of the payload format`,
    };
  }
  return {
    place: locate(at),
    text: `${pointer(at)} ${error.message ?? 'is invalid'}`,
  };
}

function byPlace(a: Problem, b: Problem): number {
  const line = (a.place.line ?? 0) - (b.place.line ?? 0);
  return line || (a.place.column ?? 0) - (b.place.column ?? 0);
}

/** `12:53 ` before a problem, or nothing when its place is unknown. */
function lineColumn(place: InputPlace): string {
  if (place.line === undefined) return '';
  return `${place.line}:${place.column ?? 1} `;
}

function pointer(steps: JsonPath): string {
  if (steps.length === 0) return '/';
  const escape = (step: string | number) =>
    String(step).replace(/~/g, '~0').replace(/\//g, '~1');
  return steps.map((step) => `/${escape(step)}`).join('');
}

function pointerPath(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}
