import { IConstruct } from 'constructs';
import { GenesysError } from '../lib/util/library-error';
import { renderValue } from '../lib/util/render-value';

export { GenesysError } from '../lib/util/library-error';

/**
 * A construct was given props it cannot work with. The message names the
 * construct path, the property, the value (cut short when long) and what
 * is allowed.
 */
export class GenesysPropsError extends GenesysError {
  constructor(
    readonly constructPath: string,
    readonly property: string,
    readonly value: unknown,
    readonly allowed: string,
  ) {
    super(
      `${label(constructPath)}: invalid ${property} ${renderValue(value)}; ` +
        `allowed: ${allowed}.`,
    );
    this.name = 'GenesysPropsError';
  }
}

/**
 * A construct or stack was used in a way the library cannot support. The
 * message names its path, the problem and the fix.
 */
export class GenesysConstructError extends GenesysError {
  constructor(
    readonly constructPath: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${label(constructPath)}: ${problem} Fix: ${fix}`);
    this.name = 'GenesysConstructError';
  }
}

/** The app itself has the empty path; messages call it by its class. */
function label(constructPath: string): string {
  return constructPath === '' ? 'GenesysApp' : constructPath;
}

/** Throws GenesysPropsError unless `value` is a non-blank string. */
export function requireText(
  scope: IConstruct,
  property: string,
  value: unknown,
  allowed = 'a non-empty string',
): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new GenesysPropsError(scope.node.path, property, value, allowed);
  }
  return value;
}

/**
 * A copy of a list prop; undefined and null stand for an empty list.
 * Throws GenesysPropsError for anything but an array, a string included:
 * it would otherwise be read one character at a time.
 */
export function requireList<T>(
  scope: IConstruct,
  property: string,
  value: unknown,
  items: string,
): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new GenesysPropsError(
      scope.node.path,
      property,
      value,
      `a list (array) of ${items}`,
    );
  }
  return [...value] as T[];
}

/** Throws unless `value` is a proficiency from 0 to 5 (whole if asked). */
export function requireProficiency(
  scope: IConstruct,
  property: string,
  value: unknown,
  wholeNumber: boolean,
): number {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= 0 &&
    value <= 5 &&
    (!wholeNumber || Number.isInteger(value));
  if (!ok) {
    const allowed = wholeNumber
      ? 'a whole number from 0 to 5'
      : 'a number from 0 to 5';
    throw new GenesysPropsError(scope.node.path, property, value, allowed);
  }
  return value as number;
}

/** Throws unless `value` is a whole number from `min` to `max`. */
export function requireWholeNumber(
  scope: IConstruct,
  property: string,
  value: unknown,
  min: number,
  max = Infinity,
): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < min ||
    value > max
  ) {
    const range = Number.isFinite(max)
      ? `from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}`
      : `of at least ${min.toLocaleString('en')}`;
    throw new GenesysPropsError(
      scope.node.path,
      property,
      value,
      `a whole number ${range}`,
    );
  }
  return value;
}

/** Throws unless `value` is one of `choices`. */
export function requireChoice<T extends string>(
  scope: IConstruct,
  property: string,
  value: unknown,
  choices: readonly T[],
): T {
  if (!choices.includes(value as T)) {
    throw new GenesysPropsError(
      scope.node.path,
      property,
      value,
      `one of ${choices.map((c) => JSON.stringify(c)).join(', ')}`,
    );
  }
  return value as T;
}
