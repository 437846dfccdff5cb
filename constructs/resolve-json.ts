import { IConstruct } from 'constructs';
import { DefaultTokenResolver, StringConcat, Token, Tokenization } from 'cdktf';

/**
 * Resolves the tokens in plain JSON data (objects, arrays, strings,
 * numbers) as `Tokenization.resolve` does in `scope`, giving the same
 * result, but resolves each distinct string once and walks objects and
 * arrays itself. cdktf makes a resolution context for every key and
 * value; on the WFM payload of 50,000 agents that took seconds, spent on
 * keys and on the same few skill and trunk ids over and over.
 *
 * Anything that is not plain data (a resolvable, a class instance, a map
 * or list token, a list of strings or numbers) is handed to cdktf whole.
 */
export function resolveJson<T>(value: T, scope: IConstruct): T {
  const options = {
    scope,
    preparing: false,
    resolver: new DefaultTokenResolver(new StringConcat()),
  };
  const strings = new Map<string, unknown>();
  const byCdktf = (v: unknown) => Tokenization.resolve(v, options);

  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (!strings.has(v)) strings.set(v, byCdktf(v));
      return strings.get(v);
    }
    if (typeof v === 'number') return Token.isUnresolved(v) ? byCdktf(v) : v;
    if (v === null || v === undefined || typeof v === 'boolean') return v;
    if (Array.isArray(v)) {
      // Lists of scalars may hold list tokens; cdktf knows those.
      if (v.some((x) => typeof x === 'string' || typeof x === 'number')) {
        return byCdktf(v);
      }
      return v.map(visit).filter((x) => x !== undefined);
    }
    if (!isPlainObject(v) || Token.isUnresolved(v)) return byCdktf(v);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) {
      const name = visit(key);
      if (typeof name !== 'string') return byCdktf(v);
      const resolved = visit(item);
      if (resolved !== undefined) out[name] = resolved;
    }
    return out;
  };
  return visit(value) as T;
}

function isPlainObject(v: unknown): v is object {
  if (typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Marks of a cdktf string or list token inside a string. */
const TOKEN_MARK = /[$#]\{TfToken\[/;

/**
 * Resolves, in place, the string tokens inside plain JSON data that was
 * built from construct values, such as the mapping facts: a string that
 * holds a token is replaced by its resolution in `scope`. Nothing is
 * copied, since such data is large and rarely holds a token at all.
 */
export function resolveStringsInPlace<T>(value: T, scope: IConstruct): T {
  const options = {
    scope,
    preparing: false,
    resolver: new DefaultTokenResolver(new StringConcat()),
  };
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    const holder = v as Record<string | number, unknown>;
    for (const key of Array.isArray(v) ? v.keys() : Object.keys(v)) {
      const item = holder[key];
      if (typeof item !== 'string') walk(item);
      else if (TOKEN_MARK.test(item)) {
        holder[key] = Tokenization.resolve(item, options);
      }
    }
  };
  walk(value);
  return value;
}
