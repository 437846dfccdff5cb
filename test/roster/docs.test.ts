import * as fs from 'fs';
import * as path from 'path';
import { Roster } from '../../constructs';
import { HEADER, singaporeApp, writeRoster } from './support';

const DOC = fs.readFileSync(
  path.join(__dirname, '..', '..', 'docs', 'roster-format.md'),
  'utf8',
);

/** The fenced blocks of a language in docs/roster-format.md. */
function blocks(language: string): string[] {
  const fence = new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g');
  return [...DOC.matchAll(fence)].map((m) => m[1]);
}

describe('docs/roster-format.md', () => {
  test('gives the full CSV header', () => {
    expect(blocks('csv')).toContain(HEADER + '\n');
  });

  test.each([
    ['csv', 'roster.csv', 2],
    ['json', 'roster.json', 1],
  ])('has a %s example that loads cleanly', (language, name, agents) => {
    const example = blocks(language).find((b) => b.includes('weiling'));
    const file = writeRoster(name, example ?? '');
    const { app, stack } = singaporeApp();
    const roster = Roster.fromFileSync(stack, 'Roster', { file });
    expect(roster.agents).toHaveLength(agents);
    expect(app.validate().result.findings).toEqual([]);
  });
});
