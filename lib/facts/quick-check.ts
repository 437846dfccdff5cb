/**
 * A quick, conservative reading of a JSON Schema: a check that says true
 * only for values that certainly conform, for the keywords it knows. It
 * never explains a failure: a value it rejects goes to the full validator,
 * which gives the errors. A schema with any keyword it does not know gets
 * no quick check at all, so the two cannot disagree on a valid value.
 *
 * Large facts documents are valid almost always, and checking them this
 * way costs a fraction of compiling and running the full validator.
 */

/** True only when the value certainly conforms to the schema. */
export type QuickCheck = (value: unknown) => boolean;

/** Keywords that say nothing about validity. */
const ANNOTATIONS = new Set([
  '$schema',
  'title',
  'description',
  'default',
  'examples',
  '$comment',
]);

/** Thrown at a keyword or form the quick check does not know. */
class Unsupported extends Error {}

/**
 * The quick check of a draft-07 schema, or undefined when the schema uses
 * something it does not know. References must point into `definitions`.
 */
export function quickCheck(schema: unknown): QuickCheck | undefined {
  if (!isPlainObject(schema)) return undefined;
  const definitions = schema.definitions;
  if (definitions !== undefined && !isPlainObject(definitions)) {
    return undefined;
  }
  const refs = new Map<string, QuickCheck>();
  const compiling = new Set<string>();

  const ref = (pointer: unknown): QuickCheck => {
    if (typeof pointer !== 'string') throw new Unsupported();
    const known = refs.get(pointer);
    if (known) return known;
    const name = /^#\/definitions\/([A-Za-z0-9_-]+)$/.exec(pointer)?.[1];
    const target = name && definitions ? own(definitions, name) : undefined;
    if (target === undefined) throw new Unsupported();
    if (compiling.has(pointer)) {
      // A recursive reference: look the check up when it runs.
      return (value) => refs.get(pointer)!(value);
    }
    compiling.add(pointer);
    const check = compile(target, false);
    compiling.delete(pointer);
    refs.set(pointer, check);
    return check;
  };

  const compile = (node: unknown, root: boolean): QuickCheck => {
    if (node === true) return () => true;
    if (!isPlainObject(node)) throw new Unsupported();
    const checks: QuickCheck[] = [];
    for (const keyword of Object.keys(node)) {
      const arg = node[keyword];
      if (ANNOTATIONS.has(keyword)) continue;
      if (root && (keyword === '$id' || keyword === 'definitions')) continue;
      checks.push(keywordCheck(keyword, arg, node, compile, ref));
    }
    return all(checks);
  };

  try {
    return compile(schema, true);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function keywordCheck(
  keyword: string,
  arg: unknown,
  node: Record<string, unknown>,
  compile: (node: unknown, root: boolean) => QuickCheck,
  ref: (pointer: unknown) => QuickCheck,
): QuickCheck {
  switch (keyword) {
    case '$ref':
      return ref(arg);
    case 'type':
      return typeCheck(arg);
    case 'const':
      if (!isPrimitive(arg)) throw new Unsupported();
      return (value) => value === arg;
    case 'enum': {
      if (!Array.isArray(arg) || !arg.every(isPrimitive)) {
        throw new Unsupported();
      }
      return (value) => arg.includes(value);
    }
    case 'minLength': {
      if (!isCount(arg)) throw new Unsupported();
      return (value) => typeof value === 'string' && hasLength(value, arg);
    }
    case 'minimum': {
      if (typeof arg !== 'number' || !Number.isFinite(arg)) {
        throw new Unsupported();
      }
      return (value) =>
        typeof value === 'number' && Number.isFinite(value) && value >= arg;
    }
    case 'required': {
      if (!Array.isArray(arg) || !arg.every((n) => typeof n === 'string')) {
        throw new Unsupported();
      }
      const names = arg as string[];
      return (value) => {
        if (!isObject(value)) return false;
        for (const name of names) if (value[name] === undefined) return false;
        return true;
      };
    }
    case 'items': {
      const item = compile(arg, false);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++)
          if (!item(value[i])) return false;
        return true;
      };
    }
    case 'anyOf': {
      if (!Array.isArray(arg) || arg.length === 0) throw new Unsupported();
      const branches = arg.map((branch) => compile(branch, false));
      return (value) => branches.some((branch) => branch(value));
    }
    case 'properties':
      return propertiesCheck(arg, node.additionalProperties, compile);
    case 'additionalProperties':
      // Checked with `properties` when the node has them.
      if (node.properties !== undefined) return () => true;
      return propertiesCheck({}, arg, compile);
    default:
      throw new Unsupported();
  }
}

/**
 * `properties` with the node's `additionalProperties`: every own key of
 * an object is either a listed property, checked by its schema, or an
 * additional one, refused or checked by the additional schema.
 */
function propertiesCheck(
  properties: unknown,
  additional: unknown,
  compile: (node: unknown, root: boolean) => QuickCheck,
): QuickCheck {
  if (!isPlainObject(properties)) throw new Unsupported();
  const names = Object.keys(properties);
  const checks = names.map((name) => compile(properties[name], false));
  // Values are read as the full validator reads them, inherited ones too.
  const listed = (value: Record<string, unknown>): boolean => {
    for (let i = 0; i < names.length; i++) {
      const item = value[names[i]];
      if (item !== undefined && !checks[i](item)) return false;
    }
    return true;
  };
  if (additional === undefined || additional === true) {
    return (value) => isObject(value) && listed(value);
  }
  if (additional === false) {
    return (value) => {
      if (!isObject(value) || !listed(value)) return false;
      for (const key in value) if (!names.includes(key)) return false;
      return true;
    };
  }
  const rest = compile(additional, false);
  return (value) => {
    if (!isObject(value) || !listed(value)) return false;
    for (const key in value) {
      if (!names.includes(key) && !rest(value[key])) return false;
    }
    return true;
  };
}

function typeCheck(arg: unknown): QuickCheck {
  const names = typeof arg === 'string' ? [arg] : arg;
  if (!Array.isArray(names) || names.length === 0) throw new Unsupported();
  const checks = names.map((name): QuickCheck => {
    switch (name) {
      case 'object':
        return isObject;
      case 'array':
        return Array.isArray;
      case 'string':
        return (value) => typeof value === 'string';
      case 'number':
        return (value) => typeof value === 'number' && Number.isFinite(value);
      case 'integer':
        return Number.isInteger as QuickCheck;
      case 'null':
        return (value) => value === null;
      case 'boolean':
        return (value) => typeof value === 'boolean';
      default:
        throw new Unsupported();
    }
  });
  return checks.length === 1
    ? checks[0]
    : (value) => checks.some((check) => check(value));
}

function all(checks: QuickCheck[]): QuickCheck {
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0];
  if (checks.length === 2) {
    const [a, b] = checks;
    return (value) => a(value) && b(value);
  }
  return (value) => checks.every((check) => check(value));
}

/** True when a string has at least `min` code points. */
function hasLength(text: string, min: number): boolean {
  // A code point takes one or two UTF-16 units.
  if (text.length >= 2 * min) return true;
  if (text.length < min) return false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // The high half of a pair starts a code point, the low half does not.
    if (unit < 0xdc00 || unit > 0xdfff) count++;
  }
  return count >= min;
}

function own(record: Record<string, unknown>, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, name)
    ? record[name]
    : undefined;
}

/** An object that is no array, as the schema's `object` type. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A plain object, as a schema is made of. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isPrimitive(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
