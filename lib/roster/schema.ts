import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import schema from '../schemas/roster-row.schema.json';
import { ROSTER_FIELDS, RowProblem } from './types';
import { capText, renderValue } from '../util/render-value';

/** A schema problem and the JSON path of the value at fault. */
export interface SchemaIssue extends RowProblem {
  /** Path from the row to the value (or unknown key) at fault. */
  readonly path: readonly (string | number)[];
  /** True when the path ends in an unknown key, not a value. */
  readonly atKey?: boolean;
}

/** Keys allowed in the entries of each list field. */
const ENTRY_KEYS: Record<string, string> = {
  skills: 'skill and proficiency',
  languages: 'language and proficiency',
  assigned_skills: 'skill and level',
};

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  integer: 'a whole number',
  string: 'text',
  array: 'a list',
  object: 'an object',
};

let validator: ValidateFunction | undefined;

/** The compiled row schema; compiled on first use, then reused. */
function rowValidator(): ValidateFunction {
  if (!validator) {
    // verbose keeps the offending value on each error, for messages.
    const ajv = new Ajv({ allErrors: true, verbose: true });
    addFormats(ajv, ['email', 'date']);
    validator = ajv.compile(schema);
  }
  return validator;
}

/**
 * Checks one row object against lib/schemas/roster-row.schema.json.
 * Returns one issue per value at fault, in schema order.
 */
export function checkRow(row: unknown): SchemaIssue[] {
  const validate = rowValidator();
  if (validate(row)) return [];
  const seen = new Set<string>();
  const issues: SchemaIssue[] = [];
  for (const error of validate.errors ?? []) {
    const params = error.params as Record<string, unknown>;
    const key = [error.instancePath, detail(error), params.property].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(explain(error, row));
  }
  return issues;
}

/** The property an error is about, for errors reported on the parent. */
function detail(error: ErrorObject): string | undefined {
  const params = error.params as Record<string, string | undefined>;
  return params.missingProperty ?? params.additionalProperty;
}

function explain(error: ErrorObject, row: unknown): SchemaIssue {
  const path = pointer(error.instancePath);
  const prop = detail(error);
  const field = String(path[0] ?? prop ?? '');
  const what = label(path, row);
  // `key` is the path of an unknown key, which the issue points at.
  const at = (message: string, fix: string, key?: typeof path) =>
    key
      ? { field, message, fix, path: key, atKey: true }
      : { field, message, fix, path };
  const value = show(error.data);
  switch (error.keyword) {
    case 'required':
      return path.length === 0
        ? at(`${prop} is missing.`, requiredFix(prop))
        : at(`${what} has no ${prop}.`, `Give every ${field} entry a ${prop}.`);
    case 'additionalProperties':
      return path.length === 0
        ? at(
            `"${prop}" is not a roster field.`,
            `Remove it, or rename it to one of: ${ROSTER_FIELDS.join(', ')}.`,
            [prop as string],
          )
        : at(
            `${what} has an unknown key "${prop}".`,
            `Give each ${field} entry only ${ENTRY_KEYS[field]}.`,
            [...path, prop as string],
          );
    case 'dependencies':
      return dependency(error);
    case 'type':
      return at(
        `${what} is ${value}, not ${typeName(error)}.`,
        typeFix(path, what, typeName(error)),
      );
    case 'minimum':
    case 'maximum':
      return at(`${what} is ${value}; it must be from 0 to 5.`, rangeFix(path));
    case 'enum':
      return at(
        `${what} is ${value}; it must be "active" or "inactive".`,
        'Use "active" or "inactive"; leave it empty for active.',
      );
    case 'format':
      return field === 'email'
        ? at(
            `email ${value} is not a valid email address.`,
            "Use the agent's full address, like name@example.com.",
          )
        : at(
            `${what} ${value} is not a date YYYY-MM-DD.`,
            'Use the first day of the schedule week, like 2026-12-07.',
          );
    case 'minLength':
    case 'pattern':
      return at(`${what} is empty.`, emptyFix(path));
    default:
      return at(
        `${what} ${error.message ?? 'is invalid'}.`,
        'Follow lib/schemas/roster-row.schema.json.',
      );
  }
}

function dependency(error: ErrorObject): SchemaIssue {
  const { property, missingProperty } = error.params as {
    property: string;
    missingProperty: string;
  };
  const fix =
    property === 'schedule_id'
      ? `Add the ${missingProperty} of the assignment, or clear schedule_id.`
      : `Add the schedule_id of the assignment, or clear ${property}.`;
  return {
    field: missingProperty === 'schedule_id' ? property : missingProperty,
    message: `${property} is set but ${missingProperty} is missing.`,
    fix,
    path: [property],
  };
}

function requiredFix(prop: string | undefined): string {
  return prop === 'email'
    ? "Add the agent's email address."
    : "Add the agent's display name.";
}

function typeName(error: ErrorObject): string {
  const type = String((error.params as { type: string }).type);
  return TYPE_NAMES[type] ?? type;
}

function typeFix(
  path: readonly (string | number)[],
  what: string,
  type: string,
): string {
  if (path.length === 0) return 'Write each row as an object of fields.';
  if (path.length === 3) return rangeFix(path);
  if (path.length === 1 && ENTRY_KEYS[path[0]]) {
    return `Write ${path[0]} as a list of entries with ${ENTRY_KEYS[path[0]]}.`;
  }
  return `Write ${what} as ${type}.`;
}

function rangeFix(path: readonly (string | number)[]): string {
  if (path[0] === 'languages') return 'Use a whole number from 0 to 5.';
  if (path[2] === 'level') return 'Use a level from 0 to 5.';
  return 'Use a number from 0 to 5; decimals are allowed.';
}

function emptyFix(path: readonly (string | number)[]): string {
  if (path.length === 3) {
    const kind = path[2] === 'language' ? 'language' : 'skill';
    return `Give the exact id or name of the ${kind}, or drop the entry.`;
  }
  return `Fill in ${path[0]} or remove it.`;
}

/** `/skills/1/proficiency` as `['skills', 1, 'proficiency']`. */
function pointer(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** `skills entry 2 (billing) proficiency` for people. */
function label(path: readonly (string | number)[], row: unknown): string {
  const [field, index, key] = path;
  if (typeof index !== 'number') return String(field ?? 'row');
  const list = (row as Record<string, unknown>)[field as string];
  const entry = (list as unknown[])[index] as Record<string, unknown>;
  const id = entry?.skill ?? entry?.language;
  const named = typeof id === 'string' && id ? ` (${clip(id)})` : '';
  const base = `${String(field)} entry ${index + 1}${named}`;
  return key === undefined ? base : `${base} ${String(key)}`;
}

/** A value as it reads in a message, cut to 80 characters. */
export function show(value: unknown): string {
  return value === undefined ? 'missing' : renderValue(value);
}

/** Text for a message, cut to 80 characters with its length noted. */
export const clip = (text: string): string => capText(text);
