/**
 * Roster mistakes in an app run as its own process: a roster with bad
 * rows (CSV read at once, JSON streamed in an async main), a roster file
 * that does not exist, and a trunk a roster names before it is declared.
 * Each ends the run with exit code 1 and one message naming the file (and
 * line and column) and the fix, without a stack trace, and leaves no
 * stack JSON, payload or manifest, neither this run's nor an earlier
 * one's.
 */
import {
  AppRun,
  CONSTRUCTS,
  EARLIER_OUTPUT,
  STACK_LINE,
  runApp,
} from '../support/app-process';

/** A Singapore stack with trunk byoc_sg_main ("Main"), then `body`. */
function appSource(body: string): string {
  return `import {
  ByocTrunk, GenesysApp, GenesysCloudStack, Language, Roster,
  RoutingPolicy, Site, Skill,
} from ${CONSTRUCTS};
const app = new GenesysApp({ reports: ['sarif'] });
const stack = new GenesysCloudStack(app, 'sg', { region: 'ap-southeast-1' });
const site = new Site(stack, 'Site', {
  name: 'Singapore Cloud',
  address: { street1: '1 Raffles Place', city: 'Singapore', country: 'SG',
    zipCode: '048616' },
  mediaRegions: ['ap-southeast-1'],
});
const sales = new Skill(stack, 'Sales', { name: 'skill_sales' });
const english = new Language(stack, 'English', { name: 'English' });
const policy = new RoutingPolicy(stack, 'Policy', {
  name: 'Sales',
  requiredSkills: [{ skill: sales, minProficiency: 3 }],
  requiredLanguages: [{ language: english, minProficiency: 3 }],
});
const trunk = () => new ByocTrunk(stack, 'Main', {
  name: 'Main', trunkId: 'byoc_sg_main', inboundSite: site, policy,
});
void Roster; void trunk;
${body}
`;
}

const HEADER = 'email,name,state,skills,languages,trunk';
const GOOD_ROW =
  'ana@apac.example.com,Ana,active,skill_sales:4,English:4,byoc_sg_main';

/** `file:line:column field:` of each problem line of a RosterError. */
function places(stderr: string): string[] {
  return [...stderr.matchAll(/^ {2}(\S+:\d+:\d+) (\w+): .* Fix: \S/gm)].map(
    (m) => `${m[1]} ${m[2]}`,
  );
}

/** The app's body: declare the trunk, read the roster, synthesize. */
const SYNC = (file: string) =>
  'trunk();\n' +
  `Roster.fromFileSync(stack, 'Roster', { file: '${file}' });\n` +
  'app.synth();';

/** Only the user's own file is left of the earlier run's output. */
function expectNothingLeft(run: AppRun): void {
  expect(EARLIER_OUTPUT).toContain('cdktf.out/stacks/sg/cdk.tf.json');
  expect(run.left).toEqual(['notes.txt']);
}

describe('a roster app run as a process', () => {
  test('a good roster synthesizes (the control for the cases below)', () => {
    const run = runApp(appSource(SYNC('agents.csv')), {
      'agents.csv': `${HEADER}\n${GOOD_ROW}\n`,
    });

    expect(run.code).toBe(0);
    expect(run.left).toEqual([
      'genesyscloud-byoc/report.sarif',
      'manifest.json',
      'notes.txt',
      'stacks/sg/cdk.tf.json',
    ]);
  });

  test('CSV rows with bad values: every row named, exit 1', () => {
    const run = runApp(appSource(SYNC('rosters/agents.csv')), {
      'rosters/agents.csv': [
        HEADER,
        GOOD_ROW,
        'ben@apac.example.com,Ben,on-leave,skill_sales:4,English:4,',
        'cy@apac.example.com,Cy,active,skill_sales:high,English:4,',
        '',
      ].join('\n'),
    });

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^RosterError: Roster rosters\/agents\.csv /);
    expect(places(run.stderr)).toEqual([
      'rosters/agents.csv:3:3 state',
      'rosters/agents.csv:4:4 skills',
    ]);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expectNothingLeft(run);
  });

  test('JSON rows with bad values, streamed in an async main', () => {
    const body =
      'trunk();\n' +
      'async function main() {\n' +
      "  await Roster.load(stack, 'Roster', { file: 'agents.json' });\n" +
      '  app.synth();\n' +
      '}\n' +
      'void main();';
    const rows = [
      '[',
      '  {"email": "ana@apac.example.com", "name": "Ana"},',
      '  {"email": "ben@apac.example.com", "name": "",',
      '   "languages": [{"language": "English", "proficiency": 4.5}]}',
      ']',
    ];
    const run = runApp(appSource(body), { 'agents.json': rows.join('\n') });

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^RosterError: Roster agents\.json /);
    expect(places(run.stderr)).toEqual([
      'agents.json:3:45 name',
      'agents.json:4:57 languages',
    ]);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expectNothingLeft(run);
  });

  test('a roster file that does not exist: the file and the fix', () => {
    const run = runApp(appSource(SYNC('rosters/missing.csv')));

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^GenesysPropsError: sg\/Roster: invalid file "rosters\/missing\.csv"; /,
    );
    expect(run.stderr).toMatch(/nothing is at \S+\/rosters\/missing\.csv /);
    expect(run.stderr).toMatch(/: correct the path or create the file\.\n$/);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expectNothingLeft(run);
  });

  test('a trunk named by the roster but declared after it, at synth', () => {
    const body =
      "Roster.fromFileSync(stack, 'Roster', { file: 'agents.csv' });\n" +
      'trunk();\n' +
      'app.synth();';
    const row = GOOD_ROW.replace(/byoc_sg_main$/, 'Main');
    const run = runApp(appSource(body), {
      'agents.csv': `${HEADER}\n${row}\n`,
    });

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^GenesysPropsError: sg\/Roster: invalid trunk "Main"; /,
    );
    expect(run.stderr).toContain('first used at agents.csv:2)');
    expect(run.stderr).toMatch(
      /: declare it before the roster, or write its trunk id "byoc_sg_main"\.\n$/,
    );
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expectNothingLeft(run);
  });
});
