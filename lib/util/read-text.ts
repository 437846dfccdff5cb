import * as fs from 'fs';
import { InputError } from './input-error';

/** The whole text of a file, or an InputError saying why not. */
export function readText(file: string, shownAs = file): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : `cannot be read (${code ?? String(error)})`;
    throw new InputError({ file: shownAs }, why);
  }
}
