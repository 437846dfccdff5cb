/**
 * Apps run as their own process, as `cdktf synth` and `ts-node main.ts`
 * run them: a library error ends the run with its message alone and exit
 * code 1, any other error keeps Node's own report, and no stack JSON or
 * payload from this run or an earlier one is left behind.
 */
import { CONSTRUCTS, STACK_LINE, runApp as run } from '../support/app-process';

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
