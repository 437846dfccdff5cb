import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
// The generator script is plain JavaScript run by npm on install.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(path.join(ROOT, 'scripts', 'generate-bindings.js'));

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

describe('generated provider bindings', () => {
  test('match what the pinned schema snapshot generates', async () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'gcb-bindings-'));
    await generator.generate(generator.SNAPSHOT, fresh);
    const committed = generator.outputDir();
    const files = listFiles(fresh);
    expect(listFiles(committed)).toEqual(files);
    const drifted = files.filter(
      (file) =>
        !fs
          .readFileSync(path.join(fresh, file))
          .equals(fs.readFileSync(path.join(committed, file))),
    );
    expect(drifted).toEqual([]);
  });

  test('cover every resource and data source of the snapshot', () => {
    const snapshot = JSON.parse(fs.readFileSync(generator.SNAPSHOT, 'utf8'));
    const schema =
      snapshot.provider_schemas[
        'registry.terraform.io/mypurecloud/genesyscloud'
      ];
    const index = fs.readFileSync(
      path.join(generator.outputDir(), 'providers', 'genesyscloud', 'index.ts'),
      'utf8',
    );
    const expected = [
      ...Object.keys(schema.resource_schemas),
      ...Object.keys(schema.data_source_schemas).map((t) => `data_${t}`),
    ].map((type) =>
      type.replace(/^(data_)?genesyscloud_/, '$1').replace(/_/g, '-'),
    );
    for (const folder of expected) {
      const name = folder.startsWith('data-')
        ? `data-genesyscloud-${folder.slice(5)}`
        : folder;
      expect(index).toContain(`'./${name}'`);
    }
  });
});
