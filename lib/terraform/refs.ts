import { Ref } from '../model/types';
import { isObject } from './inputs';
import type { TfModule } from './module';

/** `${type.label.attr}` or `${data.type.label.attr}`, nothing around it. */
const REFERENCE =
  /^\$\{\s*((?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)\s*\}$/;

/** A cdktf cross-stack reference through a remote state data source. */
const REMOTE =
  /^\$\{\s*data\.terraform_remote_state\.([\w-]+)\.outputs\.([\w-]+)\s*\}$/;

/** How many recent references a resolver compares before its table. */
const RECENT = 4;

/** Label prefix cdktf gives the remote state of another stack. */
const REMOTE_PREFIX = 'cross-stack-reference-input-';

/** The modules a resolver may follow references into. */
export interface ModuleLookup {
  /** The module of a stack and its resolver, by stack name. */
  module(stack: string): { module: TfModule; resolver: Resolver } | undefined;
  /** True when some module declares an object with this key. */
  hasKey(key: string): boolean;
  /** The one string of all keys equal to `key`. */
  intern(key: string): string;
}

/**
 * Turns Terraform values and facts strings into model references. A
 * `${type.label.id}` expression refers to its block by identity; a plain
 * string is a literal id or name. Any other expression is an identity of
 * its own, named by its text: equal text, equal reference, but no object
 * behind it.
 */
export class Resolver {
  private readonly cache = new Map<string, Ref>();
  // The last few references, compared before hashing: most attributes
  // repeat a reference made just before (the same skill, the same site).
  private readonly recentText: string[] = [];
  private readonly recentRef: Ref[] = [];
  private next = 0;
  private lastFactsText?: string;
  private lastFactsRef?: Ref;

  constructor(
    private readonly module: TfModule,
    private readonly lookup: ModuleLookup,
  ) {}

  /** The reference an attribute value makes. */
  value(raw: unknown): Ref {
    if (typeof raw !== 'string') {
      const value = raw === null || raw === undefined ? raw : String(raw);
      return { kind: 'literal', value };
    }
    if (!raw.includes('${')) return { kind: 'literal', value: raw };
    for (let i = 0; i < this.recentText.length; i++) {
      if (this.recentText[i] === raw) return this.recentRef[i];
    }
    let ref = this.cache.get(raw);
    if (!ref) {
      ref = this.expression(raw, 0);
      this.cache.set(raw, ref);
    }
    this.recentText[this.next] = raw;
    this.recentRef[this.next] = ref;
    this.next = (this.next + 1) % RECENT;
    return ref;
  }

  /**
   * The parsed body of the block a `${type.label.id}` expression refers
   * to, here or, through cdktf's remote state, in another stack. Bodies
   * are identities that cost no string hashing, for tying many phones
   * and queue seats to their users.
   */
  body(raw: unknown, depth = 0): object | undefined {
    if (typeof raw !== 'string' || !raw.startsWith('${')) return undefined;
    // The common `${type.label.id}` needs no pattern; spaces and remote
    // state take the general path.
    if (raw.endsWith('.id}')) {
      const found = this.module.bodyIn(raw, 2, raw.length - 4);
      if (found) return found;
    }
    const remote = REMOTE.exec(raw);
    if (remote && depth < 8) {
      const target = this.remote(remote[1], remote[2]);
      return target?.resolver.body(target.value, depth + 1);
    }
    const match = REFERENCE.exec(raw);
    if (!match || match[2] !== 'id') return undefined;
    return this.module.bodyAt(match[1]);
  }

  /**
   * The reference a facts string makes: an address of this module, a key
   * declared anywhere (a construct path), an expression, or a literal.
   */
  facts(raw: string): Ref {
    if (raw === this.lastFactsText) return this.lastFactsRef!;
    const key = this.module.keyAt(raw);
    const ref: Ref =
      key !== undefined
        ? { kind: 'object', key: this.lookup.intern(key) }
        : this.lookup.hasKey(raw)
          ? { kind: 'object', key: this.lookup.intern(raw) }
          : this.value(raw);
    // Facts repeat a trunk or a skill entry after entry.
    this.lastFactsText = raw;
    this.lastFactsRef = ref;
    return ref;
  }

  /** The key a facts string names, if it names an object. */
  factsKey(raw: string): string | undefined {
    // An address of this module, the usual case, needs no reference made.
    const key = this.module.keyAt(raw);
    if (key !== undefined) return key;
    const ref = this.facts(raw);
    return ref.kind === 'object' ? ref.key : undefined;
  }

  private expression(raw: string, depth: number): Ref {
    const remote = REMOTE.exec(raw);
    if (remote && depth < 8) {
      const target = this.remote(remote[1], remote[2]);
      if (target) return target.resolver.expression(target.value, depth + 1);
    }
    const match = REFERENCE.exec(raw);
    const block = match && this.module.block(match[1]);
    if (block && match[2] === 'id') {
      return { kind: 'object', key: this.lookup.intern(block.key) };
    }
    // Construct paths and addresses never hold `${`, so no object has it.
    return { kind: 'object', key: this.lookup.intern(raw.trim()) };
  }

  private remote(
    label: string,
    output: string,
  ): { resolver: Resolver; value: string } | undefined {
    if (!label.startsWith(REMOTE_PREFIX)) return undefined;
    const origin = this.lookup.module(label.slice(REMOTE_PREFIX.length));
    if (!origin) return undefined;
    for (const file of origin.module.files) {
      const outputs = file.json.output;
      const entry = isObject(outputs) ? outputs[output] : undefined;
      const value = isObject(entry) ? entry.value : undefined;
      if (typeof value === 'string') {
        return { resolver: origin.resolver, value };
      }
    }
    return undefined;
  }
}
