import * as fs from 'fs';
import * as path from 'path';
import {
  GenesysPropsError,
  Roster,
  RosterError,
  rosterKey,
} from '../../constructs';
import { MAX_LISTED_PROBLEMS } from '../../lib/roster/errors';
import {
  NO_ASSIGNMENT,
  csv,
  problemsOf,
  problemsOfAsync,
  row,
  singaporeApp,
  writeRoster,
} from './support';

describe('a roster with errors', () => {
  const rows = [row('good')];
  for (let i = 0; i < 60; i++) rows.push(row(`bad${i}`, { state: 'gone' }));
  rows.push(row('worse', { email: 'nope', skills: 'x:high' }));
  const text = csv(rows);

  test('reports every bad row, in file order', async () => {
    const file = writeRoster('roster.csv', text);
    const { stack } = singaporeApp();
    const load = () => Roster.load(stack, 'Roster', { file });
    const found = await problemsOfAsync(load);
    expect(found.map((p) => [p.line, p.field])).toEqual([
      ...rows.slice(1, -1).map((_, i) => [i + 3, 'state']),
      [63, 'email'],
      [63, 'skills'],
    ]);
  });

  test('lists the first problems in its message, then a count', () => {
    const file = writeRoster('roster.csv', text);
    const { stack } = singaporeApp();
    let error: RosterError | undefined;
    try {
      Roster.fromFileSync(stack, 'Roster', { file });
    } catch (e) {
      error = e as RosterError;
    }
    expect(error).toBeInstanceOf(RosterError);
    const lines = error!.message.split('\n');
    expect(lines).toHaveLength(MAX_LISTED_PROBLEMS + 2);
    expect(lines[lines.length - 1]).toBe(
      `  and ${62 - MAX_LISTED_PROBLEMS} more`,
    );
  });

  test.each([
    ['fromFileSync', 'sync'],
    ['load', 'async'],
  ])('creates nothing through %s', async (_, mode) => {
    const file = writeRoster('roster.csv', text);
    const { app, outdir, stack } = singaporeApp();
    const found =
      mode === 'sync'
        ? problemsOf(() => Roster.fromFileSync(stack, 'Roster', { file }))
        : await problemsOfAsync(() => Roster.load(stack, 'Roster', { file }));
    expect(found.length).toBeGreaterThan(0);
    expect(stack.node.tryFindChild('Roster')).toBeUndefined();
    app.synth();

    const tf = JSON.parse(
      fs.readFileSync(
        path.join(outdir, 'stacks', 'apac', 'cdk.tf.json'),
        'utf8',
      ),
    );
    expect(tf.resource.genesyscloud_user).toBeUndefined();
    expect(app.outcome?.model.agents).toEqual([]);
  });
});

describe('Roster', () => {
  test('derives child ids from emails, not row numbers', () => {
    const rows = [row('weiling.tan'), row('arjun.nair', NO_ASSIGNMENT)];
    const paths = (list: Record<string, string>[]) => {
      const { stack } = singaporeApp();
      const file = writeRoster('roster.csv', csv(list));
      const roster = Roster.fromFileSync(stack, 'Roster', { file });
      return [...roster.agents, ...roster.assignments]
        .map((c) => c.node.path)
        .sort();
    };
    expect(paths(rows)).toEqual([
      'apac/Roster/agent-arjun.nair_at_apac.example.com',
      'apac/Roster/agent-weiling.tan_at_apac.example.com',
      'apac/Roster/assignment-weiling.tan_at_apac.example.com',
    ]);
    expect(paths([...rows].reverse())).toEqual(paths(rows));
  });

  test('keeps distinct emails apart in child ids', () => {
    expect(rosterKey('A.B@Example.com')).toBe('a.b_at_example.com');
    expect(rosterKey('a/b@x.io')).not.toBe(rosterKey('a%2fb@x.io'));
  });

  test('finds agents by email in any case', () => {
    const { stack } = singaporeApp();
    const file = writeRoster('roster.csv', csv([row('WeiLing.Tan')]));
    const roster = Roster.fromFileSync(stack, 'Roster', { file });
    expect(roster.agent('weiling.tan@APAC.example.com')).toBe(roster.agents[0]);
  });

  test('reads a file with another extension when given a format', () => {
    const { stack } = singaporeApp();
    const file = writeRoster('roster.txt', csv([row('a')]));
    expect(() => Roster.fromFileSync(stack, 'A', { file })).toThrow(
      GenesysPropsError,
    );
    const roster = Roster.fromFileSync(stack, 'B', { file, format: 'csv' });
    expect(roster.agents).toHaveLength(1);
  });

  test('names the construct and the file when the file is missing', async () => {
    const { stack } = singaporeApp();
    const file = path.join(path.dirname(writeRoster('x.csv', '')), 'no.csv');
    await expect(Roster.load(stack, 'R', { file })).rejects.toMatchObject({
      name: 'GenesysPropsError',
      constructPath: 'apac/R',
      property: 'file',
      value: file,
    });
  });

  test('reports progress every 1,000 rows and at the end', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) =>
      row(`a${i}`, { state: 'bogus' }),
    );
    const file = writeRoster('roster.csv', csv(rows));
    const seen: number[] = [];
    const { stack } = singaporeApp();
    await problemsOfAsync(() =>
      Roster.load(stack, 'R', { file, onProgress: (n) => seen.push(n) }),
    );
    expect(seen).toEqual([1000, 2000, 2500]);
  });
});
