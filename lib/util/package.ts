import * as fs from 'fs';
import * as path from 'path';

/** Name of this package, as in package.json. */
export const PACKAGE_NAME = 'cdktf-genesyscloud-byoc';

let cached: { root: string; version: string } | undefined;

/**
 * The folder of this package's package.json and its version. Compiled
 * files sit at another depth than the sources, so walk up from here.
 */
export function packageInfo(): { root: string; version: string } {
  if (cached) return cached;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = readManifest(path.join(dir, 'package.json'));
    if (manifest?.name === PACKAGE_NAME) {
      cached = { root: dir, version: manifest.version ?? '0.0.0' };
      return cached;
    }
    if (path.dirname(dir) === dir) break;
  }
  cached = { root: path.resolve(__dirname, '..', '..'), version: '0.0.0' };
  return cached;
}

function readManifest(
  file: string,
): { name?: string; version?: string } | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
