import { GenesysError } from './library-error';

/** A place in an input file; line and column are 1-based. */
export interface InputPlace {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * An input file could not be read or does not have the expected shape.
 * The message starts with `file:line:column` where the place is known,
 * so editors and terminals can jump to it.
 */
export class InputError extends GenesysError {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** What is wrong, without the place. */
  readonly detail: string;

  constructor(place: InputPlace, detail: string) {
    super(`${placeLabel(place)}: ${detail}`);
    this.name = 'InputError';
    this.file = place.file;
    this.line = place.line;
    this.column = place.column;
    this.detail = detail;
  }
}

/** `file`, `file:line` or `file:line:column`. */
export function placeLabel(place: InputPlace): string {
  if (place.line === undefined) return place.file;
  const column = place.column === undefined ? '' : `:${place.column}`;
  return `${place.file}:${place.line}${column}`;
}

/** The message of any thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
