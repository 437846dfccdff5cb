import {
  Node,
  ParseError,
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import { RosterCollector } from './collect';
import { SchemaIssue, clip } from './schema';
import { Position } from './types';

/** Keys a roster object may have beside its `agents` array. */
const TOP_LEVEL_KEYS = ['agents', '$schema'];

/**
 * Reads a JSON roster, a top-level array of rows or an object with an
 * `agents` array, into a collector. The syntax tree gives every row and
 * value its line and column, so problems point at the value at fault and
 * agents at the row's opening brace.
 */
export function readJsonRoster(text: string, collector: RosterCollector) {
  const lines = new LineIndex(text);
  const errors: ParseError[] = [];
  const root = treeOf(text, errors);
  if (root === 'too-deep') {
    collector.report(
      { line: 1, column: 1 },
      {
        field: '',
        message: 'The JSON is nested too deeply to be read.',
        fix: 'Write rows as flat objects, as docs/roster-format.md shows.',
      },
    );
    return;
  }
  for (const error of errors) {
    collector.report(lines.position(error.offset), {
      field: '',
      message: `The JSON cannot be read: ${printParseErrorCode(error.error)}.`,
      fix: 'Correct the JSON syntax at this position.',
    });
  }
  if (errors.length || !root) return;

  for (const row of rowNodes(root, collector, lines)) {
    const value = getNodeValue(row);
    const start = lines.position(row.offset);
    const at = (issue: SchemaIssue) => lines.position(locate(row, issue));
    collector.addRow(value, { start, at });
  }
}

/** The syntax tree, or `too-deep` when the recursive parser overflows. */
function treeOf(
  text: string,
  errors: ParseError[],
): Node | undefined | 'too-deep' {
  try {
    return parseTree(text, errors, {
      disallowComments: true,
      allowTrailingComma: false,
    });
  } catch (error) {
    if (error instanceof RangeError) return 'too-deep';
    throw error;
  }
}

function rowNodes(
  root: Node,
  collector: RosterCollector,
  lines: LineIndex,
): Node[] {
  if (root.type === 'array') return root.children ?? [];
  const agents = root.type === 'object' && findNodeAtLocation(root, ['agents']);
  if (!agents || agents.type !== 'array') {
    collector.report(lines.position(root.offset), {
      field: '',
      message: 'The roster is not an array of rows or {"agents": [...]}.',
      fix: 'Put the rows in a top-level array, or in an "agents" array.',
    });
    return [];
  }
  for (const property of root.children ?? []) {
    const key = property.children?.[0];
    if (!key || TOP_LEVEL_KEYS.includes(key.value)) continue;
    collector.report(lines.position(key.offset), {
      field: String(key.value),
      message: `"${clip(String(key.value))}" is not a roster key.`,
      fix: 'Keep only "agents" (and "$schema") at the top level.',
    });
  }
  return agents.children ?? [];
}

/**
 * Offset of the value an issue names (of its key, for unknown keys);
 * falls back to the nearest enclosing value that exists.
 */
function locate(row: Node, issue: SchemaIssue): number {
  const { path } = issue;
  for (let n = path.length; n > 0; n--) {
    const node = findNodeAtLocation(row, path.slice(0, n));
    if (!node) continue;
    const key = issue.atKey && n === path.length ? node.parent : undefined;
    return key?.type === 'property' ? key.offset : node.offset;
  }
  return row.offset;
}

/** Turns offsets into 1-based lines and columns. */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    const breaks = /\r\n|\r|\n/g;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
      this.starts.push(m.index + m[0].length);
    }
  }

  position(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }
}
