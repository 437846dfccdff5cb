/**
 * Apps run as their own process, as `cdktf synth` and `ts-node main.ts`
 * run them: a library error ends the run with its message alone and exit
 * code 1, any other error keeps Node's own report, and no stack JSON or
 * payload from this run or an earlier one is left behind.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const CONSTRUCTS = JSON.stringify(path.join(ROOT, 'constructs'));
const STACK_LINE = /^\s{4}at /m;
const SECRET = 'literal-secret-3b7d0e';

/** An app that declares one stack, then runs `body`. */
function appSource(body: string): string {
  return [
    `import { Agent, GenesysApp, GenesysCloudStack } from ${CONSTRUCTS};`,
    'const app = new GenesysApp();',
    "const stack = new GenesysCloudStack(app, 'sg', {",
    "  region: 'ap-southeast-1',",
    '});',
    'void Agent;',
    body,
  ].join('\n');
}

/** What an earlier run left, plus a file of the user's own. */
const EARLIER = [
  'cdktf.out/manifest.json',
  'cdktf.out/stacks/sg/cdk.tf.json',
  'cdktf.out/stacks/sg/wfm-assignments.json',
  'cdktf.out/stacks/renamed/cdk.tf.json',
  'cdktf.out/genesyscloud-byoc/report.sarif',
  'cdktf.out/notes.txt',
];

/** Runs the app in a fresh folder holding an earlier run's output. */
function run(source: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcb-process-'));
  for (const file of EARLIER) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), '{}');
  }
  fs.writeFileSync(path.join(dir, 'main.ts'), source);
  const result = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', 'main.ts'],
    {
      cwd: dir,
      encoding: 'utf8',
      timeout: 90_000,
      env: {
        PATH: process.env.PATH,
        TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'),
        NODE_PATH: path.join(ROOT, 'node_modules'),
      },
    },
  );
  const left = listFiles(path.join(dir, 'cdktf.out'));
  fs.rmSync(dir, { recursive: true, force: true });
  return { code: result.status, stderr: result.stderr, left };
}

describe('an app run as a process', () => {
  test('bad props: one clean message, exit 1, nothing stale left', () => {
    const { code, stderr, left } = run(
      appSource(
        "new Agent(stack, 'WeiLing', {\n" +
          "  name: 'Wei Ling',\n" +
          "  email: 'weiling@apac.example.com',\n" +
          "  state: 'on-leave' as never,\n" +
          '});\n' +
          'app.synth();',
      ),
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      'GenesysPropsError: sg/WeiLing: invalid state "on-leave"; allowed: ' +
        'one of "active", "inactive", "deleted".\n',
    );
    expect(stderr).not.toMatch(STACK_LINE);
    expect(left).toEqual(['notes.txt']);
  });

  test('a literal credential: refused at synth, nothing written', () => {
    const { code, stderr, left } = run(
      appSource(
        `stack.provider.oauthclientSecret = '${SECRET}';\napp.synth();`,
      ),
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        '^GenesysPropsError: sg/genesyscloud: invalid oauthclient_secret ' +
          '"\\(redacted\\)"; allowed: .*GENESYSCLOUD_OAUTHCLIENT_SECRET',
      ),
    );
    expect(stderr).not.toContain(SECRET);
    expect(stderr).not.toMatch(STACK_LINE);
    expect(left).toEqual(['notes.txt']);
  });

  test('a library error in an async main is reported the same way', () => {
    const { code, stderr, left } = run(
      appSource(
        'async function main() {\n' +
          '  await Promise.resolve();\n' +
          "  new Agent(stack, 'Ana', { name: '', email: 'a@x.io' });\n" +
          '  app.synth();\n' +
          '}\n' +
          'void main();',
      ),
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/^GenesysPropsError: sg\/Ana: invalid name ""/);
    expect(stderr).not.toMatch(STACK_LINE);
    expect(left).toEqual(['notes.txt']);
  });

  test('a program that handles errors itself keeps doing so', () => {
    const { code, stderr } = run(
      appSource(
        "process.on('uncaughtException', (e) => {\n" +
          "  process.stderr.write('handled: ' + e.name + '\\n');\n" +
          '  process.exit(3);\n' +
          '});\n' +
          "new Agent(stack, 'Ana', { name: '', email: 'a@x.io' });",
      ),
    );
    expect(code).toBe(3);
    expect(stderr).toBe('handled: GenesysPropsError\n');
  });

  test("any other error keeps Node's own report with its stack", () => {
    const { code, stderr, left } = run(
      appSource("throw new TypeError('not from the library');"),
    );
    expect(code).toBe(1);
    expect(stderr).toContain('TypeError: not from the library');
    expect(stderr).toMatch(STACK_LINE);
    expect(left).toEqual(['notes.txt']);
  });
});

/** Every file under `dir`, relative and sorted. */
function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
