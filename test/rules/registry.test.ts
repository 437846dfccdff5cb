/**
 * Every rule has a unique kebab-case id, a docs page with the agreed
 * sections, and tests with a compliant and a failing case; adding a rule
 * without them fails here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../lib/rules';
import { Rule } from '../../lib/rules/rule';
import { META_RULES } from '../../lib/validation/meta-rules';

const ROOT = path.resolve(__dirname, '..', '..');
const DOCS = path.join(ROOT, 'docs', 'rules');
const TESTS = path.join(ROOT, 'test', 'rules');
/** Meta rules may share this test file instead of having their own. */
const META_TESTS = path.join(TESTS, 'meta-rules.test.ts');
/** Sections every rule page has, in this order. */
const SECTIONS = [
  '## What it flags',
  '## Why',
  '## How to fix',
  '## Example that fails',
  '## The fix',
];

const ALL: readonly Rule[] = [...RULES, ...META_RULES];
const ids = ALL.map((rule) => rule.id);
const byId = ALL.map((rule) => [rule.id, rule] as const);

function read(file: string): string {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

/**
 * The text of the top-level `describe('<id>'` block of a test file, up to
 * the next top-level describe.
 */
function describeBlock(tests: string, id: string): string {
  const start = tests.indexOf(`describe('${id}'`);
  if (start < 0) return '';
  const end = tests.indexOf('\ndescribe(', start + 1);
  return tests.slice(start, end < 0 ? undefined : end);
}

/**
 * Names of the tests in a block that start with `word`, such as
 * `test('passes …'` or `test.each(…)('flags …'`. By convention a rule's
 * compliant cases start with "passes" and its failing cases with "flags".
 */
function casesStartingWith(block: string, word: string): string[] {
  const pattern = new RegExp(
    `(?:\\btest|\\bit|\\))\\(\\s*['"\`](${word} [^'"\`]*)`,
    'g',
  );
  return [...block.matchAll(pattern)].map((match) => match[1]);
}

/** The text of a `## ` section, up to the next one. */
function section(page: string, heading: string): string {
  const start = page.indexOf(`${heading}\n`);
  if (start < 0) return '';
  const end = page.indexOf('\n## ', start + heading.length);
  return page.slice(start, end < 0 ? undefined : end);
}

describe('rule registry', () => {
  test('rule ids are unique', () => {
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test.each(ids)('%s is kebab-case', (id) => {
    expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/);
  });

  test('meta rules cannot be suppressed', () => {
    expect(META_RULES.filter((rule) => rule.suppressible)).toEqual([]);
  });

  describe('docs/rules pages', () => {
    test.each(byId)('%s has a page with every section', (id, rule) => {
      const page = read(path.join(DOCS, `${id}.md`));

      expect(page.split('\n')[0]).toBe(`# ${id}`);
      expect(page).toContain(`\n- Severity: ${rule.severity}\n`);
      expect(page).toContain(
        `\n- Suppressible: ${rule.suppressible ? 'yes' : 'no'}\n`,
      );
      const positions = SECTIONS.map((heading) =>
        page.indexOf(`\n${heading}\n`),
      );
      expect(positions.filter((p) => p < 0)).toEqual([]);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(section(page, '## What it flags')).toContain(rule.summary);
      expect(section(page, '## Example that fails')).toMatch(/```(ts|json)/);
      expect(section(page, '## The fix')).toMatch(/```(ts|json)/);
    });

    test.each(byId)('%s has a matching row in the index', (id, rule) => {
      const readme = read(path.join(DOCS, 'README.md'));
      const row = readme
        .split('\n')
        .find((line) => line.startsWith(`| \`${id}\` `));

      expect(row?.split('|').map((cell) => cell.trim())).toEqual([
        '',
        `\`${id}\``,
        rule.severity,
        rule.suppressible ? 'yes' : 'no',
        rule.summary,
        `[page](${id}.md)`,
        '',
      ]);
    });

    test('every page belongs to a rule', () => {
      const pages = fs
        .readdirSync(DOCS)
        .filter((file) => file.endsWith('.md') && file !== 'README.md')
        .map((file) => file.slice(0, -'.md'.length));

      expect(pages.filter((page) => !ids.includes(page))).toEqual([]);
    });

    test('links between pages point at existing pages', () => {
      const broken: string[] = [];
      for (const file of fs.readdirSync(DOCS)) {
        const text = read(path.join(DOCS, file));
        for (const [, target] of text.matchAll(/\]\(([^)#:]+\.md)[)#]/g)) {
          if (!fs.existsSync(path.join(DOCS, target))) {
            broken.push(`${file} -> ${target}`);
          }
        }
      }
      expect(broken).toEqual([]);
    });
  });

  describe('test/rules files', () => {
    test.each(RULES.map((rule) => rule.id))('%s has a test file', (id) => {
      const tests = read(path.join(TESTS, `${id}.test.ts`));

      expect(tests).toContain(`describe('${id}'`);
    });

    test.each(META_RULES.map((rule) => rule.id))(
      '%s has its own test file or a describe in meta-rules.test.ts',
      (id) => {
        const own = read(path.join(TESTS, `${id}.test.ts`));
        const shared = read(META_TESTS);

        expect(`${own}\n${shared}`).toContain(`describe('${id}'`);
      },
    );

    test.each(ids)('%s has a "passes" and a "flags" case', (id) => {
      const own = read(path.join(TESTS, `${id}.test.ts`));
      const block =
        describeBlock(own, id) || describeBlock(read(META_TESTS), id);

      expect(casesStartingWith(block, 'passes')).not.toEqual([]);
      expect(casesStartingWith(block, 'flags')).not.toEqual([]);
    });

    test('the case convention reads test and test.each names', () => {
      const block = [
        "describe('some-rule', () => {",
        "  test('passes a clean org', () => {});",
        '  test.each([[1, 2]])(',
        "    'flags %s beside %s',",
        '    () => {},',
        '  );',
        "  test('counts flags once', () => {});",
        '});',
        "describe('other-rule', () => {",
        "  test('flags another', () => {});",
        '});',
      ].join('\n');

      expect(
        casesStartingWith(describeBlock(block, 'some-rule'), 'flags'),
      ).toEqual(['flags %s beside %s']);
      expect(
        casesStartingWith(describeBlock(block, 'some-rule'), 'passes'),
      ).toEqual(['passes a clean org']);
    });
  });
});
