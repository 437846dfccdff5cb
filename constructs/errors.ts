import { IConstruct } from 'constructs';

/**
 * A construct was given props it cannot work with. The message names the
 * construct path, the property, the value and what is allowed.
 */
export class GenesysPropsError extends Error {
  constructor(
    readonly constructPath: string,
    readonly property: string,
    readonly value: unknown,
    readonly allowed: string,
  ) {
    super(
      `${constructPath}: invalid ${property} ${render(value)}; ` +
        `allowed: ${allowed}.`,
    );
    this.name = 'GenesysPropsError';
  }
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

function render(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
