/** Longest rendering of a value in a message before it is cut short. */
export const MAX_RENDERED_LENGTH = 80;

/**
 * A value as an error message shows it: strings quoted as JSON, numbers
 * as written (so NaN stays NaN), anything else as JSON where it can be.
 * Past `max` characters it is cut and its full length noted, so that a
 * megabyte of bad input does not make a megabyte of message.
 */
export function renderValue(
  value: unknown,
  max: number = MAX_RENDERED_LENGTH,
): string {
  if (typeof value === 'string') {
    if (value.length <= max) return JSON.stringify(value);
    const head = JSON.stringify(cut(value, max));
    return `${head}… (${characters(value.length)})`;
  }
  return capText(plain(value), max);
}

/** `text` unchanged, or cut to `max` characters with its length noted. */
export function capText(
  text: string,
  max: number = MAX_RENDERED_LENGTH,
): string {
  if (text.length <= max) return text;
  return `${cut(text, max)}… (${characters(text.length)})`;
}

/** `1,048,576 characters`: a length a reader takes in at a glance. */
function characters(count: number): string {
  return `${count.toLocaleString('en-US')} characters`;
}

/** The first `max` UTF-16 units, without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  const last = text.charCodeAt(max - 1);
  const splitsPair = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, splitsPair ? max - 1 : max);
}

function plain(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'number':
    case 'bigint':
    case 'boolean':
    case 'symbol':
      return String(value);
    case 'function':
      // Its source code would say nothing useful.
      return `[function ${value.name || 'anonymous'}]`;
  }
  try {
    return JSON.stringify(value) ?? safeString(value);
  } catch {
    // Cycles (constructs among them) and BigInts inside objects.
    return safeString(value);
  }
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
