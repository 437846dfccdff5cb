import { isAscii } from 'buffer';
import * as fs from 'fs';
import { InputError } from './input-error';

/** The whole text of a file, or an InputError saying why not. */
export function readText(file: string, shownAs = file): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
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
  return decode(bytes);
}

/**
 * UTF-8 text of bytes. ASCII, which synthesized Terraform JSON is unless
 * a name or description holds other letters, reads the same in Latin-1,
 * whose decoding is a plain copy: for a file of hundreds of megabytes that
 * halves the time to read it.
 */
function decode(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
