import { Writable } from 'stream';
import { rosterProgress } from '../../lib/roster/progress';

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
