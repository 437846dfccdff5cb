import { relativePath } from '../../lib/model/source';
import { MappingModel } from '../../lib/model/types';
import { Roster, RosterProblem } from '../../constructs';
import {
  problemsOf,
  problemsOfAsync,
  singaporeApp,
  writeRoster,
} from './support';

type Where = [line: number, column: number, field: string];

const where = (list: readonly RosterProblem[]): Where[] =>
  list.map((p) => [p.line, p.column, p.field]);

async function problems(text: string): Promise<readonly RosterProblem[]> {
  const file = writeRoster('roster.json', text);
  const stack = () => singaporeApp().stack;
  const sync = problemsOf(() => Roster.fromFileSync(stack(), 'R', { file }));
  const streamed = await problemsOfAsync(() =>
    Roster.load(stack(), 'R', { file }),
  );
  expect(streamed).toEqual(sync);
  expect(sync.every((p) => p.file === relativePath(file))).toBe(true);
  return sync;
}

const AGENT = '{"email": "a@example.com", "name": "A"}';

/** Line and column of the first `needle` in `text` (after `from`). */
function at(text: string, needle: string, from = ''): [number, number] {
  const offset = text.indexOf(needle, text.indexOf(from));
  const before = text.slice(0, offset).split('\n');
  return [before.length, before[before.length - 1].length + 1];
}

describe('a JSON roster with problems', () => {
  test('points at the value at fault', async () => {
    const text = [
      '[',
      `  ${AGENT},`,
      '  {"email": "b@example.com", "name": "B",',
      '   "skills": [{"skill": "x", "proficiency": 5.5}],',
      '   "languages": [{"language": "English", "proficiency": 3.5}],',
      '   "week_id": "2026-12-07", "schedule_id": "s",',
      '   "business_unit_id": "bu", "management_unit_id": "mu"}',
      ']',
    ].join('\n');
    expect(where(await problems(text))).toEqual([
      [...at(text, '5.5'), 'skills'],
      [...at(text, '3.5'), 'languages'],
    ]);
  });

  test('points at an unknown key and at a row missing email', async () => {
    const text = `[\n  {"name": "A",\n   "nick": "Al"}\n]`;
    expect(where(await problems(text))).toEqual([
      [2, 3, 'email'],
      [3, 4, 'nick'],
    ]);
  });

  test('reports empty ids, repeated emails and non-object rows', async () => {
    const text = [
      '{"agents": [',
      `  ${AGENT},`,
      '  {"email": "A@example.com", "name": "A2",',
      '   "skills": [{"skill": "", "proficiency": 1}]},',
      '  "row"',
      '], "owner": "x"}',
    ].join('\n');
    expect(where(await problems(text))).toEqual([
      [...at(text, '"A@'), 'email'],
      [...at(text, '""'), 'skills'],
      [...at(text, '"row"'), ''],
      [...at(text, '"owner"'), 'owner'],
    ]);
  });

  test('reports syntax errors at their position', async () => {
    const text = `[\n  ${AGENT},\n  {"email" "b@example.com"}\n]`;
    expect(where(await problems(text))).toEqual([[3, 12, '']]);
  });

  test('reports a top level that holds no rows', async () => {
    expect(where(await problems('{"rows": []}'))).toEqual([[1, 1, '']]);
  });
});

describe('a JSON roster', () => {
  const ROWS = [
    {
      email: 'weiling.tan@apac.example.com',
      name: 'Wei Ling Tan',
      skills: [
        { skill: 'skill_inbound_sales', proficiency: 5 },
        { skill: 'skill_billing_support', proficiency: 3.5 },
      ],
      languages: [
        { language: 'English', proficiency: 4 },
        { language: 'Mandarin', proficiency: 5 },
      ],
      trunk: 'byoc_singapore_main',
      schedule_id: 'schedule_apac_001',
      business_unit_id: 'bu_apac',
      management_unit_id: 'mu_singapore_sales',
      week_id: '2026-12-07',
      assigned_skills: [{ skill: 'skill_inbound_sales', level: 5 }],
      trunk_association: 'byoc_singapore_main',
    },
    {
      email: 'arjun.nair@apac.example.com',
      name: 'Arjun Nair',
      state: 'inactive',
      department: 'Inbound Sales',
      title: 'Team Lead, Billing',
      division_id: 'division_apac',
      skills: [{ skill: 'skill_inbound_sales', proficiency: 4.5 }],
      languages: [{ language: 'English', proficiency: 3 }],
      trunk: '',
    },
  ];
  const CSV = [
    'email,name,state,division_id,department,title,skills,languages,' +
      'trunk,schedule_id,business_unit_id,management_unit_id,week_id,' +
      'assigned_skills,trunk_association',
    'weiling.tan@apac.example.com,Wei Ling Tan,,,,,' +
      'skill_inbound_sales:5;skill_billing_support:3.5,English:4;Mandarin:5,' +
      'byoc_singapore_main,schedule_apac_001,bu_apac,mu_singapore_sales,' +
      '2026-12-07,skill_inbound_sales:5,byoc_singapore_main',
    'arjun.nair@apac.example.com,Arjun Nair,inactive,division_apac,' +
      'Inbound Sales,"Team Lead, Billing",skill_inbound_sales:4.5,' +
      'English:3,,,,,,,',
  ].join('\n');

  function modelOf(file: string): MappingModel {
    const { app, stack } = singaporeApp();
    Roster.fromFileSync(stack, 'Roster', { file });
    return app.validate().model;
  }

  /** The model without the places objects were declared. */
  function placeless(model: MappingModel): unknown {
    const strip = <T extends object>(nodes: readonly T[]) =>
      nodes.map((node) => ({ ...node, source: undefined }));
    return {
      ...model,
      agents: strip(model.agents),
      assignments: strip(model.assignments),
    };
  }

  test('gives the same model as the CSV roster of the same agents', () => {
    const fromCsv = modelOf(writeRoster('roster.csv', CSV));
    const text = JSON.stringify(ROWS, null, 2);
    const json = writeRoster('roster.json', text);
    const fromJson = modelOf(json);
    expect(fromJson.agents).toHaveLength(2);
    expect(fromJson.assignments).toHaveLength(1);
    expect(placeless(fromJson)).toEqual(placeless(fromCsv));
    expect(fromJson.agents.map((a) => a.source)).toEqual([
      { file: relativePath(json), line: 2, column: 3 },
      { file: relativePath(json), line: at(text, '"arjun')[0] - 1, column: 3 },
    ]);
  });

  test('accepts an "agents" object and a byte order mark', () => {
    const file = writeRoster(
      'roster.json',
      '\ufeff' + JSON.stringify({ $schema: 'x', agents: ROWS }),
    );
    const { stack } = singaporeApp();
    const roster = Roster.fromFileSync(stack, 'Roster', { file });
    expect(roster.agents.map((a) => a.email)).toEqual(ROWS.map((r) => r.email));
    expect(roster.agent('arjun.nair@apac.example.com')?.trunk).toBeUndefined();
  });
});
