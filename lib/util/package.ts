import * as fs from 'fs';
import * as path from 'path';

/** Name of this package, as in package.json. */
export const PACKAGE_NAME = 'cdktf-genesyscloud-byoc';

/** What the library needs of its own package.json. */
export interface PackageInfo {
  /** The folder of package.json. */
  readonly root: string;
  readonly version: string;
  /**
   * Web address of the source repository, from `repository` (else
   * `homepage`), without `.git` or a `#fragment`. Default: none.
   */
  readonly repositoryUrl?: string;
}

interface Manifest {
  name?: string;
  version?: string;
  repository?: string | { url?: string };
  homepage?: string;
}

let cached: PackageInfo | undefined;

/**
 * The folder of this package's package.json, its version and repository.
 * Compiled files sit at another depth than the sources, so walk up from
 * here.
 */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = readManifest(path.join(dir, 'package.json'));
    if (manifest?.name === PACKAGE_NAME) {
      cached = infoOf(dir, manifest);
      return cached;
    }
    if (path.dirname(dir) === dir) break;
  }
  cached = { root: path.resolve(__dirname, '..', '..'), version: '0.0.0' };
  return cached;
}

/** The info a manifest in `root` gives; exported for tests. */
export function infoOf(root: string, manifest: Manifest): PackageInfo {
  const repository =
    typeof manifest.repository === 'string'
      ? manifest.repository
      : manifest.repository?.url;
  const url = webUrl(repository) ?? webUrl(manifest.homepage);
  return {
    root,
    version: manifest.version ?? '0.0.0',
    ...(url ? { repositoryUrl: url } : {}),
  };
}

/**
 * An https address for the forms npm accepts: `github:owner/repo` or
 * `owner/repo`, `git+https://host/owner/repo.git`, `git@host:owner/repo`.
 */
function webUrl(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const short = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(text);
  if (short) return `https://github.com/${short[1].replace(/\.git$/, '')}`;
  const ssh = /^(?:git\+)?(?:ssh:\/\/)?git@([^:/]+)[:/](.+)$/.exec(text);
  const url = ssh
    ? `https://${ssh[1]}/${ssh[2]}`
    : text.replace(/^git\+/, '').replace(/^git:\/\//, 'https://');
  if (!/^https?:\/\//.test(url)) return undefined;
  return url
    .replace(/#.*$/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
}

function readManifest(file: string): Manifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
