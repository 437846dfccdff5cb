import * as path from 'path';
import { pathToFileURL } from 'url';
import { ruleHelpUri } from '../../lib/report/rule-docs';
import { infoOf } from '../../lib/util/package';

const ROOT = path.join(path.sep, 'opt', 'pkg');

describe('ruleHelpUri', () => {
  test.each<[string, object]>([
    ['a repository URL', { repository: 'https://github.com/acme/byoc' }],
    [
      'a git+https URL',
      { repository: { url: 'git+https://github.com/acme/byoc.git' } },
    ],
    ['an ssh address', { repository: 'git@github.com:acme/byoc.git' }],
    ['a shorthand', { repository: 'github:acme/byoc' }],
    ['a homepage', { homepage: 'https://github.com/acme/byoc#readme' }],
  ])('links into the repository given %s', (_name, manifest) => {
    const info = infoOf(ROOT, { name: 'x', version: '1.0.0', ...manifest });
    expect(ruleHelpUri('trunk-id-unknown', info)).toBe(
      'https://github.com/acme/byoc/blob/HEAD/docs/rules/trunk-id-unknown.md',
    );
  });

  test('links to the page in the installed package without a repository', () => {
    const info = infoOf(ROOT, { name: 'x', version: '1.0.0' });
    expect(info.repositoryUrl).toBeUndefined();
    expect(ruleHelpUri('trunk-id-unknown', info)).toBe(
      pathToFileURL(path.join(ROOT, 'docs', 'rules', 'trunk-id-unknown.md'))
        .href,
    );
  });

  test('ignores a repository that is not a web address', () => {
    const info = infoOf(ROOT, { repository: 'file:../byoc' });
    expect(info.repositoryUrl).toBeUndefined();
  });
});
