import {
  Document,
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
} from 'yaml';
import { InputError, InputPlace } from '../util/input-error';
import * as path from 'path';
import { JsonPath, jsonLocator, parseJsonText } from '../util/json-text';
import { readText } from '../util/read-text';
import { MappingFacts } from './types';
import { dottedPath, factsProblems } from './validate';

/** Most schema problems one error message lists. */
const LISTED_PROBLEMS = 10;

/** A valid facts document and a way to point into the file it came from. */
export interface LoadedFacts {
  readonly facts: MappingFacts;
  /** File as the user named it. */
  readonly file: string;
  /** Absolute path of the file, for source locations. */
  readonly absolute?: string;
  /** The place of a value inside the facts, for error messages. */
  locate(path: JsonPath): InputPlace;
}

/**
 * Reads a facts file: JSON when it ends in `.json`, YAML otherwise. Throws
 * an InputError naming the file, line and column of the first problem.
 */
export function readFactsFile(file: string, shownAs = file): LoadedFacts {
  const text = readText(file, shownAs);
  const absolute = path.resolve(file);
  if (/\.json$/i.test(file)) {
    const value = parseJsonText(shownAs, text);
    const locate = jsonLocator(shownAs, text);
    return { ...checkFacts(value, shownAs, locate), absolute };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const at = lines.linePos(error.pos[0]);
    const detail = error.message.split('\n')[0];
    throw new InputError(
      { file: shownAs, line: at.line, column: at.col },
      `is not valid YAML: ${detail}`,
    );
  }
  const locate = (path: JsonPath) => yamlPlace(shownAs, doc, lines, path);
  return { ...checkFacts(doc.toJS(), shownAs, locate), absolute };
}

/**
 * Checks a parsed facts value against the schema. Throws an InputError at
 * the first problem, listing the others in the message.
 */
export function checkFacts(
  value: unknown,
  file: string,
  locate: (path: JsonPath) => InputPlace,
): LoadedFacts {
  const problems = factsProblems(value);
  if (problems.length === 0) {
    return { facts: value as MappingFacts, file, locate };
  }
  const lines = problems
    .slice(0, LISTED_PROBLEMS)
    .map((p) => `${dottedPath(p.path)} ${p.message}`);
  if (problems.length > LISTED_PROBLEMS) {
    lines.push(`and ${problems.length - LISTED_PROBLEMS} more`);
  }
  throw new InputError(
    locate(problems[0].path),
    `mapping facts are invalid: ${lines.join('; ')}`,
  );
}

function yamlPlace(
  file: string,
  doc: Document,
  lines: LineCounter,
  path: JsonPath,
): InputPlace {
  let node: unknown = doc.contents;
  let offset = (doc.contents?.range?.[0] as number | undefined) ?? 0;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => (isScalar(p.key) ? p.key.value : p.key) === step,
      );
      if (!pair) break;
      offset = (isScalar(pair.key) && pair.key.range?.[0]) || offset;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step];
      if (!item) break;
      offset = (item as { range?: number[] }).range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  const at = lines.linePos(offset);
  return { file, line: at.line, column: at.col };
}
