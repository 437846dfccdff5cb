import { Writable } from 'stream';
import { Roster } from '../../constructs';
import { relativePath } from '../../lib/model/source';
import { rosterProgress, terminalProgress } from '../../lib/roster/progress';
import { singaporeApp, writeRoster } from './support';

/** A stream that keeps what it is given, posing as a terminal or not. */
function stream(isTTY: boolean): Writable & { isTTY: boolean; text: string } {
  const out = new Writable({
    write(chunk, _encoding, done) {
      out.text += String(chunk);
      done();
    },
  }) as Writable & { isTTY: boolean; text: string };
  out.isTTY = isTTY;
  out.text = '';
  return out;
}

function feed(report: (rows: number) => void, upTo: number): void {
  for (let n = 1000; n <= upTo; n += 1000) report(n);
  report(upTo + 123);
}

describe('rosterProgress', () => {
  test('prints a line every 5,000 rows on a terminal', () => {
    const tty = stream(true);
    feed(rosterProgress(tty), 12000);
    expect(tty.text.split('\n').filter(Boolean)).toEqual([
      'Roster: 5,000 rows read',
      'Roster: 10,000 rows read',
    ]);
  });

  test('prints nothing for a small roster', () => {
    const tty = stream(true);
    feed(rosterProgress(tty), 4000);
    expect(tty.text).toBe('');
  });

  test('prints nothing when the stream is not a terminal', () => {
    const pipe = stream(false);
    feed(rosterProgress(pipe, 1000), 12000);
    expect(pipe.text).toBe('');
  });
});

describe('terminalProgress', () => {
  test('writes read and build lines past 5,000 rows on a terminal', () => {
    const tty = stream(true);
    const progress = terminalProgress('Roster a.csv', tty, {});
    feed((n) => progress?.read(n), 12000);
    for (let n = 0; n < 12123; n += 1000) progress?.built(n, 12123);
    progress?.built(12123, 12123);
    expect(tty.text.split('\n').filter(Boolean)).toEqual([
      'Roster a.csv: 10,000 rows read',
      'Roster a.csv: 5,000 of 12,123 agents created',
      'Roster a.csv: 10,000 of 12,123 agents created',
      'Roster a.csv: 12,123 of 12,123 agents created',
    ]);
  });

  test('writes nothing for a roster of 5,000 rows', () => {
    const tty = stream(true);
    const progress = terminalProgress('R', tty, {});
    feed((n) => progress?.read(n), 4000);
    for (let n = 0; n <= 5000; n += 1000) progress?.built(n, 5000);
    expect(tty.text).toBe('');
  });

  test.each<[string, boolean, Record<string, string>, boolean]>([
    ['a terminal', true, {}, true],
    ['a pipe', false, {}, false],
    ['a terminal in CI', true, { CI: 'true' }, false],
    ['a terminal with CI=false', true, { CI: 'false' }, true],
  ])('on %s', (_name, isTTY, env, shown) => {
    expect(terminalProgress('R', stream(isTTY), env) !== undefined).toBe(shown);
  });
});

describe('Roster progress', () => {
  const ROWS = 10_500;
  let file: string;
  let saved: string | undefined;

  beforeAll(() => {
    const lines = ['email,name'];
    for (let i = 1; i <= ROWS; i++) lines.push(`a${i}@example.com,A ${i}`);
    file = writeRoster('big.csv', `${lines.join('\n')}\n`);
    saved = process.env.CI;
    delete process.env.CI;
  });
  afterAll(() => {
    if (saved !== undefined) process.env.CI = saved;
  });

  /** Runs `load` with standard error posing as a terminal; its text. */
  async function onTerminal(load: () => Promise<unknown>): Promise<string> {
    const tty = stream(true);
    const stderr = jest
      .spyOn(process.stderr, 'write')
      .mockImplementation((text) => tty.write(text));
    const isTTY = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
    Object.defineProperty(process.stderr, 'isTTY', {
      value: true,
      configurable: true,
    });
    try {
      await load();
    } finally {
      stderr.mockRestore();
      if (isTTY) Object.defineProperty(process.stderr, 'isTTY', isTTY);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
    }
    return tty.text;
  }

  test('Roster.load shows it on a terminal by default', async () => {
    const text = await onTerminal(() =>
      Roster.load(singaporeApp().stack, 'R', { file }),
    );
    const name = relativePath(file);
    expect(text.split('\n').filter(Boolean)).toEqual([
      `Roster ${name}: 10,000 rows read`,
      `Roster ${name}: 5,000 of 10,500 agents created`,
      `Roster ${name}: 10,000 of 10,500 agents created`,
      `Roster ${name}: 10,500 of 10,500 agents created`,
    ]);
  });

  test('progress: false turns it off', async () => {
    const text = await onTerminal(() =>
      Roster.load(singaporeApp().stack, 'R', { file, progress: false }),
    );
    expect(text).toBe('');
  });

  test('a stream that is not a terminal never shows it', async () => {
    const pipe = stream(false);
    const { stack } = singaporeApp();
    Roster.fromFileSync(stack, 'R', { file, progress: pipe });
    expect(pipe.text).toBe('');
  });
});
