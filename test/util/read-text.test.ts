import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InputError } from '../../lib/util/input-error';
import { readText } from '../../lib/util/read-text';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcb-read-text-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Buffer): string {
  const at = path.join(dir, name);
  fs.writeFileSync(at, bytes);
  return at;
}

describe('readText', () => {
  test.each([
    ['ASCII', Buffer.from('{"name": "Ana Lim", "trunk": "byoc_sg"}\n')],
    ['UTF-8 names', Buffer.from('{"name": "José Núñez 王伟 🙂"}\n', 'utf8')],
    ['a byte order mark', Buffer.from('\ufeff{"a": 1}\n', 'utf8')],
    ['bytes that are not UTF-8', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])],
    ['nothing', Buffer.alloc(0)],
  ])('reads %s as a UTF-8 decode would', (name, bytes) => {
    const at = file(`${name.replace(/\W+/g, '-')}.json`, bytes);
    expect(readText(at)).toBe(bytes.toString('utf8'));
  });

  test('names the file it cannot read, as the caller shows it', () => {
    const missing = path.join(dir, 'missing.json');
    expect(() => readText(missing, 'stacks/sg/cdk.tf.json')).toThrow(
      InputError,
    );
    expect(() => readText(missing, 'stacks/sg/cdk.tf.json')).toThrow(
      /^stacks\/sg\/cdk\.tf\.json: /,
    );
  });
});
