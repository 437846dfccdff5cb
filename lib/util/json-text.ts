import {
  Node,
  findNodeAtLocation,
  parse,
  parseTree,
  printParseErrorCode,
  ParseError,
} from 'jsonc-parser';
import { InputError, InputPlace } from './input-error';

/** A step into a JSON value: a property name or an array index. */
export type JsonPath = readonly (string | number)[];

/**
 * Parses JSON text with the fast built-in parser. Only when that fails is
 * the text scanned again, to report the line and column of the mistake.
 */
export function parseJsonText(file: string, text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    throw syntaxError(file, body, error);
  }
}

/**
 * The place of the value at `path` in JSON text, or of its nearest
 * existing parent. Parses the text again, so call it only to report.
 */
export function jsonPlace(
  file: string,
  text: string,
  path: JsonPath,
): InputPlace {
  return jsonLocator(file, text)(path);
}

/**
 * A function giving places in JSON text, like {@link jsonPlace}, that
 * parses the text once, on its first call.
 */
export function jsonLocator(
  file: string,
  text: string,
): (path: JsonPath) => InputPlace {
  let root: Node | undefined | null = null;
  let lines: ((offset: number) => { line: number; column: number }) | null =
    null;
  return (path) => {
    if (root === null) root = treeOrUndefined(text);
    if (!root) return { file };
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(root, [...path.slice(0, depth)]);
      if (!node) continue;
      // Point at the property name rather than its value where there is.
      const at = node.parent?.type === 'property' ? node.parent : node;
      lines ??= lineIndex(text);
      return { file, ...lines(at.offset) };
    }
    return { file };
  };
}

/** 1-based line and column of an offset. */
export function positionAt(
  text: string,
  offset: number,
): { line: number; column: number } {
  return lineIndex(text)(offset);
}

/**
 * A function giving the 1-based line and column of offsets in `text`. The
 * line starts are found once, so that placing many values in one large
 * file costs a binary search each, not a scan from the start.
 */
export function lineIndex(
  text: string,
): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}

/**
 * The syntax tree of JSON text, or undefined when it is nested too deeply
 * for the recursive parser: a place is then unknown, not a crash.
 */
function treeOrUndefined(text: string): Node | undefined {
  try {
    return parseTree(text);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

function syntaxError(file: string, text: string, error: unknown): InputError {
  const errors: ParseError[] = [];
  const detail = error instanceof Error ? error.message : String(error);
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch (deep) {
    // Too deeply nested for the recursive parser: the built-in parser's
    // own message and offset are all there is.
    if (!(deep instanceof RangeError)) throw deep;
    const offset = /at position (\d+)/.exec(detail)?.[1];
    const place = offset ? positionAt(text, Number(offset)) : {};
    return new InputError({ file, ...place }, `is not valid JSON: ${detail}`);
  }
  const first = errors[0];
  if (!first) {
    return new InputError({ file }, `is not valid JSON: ${detail}`);
  }
  const problem = printParseErrorCode(first.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return new InputError(
    { file, ...positionAt(text, first.offset) },
    `is not valid JSON: ${problem}`,
  );
}
