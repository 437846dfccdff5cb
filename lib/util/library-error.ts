/**
 * Marks errors of this library on their prototype. A symbol from the
 * global registry, so that two copies of the library (or two module
 * registries in one test run) recognise each other's errors.
 */
const LIBRARY_ERROR = Symbol.for('cdktf-genesyscloud-byoc.library-error');

/**
 * Base of the errors this library throws for bad input. Their message
 * names what is wrong, where, and the fix; a stack trace would only add
 * noise, so an app run with node prints just the message (see
 * `exitCleanlyOnLibraryErrors`).
 */
export class GenesysError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GenesysError';
  }
}
Object.defineProperty(GenesysError.prototype, LIBRARY_ERROR, { value: true });

/** True for errors of this library, from any copy of it. */
export function isLibraryError(error: unknown): error is Error {
  // Not instanceof Error: errors from another realm fail that test.
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as Record<symbol, unknown>)[LIBRARY_ERROR] === true
  );
}
