import * as path from 'path';
import { pathToFileURL } from 'url';
import { PackageInfo, packageInfo } from '../util/package';

/** Folder of the rule pages, relative to the package root. */
export const RULE_DOCS_DIR = 'docs/rules';

/**
 * The absolute URI of a rule's page, `docs/rules/<id>.md`: in the source
 * repository when package.json names one, else the `file:` URI of the
 * page in the installed package, which ships the docs. SARIF asks for an
 * absolute URI here, so a relative path is not an option.
 */
export function ruleHelpUri(
  ruleId: string,
  info: PackageInfo = packageInfo(),
): string {
  const page = `${RULE_DOCS_DIR}/${encodeURIComponent(ruleId)}.md`;
  if (info.repositoryUrl) return `${info.repositoryUrl}/blob/HEAD/${page}`;
  return pathToFileURL(path.join(info.root, ...page.split('/'))).href;
}
