import { relativePath } from '../../lib/model/source';
import { GenesysCloudStack, Roster, RosterProblem } from '../../constructs';
import {
  HEADER,
  csv,
  problemsOf,
  problemsOfAsync,
  row,
  singaporeApp,
  writeRoster,
} from './support';

type Where = [line: number, column: number, field: string];

/** Reads `text` as a CSV roster both ways; both must agree. */
async function problems(text: string): Promise<readonly RosterProblem[]> {
  const file = writeRoster('roster.csv', text);
  const sync = problemsOf(() =>
    Roster.fromFileSync(stack(), 'Roster', { file }),
  );
  const streamed = await problemsOfAsync(() =>
    Roster.load(stack(), 'Roster', { file }),
  );
  expect(streamed).toEqual(sync);
  for (const p of sync) {
    expect(p.file).toBe(relativePath(file));
    expect(p.fix).not.toBe('');
  }
  return sync;
}

function stack(): GenesysCloudStack {
  return singaporeApp().stack;
}

const where = (list: readonly RosterProblem[]): Where[] =>
  list.map((p) => [p.line, p.column, p.field]);

describe('a CSV row with one bad value', () => {
  test.each<[string, Record<string, string>, Where[]]>([
    ['a missing email', { email: '' }, [[3, 1, 'email']]],
    ['a missing name', { name: ' ' }, [[3, 2, 'name']]],
    ['an invalid email', { email: 'bad.example.com' }, [[3, 1, 'email']]],
    ['an unknown state', { state: 'retired' }, [[3, 3, 'state']]],
    ['skill proficiency 5.5', { skills: 'x:5;y:5.5' }, [[3, 7, 'skills']]],
    ['skill proficiency "high"', { skills: 'x:high' }, [[3, 7, 'skills']]],
    ['skill proficiency -1', { skills: 'x:-1' }, [[3, 7, 'skills']]],
    ['an empty skill id', { skills: ':5' }, [[3, 7, 'skills']]],
    ['an empty entry', { skills: 'x:5;;y:3' }, [[3, 7, 'skills']]],
    ['no proficiency', { skills: 'x' }, [[3, 7, 'skills']]],
    [
      'language proficiency 3.5',
      { languages: 'English:3.5' },
      [[3, 8, 'languages']],
    ],
    [
      'language proficiency 6',
      { languages: 'English:6' },
      [[3, 8, 'languages']],
    ],
    [
      'assigned level 6',
      { assigned_skills: 'x:6' },
      [[3, 14, 'assigned_skills']],
    ],
    ['week_id 07/12/2026', { week_id: '07/12/2026' }, [[3, 13, 'week_id']]],
    ['week_id 2026-13-07', { week_id: '2026-13-07' }, [[3, 13, 'week_id']]],
    [
      'a schedule without management unit',
      { management_unit_id: '' },
      [[3, 12, 'management_unit_id']],
    ],
  ])('%s is reported at its line and column', async (_, fields, expected) => {
    const text = csv([row('good'), row('bad', fields)]);
    expect(where(await problems(text))).toEqual(expected);
  });

  test('assignment fields without a schedule are each reported', async () => {
    const text = csv([row('bad', { schedule_id: '' })]);
    expect(where(await problems(text))).toEqual([
      [2, 11, 'business_unit_id'],
      [2, 12, 'management_unit_id'],
      [2, 13, 'week_id'],
      [2, 14, 'assigned_skills'],
      [2, 15, 'trunk_association'],
    ]);
  });

  test('a second row with the same email (any case) is reported', async () => {
    const text = csv([row('weiling.tan'), row('other'), row('WeiLing.Tan')]);
    const found = await problems(text);
    expect(where(found)).toEqual([[4, 1, 'email']]);
    expect(found[0].message).toContain('line 2');
  });
});

describe('the shape of a CSV roster', () => {
  test('an unknown column is reported by name and number', async () => {
    const text = 'email,name,nickname\na@example.com,A,Al\n';
    expect(where(await problems(text))).toEqual([[1, 3, 'nickname']]);
  });

  test('a misspelled column suggests the right name', async () => {
    const found = await problems('email,name,skils\na@example.com,A,x:1\n');
    expect(where(found)).toEqual([[1, 3, 'skils']]);
    expect(found[0].fix).toContain('skills');
  });

  test('a repeated column is reported', async () => {
    const text = 'email,name,title,title\na@example.com,A,B,C\n';
    expect(where(await problems(text))).toEqual([[1, 4, 'title']]);
  });

  test('an empty file is reported', async () => {
    expect(where(await problems('\n \n'))).toEqual([[1, 1, '']]);
  });

  test('a header without email is reported once, rows unchecked', async () => {
    const text = 'name,state\nA,bogus\nB,bogus\n';
    expect(where(await problems(text))).toEqual([[1, 1, 'email']]);
  });

  test('a value past the last column is reported', async () => {
    const text = 'email,name\na@example.com,A,,\nb@example.com,B,x\n';
    expect(where(await problems(text))).toEqual([[3, 3, '']]);
  });

  test('an unclosed quote is reported where its row starts', async () => {
    const text = 'email,name\na@example.com,A\nb@example.com,"B\n';
    expect(where(await problems(text))).toEqual([[3, 2, 'name']]);
  });

  test('lines count quoted line breaks, blank lines and CRLF', async () => {
    const text = [
      `${HEADER}`,
      csv([row('a', { title: 'Team\r\nLead' })])
        .split('\n')
        .slice(1)
        .join('\n')
        .trimEnd(),
      '',
      '  ',
      csv([row('b', { state: 'gone' })])
        .split('\n')[1]
        .trimEnd(),
    ].join('\r\n');
    expect(where(await problems('\ufeff' + text))).toEqual([[6, 3, 'state']]);
  });
});
