import * as path from 'path';
import { LoadedFacts } from '../facts/read';
import { DEFAULT_EMBEDDED_ROOT } from '../facts/types';
import { SourceLocation } from '../model/types';
import { JsonPath } from '../util/json-text';
import { LazyPlace } from '../util/lazy-place';
import { TfBlock, blockPlaces, ownObject } from './blocks';
import { TfFile } from './inputs';

/**
 * Where the objects of one module were declared. The facts say so for a
 * stack GenesysApp wrote (the file and line of each `new` call); for an
 * export, a finding points at its block in the Terraform JSON, or at its
 * entry in the policy file, found only when a report reads the place.
 */
export class Sources {
  private readonly places = new Map<TfFile, Map<string, SourceLocation>>();
  /** Where relative files of the facts' sources start, when known. */
  private readonly root?: string;
  private readonly rootedFiles = new Map<string, string>();

  /**
   * @param embedded true for facts that came with the Terraform JSON;
   * sources then come from the facts alone, as synthesis reported them,
   * relative to the directory synthesis ran in.
   */
  constructor(
    private readonly facts: LoadedFacts | undefined,
    private readonly embedded: boolean,
  ) {
    const root =
      facts?.facts.root ?? (embedded ? DEFAULT_EMBEDDED_ROOT : undefined);
    if (root !== undefined && facts?.absolute) {
      this.root = path.resolve(path.dirname(facts.absolute), root);
    }
  }

  /** The declaration of an object with a block, or only a key. */
  of(key: string, block?: TfBlock): SourceLocation | undefined {
    const sources = this.facts?.facts.sources;
    if (sources) {
      const known =
        ownObject(sources, key) ??
        (block ? ownObject(sources, block.address) : undefined);
      if (known) return this.rooted(known);
    }
    if (this.embedded || !block) return undefined;
    return new LazyPlace(block.file.absolute, this.placeOf, block);
  }

  /** The declaration of an object only the facts declare, at `entry`. */
  ofFacts(key: string, entry: JsonPath): SourceLocation | undefined {
    return this.of(key) ?? this.factsEntry(entry);
  }

  /**
   * The place of an entry of a policy file, found when a report reads
   * it. Undefined for facts embedded by synthesis, whose entries are no
   * place a user edits.
   */
  factsEntry(entry: JsonPath): SourceLocation | undefined {
    const facts = this.facts;
    if (this.embedded || !facts) return undefined;
    const file = facts.absolute ?? facts.file;
    const find = (): SourceLocation | undefined => {
      const place = facts.locate(entry);
      if (place.line === undefined) return undefined;
      return { file, line: place.line, column: place.column };
    };
    return new LazyPlace(file, find, undefined);
  }

  /** A source whose relative file starts at the root, when there is one. */
  private rooted(source: SourceLocation): SourceLocation {
    if (!this.root || path.isAbsolute(source.file)) return source;
    // Thousands of sources name a handful of files: resolve each once.
    let file = this.rootedFiles.get(source.file);
    if (file === undefined) {
      file = path.resolve(this.root, source.file);
      this.rootedFiles.set(source.file, file);
    }
    // A literal rather than a spread: this runs once per object.
    return source.column === undefined
      ? { file, line: source.line }
      : { file, line: source.line, column: source.column };
  }

  private readonly placeOf = (block: TfBlock): SourceLocation | undefined => {
    let places = this.places.get(block.file);
    if (!places) {
      places = blockPlaces(block.file);
      this.places.set(block.file, places);
    }
    return places.get(block.address);
  };
}
