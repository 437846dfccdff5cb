/**
 * cdktf records a full, unlimited stack trace for every token it creates
 * (by capturing into a plain object and formatting it at once). At
 * contact-center scale that is most of synthesis time and memory: tens of
 * kilobytes per agent. These traces only decorate token-resolution error
 * messages, so the library lets a GenesysApp skip them.
 */

const KEEP = Symbol.for('cdktf-genesyscloud-byoc.keep-stack');
let installed = false;

/** A plain object whose captured stack is always formatted. */
export function stackHolder(): { stack?: string } {
  return { [KEEP]: true } as { stack?: string };
}

/**
 * Makes stack captures into plain objects (not Errors, not holders made by
 * {@link stackHolder}) format as an empty string. Errors keep their stack
 * traces. Installed once per process; safe to call repeatedly.
 */
export function skipTokenStackTraces(): void {
  if (installed) return;
  installed = true;
  const previous = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, frames) => {
    const keep =
      error instanceof Error ||
      (typeof error === 'object' && error !== null && KEEP in error);
    if (!keep) return '';
    if (previous) return previous(error, frames);
    return `${String(error)}${frames.map((f) => `\n    at ${f}`).join('')}`;
  };
}
