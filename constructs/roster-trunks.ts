import { SourceLocation } from '../lib/model/types';
import { IByocTrunk } from './byoc-trunk';
import { GenesysPropsError } from './errors';
import { MappingRegistry } from './registry';

/** The first row of a trunk cell that named no trunk when read. */
interface Unmatched {
  readonly field: string;
  readonly source: SourceLocation;
}

/**
 * Resolves the `trunk` and `trunk_association` cells of one roster by
 * exact trunk id first, then by exact trunk name. An id stays a string,
 * which resolves at synth like any trunk id, so its trunk may be declared
 * after the roster. A name becomes the trunk construct it names, so that
 * trunk must already be declared; {@link RosterTrunks.check} tells when
 * one was declared too late.
 */
export class RosterTrunks {
  private readonly resolved = new Map<string, IByocTrunk | string>();
  private readonly unmatched = new Map<string, Unmatched>();

  constructor(private readonly registry: MappingRegistry) {}

  /** True when some cell named no trunk when it was read. */
  get hasUnmatched(): boolean {
    return this.unmatched.size > 0;
  }

  /** The trunk a cell names, or the cell itself as a trunk id. */
  resolve(
    value: string,
    field: string,
    source: SourceLocation,
  ): IByocTrunk | string {
    let trunk = this.resolved.get(value);
    if (trunk === undefined) {
      const found = this.registry.trunkByLiteral(value);
      // An id stays a string, as any other trunk id prop does.
      trunk =
        found && this.registry.trunkById(value) !== found
          ? (found as IByocTrunk)
          : value;
      this.resolved.set(value, trunk);
      if (!found) this.unmatched.set(value, { field, source });
    }
    return trunk;
  }

  /**
   * Throws a GenesysPropsError when a cell that named no trunk when it
   * was read names a trunk by name now: that trunk was declared after
   * the roster. Call once every construct is declared.
   */
  check(rosterPath: string): void {
    for (const [value, { field, source }] of this.unmatched) {
      if (this.registry.trunkById(value)) continue;
      const named = this.registry.trunkByLiteral(value) as
        IByocTrunk | undefined;
      if (!named) continue;
      throw new GenesysPropsError(
        rosterPath,
        field,
        value,
        `the trunk id or name of a trunk declared before the roster; ` +
          `${named.node.path} has this name but is declared after the ` +
          `roster (first used at ${source.file}:${source.line}): declare ` +
          `it before the roster, or write its trunk id "${named.trunkId}"`,
      );
    }
  }
}
