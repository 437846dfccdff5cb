import { SourceLocation } from '../model/types';

/**
 * A source location found only when a report reads it. Rules copy the
 * `source` of every object they look at, while few objects have findings,
 * and finding a place means scanning the file; so the scan waits for the
 * first read of `file`, `line` or `column`.
 */
export class LazyPlace<T = undefined> implements SourceLocation {
  private found?: SourceLocation | null;

  /**
   * @param find called once, with `arg`; one function can serve many
   * places, so that a place costs one small object.
   */
  constructor(
    private readonly fallbackFile: string,
    private readonly find: (arg: T) => SourceLocation | undefined,
    private readonly arg: T,
  ) {}

  get file(): string {
    return this.place()?.file ?? this.fallbackFile;
  }

  get line(): number {
    return this.place()?.line ?? 1;
  }

  get column(): number | undefined {
    return this.place()?.column;
  }

  /** The location as plain data, for JSON. */
  toJSON(): SourceLocation {
    const { file, line, column } = this;
    return column === undefined ? { file, line } : { file, line, column };
  }

  private place(): SourceLocation | undefined {
    if (this.found === undefined) this.found = this.find(this.arg) ?? null;
    return this.found ?? undefined;
  }
}
