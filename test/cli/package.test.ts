/**
 * What `npm pack` would publish: the command, the entry points and every
 * JSON Schema the library ships, each reachable by the module specifier
 * that is its `$id`. The package is built into a temporary copy, so the
 * check needs neither the network nor a build in the working tree.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const SCHEMAS = fs
  .readdirSync(path.join(ROOT, 'lib', 'schemas'))
  .filter((f) => f.endsWith('.schema.json'))
  .sort();
const manifest = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
);

let dir: string;
let packed: string[];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-pack-'));
  const pkg = path.join(dir, manifest.name);
  fs.mkdirSync(pkg);
  fs.copyFileSync(
    path.join(ROOT, 'package.json'),
    path.join(pkg, 'package.json'),
  );
  fs.copyFileSync(path.join(ROOT, 'README.md'), path.join(pkg, 'README.md'));
  execFileSync(
    process.execPath,
    [
      require.resolve('typescript/bin/tsc'),
      '-p',
      path.join(ROOT, 'tsconfig.build.json'),
      '--outDir',
      path.join(pkg, 'dist'),
    ],
    { stdio: 'pipe' },
  );
  // --ignore-scripts: prepack would build into the working tree.
  const out = execFileSync(
    'npm',
    ['pack', '--dry-run', '--json', '--ignore-scripts', '--offline'],
    { cwd: pkg, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  packed = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the published package', () => {
  test('holds the command and the entry points of every export', () => {
    const bin = Object.values(manifest.bin as Record<string, string>);
    const entries = [
      manifest.main,
      manifest.types,
      ...Object.values(manifest.exports as Record<string, unknown>)
        .flatMap((e) =>
          typeof e === 'string' ? [e] : Object.values(e as object),
        )
        .filter((e: string) => !e.includes('*')),
    ].map((e: string) => e.replace(/^\.\//, ''));
    expect(bin).toEqual(['dist/bin/genesyscloud-byoc-check.js']);
    for (const file of [...bin, ...entries]) expect(packed).toContain(file);
  });

  test('holds every schema under lib/schemas', () => {
    expect(SCHEMAS).toEqual([
      'mapping-facts.schema.json',
      'report.schema.json',
      'roster-row.schema.json',
      'wfm-bulk-assignment.schema.json',
    ]);
    for (const schema of SCHEMAS) {
      expect(packed).toContain(`dist/lib/schemas/${schema}`);
    }
  });

  test.each(SCHEMAS)('%s resolves by its $id', (schema) => {
    const { $id } = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'lib', 'schemas', schema), 'utf8'),
    );
    expect($id).toBe(`${manifest.name}/schemas/${schema}`);
    // As a project that depends on the package resolves it.
    const consumer = path.join(dir, 'consumer');
    fs.mkdirSync(path.join(consumer, 'node_modules'), { recursive: true });
    const link = path.join(consumer, 'node_modules', manifest.name);
    if (!fs.existsSync(link)) {
      fs.symlinkSync(path.join(dir, manifest.name), link, 'dir');
    }
    const resolved = execFileSync(
      process.execPath,
      ['-p', `require.resolve(${JSON.stringify($id)})`],
      { cwd: consumer, encoding: 'utf8' },
    ).trim();
    expect(fs.realpathSync(resolved)).toBe(
      fs.realpathSync(
        path.join(dir, manifest.name, 'dist', 'lib', 'schemas', schema),
      ),
    );
  });
});
