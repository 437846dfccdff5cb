import { LoadedFacts } from '../facts/read';
import { InputError, InputPlace } from '../util/input-error';
import { JsonPath, jsonPlace } from '../util/json-text';
import { TfBlock, constructPath, ownText, single } from './blocks';
import { TfFile, isObject } from './inputs';
import { Sources } from './sources';

export type { TfBlock } from './blocks';

/** The label objects of one block type in one file. */
type Labels = [TfFile, Record<string, unknown>];

/**
 * The blocks of one Terraform module (one cdktf stack, or an export that
 * may be split over several files), with the mapping facts that apply.
 * Blocks are made per type on first use, and looked up by address in the
 * parsed JSON itself, so a module costs little beyond JSON.parse.
 */
export class TfModule {
  /** Label objects of each type (`type` or `data.type`), by file. */
  private readonly raw = new Map<string, Labels[]>();
  private readonly built = new Map<string, TfBlock[]>();
  private readonly paths: Readonly<Record<string, unknown>> | undefined;
  /** Where the module's objects were declared. */
  readonly sources: Sources;
  private lastType?: string;
  private lastFiles?: Labels[];

  /**
   * @param embedded true when the facts came with the Terraform JSON, as
   * GenesysApp writes them; sources then come only from the facts.
   */
  constructor(
    readonly stack: string,
    readonly files: readonly TfFile[],
    readonly facts: LoadedFacts | undefined,
    readonly embedded: boolean,
  ) {
    this.sources = new Sources(facts, embedded);
    const paths = facts?.facts.paths;
    this.paths = paths && Object.keys(paths).length > 0 ? paths : undefined;
    for (const file of files) {
      for (const where of ['resource', 'data'] as const) {
        const types = file.json[where];
        if (types === undefined) continue;
        if (!isObject(types)) {
          fail(file, [where], `"${where}" must be an object`);
        }
        for (const type of Object.keys(types)) {
          const labels = types[type];
          if (!isObject(labels)) {
            fail(file, [where, type], `${type} must map names to blocks`);
          }
          const name = where === 'data' ? `data.${type}` : type;
          const list = this.raw.get(name);
          if (list) list.push([file, labels]);
          else this.raw.set(name, [[file, labels]]);
        }
      }
    }
  }

  /** Resource blocks of a type, in file order. */
  resources(type: string): readonly TfBlock[] {
    return this.blocksOf(type);
  }

  /** Data blocks of a type, in file order. */
  dataSources(type: string): readonly TfBlock[] {
    return this.blocksOf(`data.${type}`);
  }

  /** The block at an address, if any. */
  block(address: string): TfBlock | undefined {
    const found = this.find(address);
    if (!found) return undefined;
    const [file, type, label, value] = found;
    return this.makeBlock(file, type, label, value, address);
  }

  /**
   * The key of the block at an address, if there is one: from the facts'
   * paths when they name it, without building the block.
   */
  keyAt(address: string): string | undefined {
    const path = this.paths ? ownText(this.paths, address) : undefined;
    return path ?? this.block(address)?.key;
  }

  /**
   * The parsed body at an address, without building a block: an identity
   * for the object, cheaper than its key where many are looked up.
   */
  bodyAt(address: string): object | undefined {
    const found = this.find(address);
    return found && single(found[3]);
  }

  /**
   * {@link bodyAt} of the address `text.slice(from, to)`, without making
   * the address: for the many `${type.label.id}` references of phones and
   * queue members.
   */
  bodyIn(text: string, from: number, to: number): object | undefined {
    const found = this.find(text, from, to);
    return found && single(found[3]);
  }

  /**
   * Calls `visit` with the body and label of each block of a type, for
   * types with many blocks that need no block objects.
   */
  forEachBody(
    type: string,
    visit: (body: Record<string, unknown>, label: string) => void,
  ): void {
    for (const [file, labels] of this.raw.get(type) ?? []) {
      for (const label in labels) {
        const body = single(labels[label]);
        if (!body) this.failAt(file, type, label, 'must be an object');
        visit(body, label);
      }
    }
  }

  /** Keys of blocks of these types that are not addresses. */
  *pathKeys(types: readonly string[]): Iterable<string> {
    for (const type of types) {
      for (const name of [type, `data.${type}`]) {
        if (!this.raw.has(name)) continue;
        for (const block of this.blocksOf(name)) {
          if (block.key !== block.address) yield block.key;
        }
      }
    }
  }

  /** Throws an InputError at a value inside a block. */
  fail(block: TfBlock, path: JsonPath, detail: string): never {
    const root = [block.data ? 'data' : 'resource', block.type, block.label];
    const place = jsonPlace(block.file.file, block.file.text, [
      ...root,
      ...path,
    ]);
    throw new InputError(place, `${block.address}: ${detail}`);
  }

  /** Throws an InputError at a value inside the facts. */
  failFacts(path: JsonPath, detail: string): never {
    const place: InputPlace = this.facts?.locate(path) ?? {
      file: this.files[0].file,
    };
    throw new InputError(place, detail);
  }

  private blocksOf(type: string): TfBlock[] {
    let blocks = this.built.get(type);
    if (blocks) return blocks;
    blocks = [];
    this.built.set(type, blocks);
    const files = this.raw.get(type) ?? [];
    // Only a type split over several files can declare a label twice.
    const seen = files.length > 1 ? new Map<string, TfFile>() : undefined;
    for (const [file, labels] of files) {
      for (const label of Object.keys(labels)) {
        const earlier = seen?.get(label);
        if (earlier) {
          this.failAt(
            file,
            type,
            label,
            `${type}.${label} is declared again (first in ${earlier.file})`,
          );
        }
        seen?.set(label, file);
        blocks.push(this.makeBlock(file, type, label, labels[label]));
      }
    }
    return blocks;
  }

  /** The block at the address `text.slice(from, to)`, as its parts. */
  private find(
    text: string,
    from = 0,
    to = text.length,
  ): [TfFile, string, string, unknown] | undefined {
    const data = text.startsWith('data.', from);
    const dot = text.indexOf('.', data ? from + 5 : from);
    if (dot < 0 || dot >= to) return undefined;
    // Lookups come in runs of one type; compare before slicing or hashing.
    let type = this.lastType;
    if (
      type === undefined ||
      dot - from !== type.length ||
      !text.startsWith(type, from)
    ) {
      type = text.slice(from, dot);
      this.lastType = type;
      this.lastFiles = this.raw.get(type);
    }
    const files = this.lastFiles;
    if (!files) return undefined;
    const label = text.slice(dot + 1, to);
    for (const [file, labels] of files) {
      // One lookup; a function or a prototype is no block of the file.
      const value = label === '__proto__' ? undefined : labels[label];
      if (value !== undefined && typeof value !== 'function') {
        return [file, type, label, value];
      }
    }
    return undefined;
  }

  /**
   * The construct path of a block: cdktf's path of a main block (its
   * construct's path), else the facts' path, else cdktf's path, else the
   * address. Main blocks skip the facts, which agree for them.
   */
  private keyOf(address: string, body: Record<string, unknown>): string {
    const recorded = constructPath(body);
    if (recorded?.main) return recorded.path;
    const path = this.paths ? ownText(this.paths, address) : undefined;
    return path ?? recorded?.path ?? address;
  }

  private makeBlock(
    file: TfFile,
    type: string,
    label: string,
    value: unknown,
    known?: string,
  ): TfBlock {
    const body = single(value);
    if (!body) this.failAt(file, type, label, 'must be an object');
    const data = type.startsWith('data.');
    const address = known ?? `${type}.${label}`;
    return {
      file,
      data,
      type: data ? type.slice(5) : type,
      label,
      address,
      body,
      key: this.keyOf(address, body),
    };
  }

  private failAt(
    file: TfFile,
    type: string,
    label: string,
    detail: string,
  ): never {
    const data = type.startsWith('data.');
    const where = data ? 'data' : 'resource';
    return fail(file, [where, data ? type.slice(5) : type, label], detail);
  }
}

function fail(file: TfFile, path: JsonPath, detail: string): never {
  throw new InputError(jsonPlace(file.file, file.text, path), detail);
}
