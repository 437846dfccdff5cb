import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readFactsFile } from '../../lib/facts/read';
import { InputError } from '../../lib/util/input-error';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-facts-'));
afterAll(() => fs.rmSync(dir, { recursive: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** The InputError reading the file throws, as file, line, column. */
function place(file: string): [string, number?, number?] {
  try {
    readFactsFile(file, path.basename(file));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [error.file, error.line, error.column];
  }
  throw new Error(`${file} was read without error`);
}

describe('readFactsFile', () => {
  test('reads the fixture policy files', () => {
    const root = path.join(__dirname, '..', 'fixtures', 'tf-export');
    const clean = readFactsFile(path.join(root, 'clean', 'policy.yaml'));
    expect(clean.facts.trunks?.[0].trunkId).toBe('byoc_singapore_main');
    const planted = readFactsFile(path.join(root, 'planted', 'policy.yaml'));
    expect(planted.facts.suppressions).toHaveLength(1);
  });

  test('locates entries, for findings on facts-only objects', () => {
    const file = write(
      'located.yaml',
      'version: 1\npolicies:\n  - name: A\n  - name: B\n',
    );
    const loaded = readFactsFile(file);
    expect(loaded.locate(['policies', 1])).toEqual({
      file,
      line: 4,
      column: 5,
    });
  });

  test.each<[string, string, string, number, number]>([
    ['YAML syntax', 'bad.yaml', 'version: 1\npolicies: [\n', 3, 1],
    [
      'an unknown property',
      'extra.yaml',
      'version: 1\ntrunks:\n  - trunk: t\n    color: red\n',
      4,
      5,
    ],
    [
      'a state outside the enum',
      'state.yaml',
      'version: 1\ntrunks:\n  - trunk: t\n    state: draft\n',
      4,
      5,
    ],
    ['a wrong version', 'version.yaml', 'version: 2\n', 1, 1],
    [
      'a policy name used twice',
      'twice.yaml',
      'version: 1\npolicies:\n  - name: A\n  - name: A\n',
      4,
      5,
    ],
    [
      'JSON of the wrong shape',
      'shape.json',
      '{\n  "version": 1,\n  "agents": [{ "trunk": "t" }]\n}\n',
      3,
      14,
    ],
    ['malformed JSON', 'malformed.json', '{\n  "version": 1,,\n}\n', 2, 16],
  ])('reports %s with its line and column', (_, name, text, line, col) => {
    expect(place(write(name, text))).toEqual([name, line, col]);
  });

  test('names a missing file', () => {
    expect(place(path.join(dir, 'missing.yaml'))).toEqual([
      'missing.yaml',
      undefined,
      undefined,
    ]);
  });
});
