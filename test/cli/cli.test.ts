import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { runCli } from '../../lib/cli/run';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'tf-export');

/** A stream that keeps what is written. */
class Capture {
  text = '';
  constructor(readonly isTTY = false) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true })));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-cli-'));
  dirs.push(dir);
  return dir;
}

/** Runs the CLI in the fixtures directory. */
async function run(
  args: string[],
  options: { tty?: boolean; env?: Record<string, string> } = {},
) {
  const stdout = new Capture(options.tty);
  const stderr = new Capture(options.tty);
  const code = await runCli(args, {
    stdout,
    stderr,
    cwd: FIXTURES,
    env: options.env ?? {},
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Arguments that check one fixture org with its policy and payload. */
function org(variant: 'clean' | 'planted', ...extra: string[]): string[] {
  return [
    '--policy',
    `${variant}/policy.yaml`,
    '--assignments',
    `${variant}/wfm-assignments.json`,
    ...extra,
    `${variant}/genesyscloud.tf.json`,
  ];
}

describe('genesyscloud-byoc-check exit codes', () => {
  test('0 for a clean export', async () => {
    const { code, stdout, stderr } = await run(org('clean'));
    expect(code).toBe(0);
    expect(stdout).toContain('No mapping problems found');
    expect(stderr).toBe('');
  });

  test('1 for error findings, 0 with --report-only', async () => {
    expect((await run(org('planted'))).code).toBe(1);
    expect((await run(org('planted', '--report-only'))).code).toBe(0);
  });

  test('1 when --region names another region', async () => {
    const { code, stdout } = await run(
      org('clean', '--region', 'eu-west-1', '-f', 'json'),
    );
    expect(code).toBe(1);
    const ids = JSON.parse(stdout).findings.map((f: { ruleId: string }) => [
      f.ruleId,
    ]);
    expect(ids).toEqual([['trunk-region-mismatch']]);
  });

  test.each<[string, string[], RegExp]>([
    [
      'a missing file',
      ['missing.tf.json'],
      /^error: missing.tf.json: does not exist\n$/,
    ],
    [
      'malformed JSON',
      ['malformed.tf.json'],
      /^error: malformed.tf.json:3:3: is not valid JSON: /,
    ],
    [
      'an invalid policy file',
      ['--policy', 'bad-policy.yaml', 'clean'],
      /^error: bad-policy.yaml:4:5: mapping facts are invalid: trunks\[0\]/,
    ],
    [
      'an unknown format',
      ['-f', 'pdf', 'clean'],
      /Unknown report format "pdf"/,
    ],
    [
      'two formats on standard output',
      ['-f', 'json,sarif', 'clean'],
      /--output/,
    ],
    ['an unknown option', ['--colour', 'clean'], /unknown option '--colour'/],
    ['no input', [], /missing required argument 'inputs'/],
  ])('2 for %s, naming it without a stack trace', async (_, args, message) => {
    const cwd = tempDir();
    fs.writeFileSync(
      path.join(cwd, 'malformed.tf.json'),
      '{\n  "a": 1\n  "b": 2\n}',
    );
    fs.writeFileSync(
      path.join(cwd, 'bad-policy.yaml'),
      'version: 1\ntrunks:\n  - trunk: x\n    state: draft\n',
    );
    fs.cpSync(path.join(FIXTURES, 'clean'), path.join(cwd, 'clean'), {
      recursive: true,
    });
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await runCli(args, { stdout, stderr, cwd, env: {} });
    expect(code).toBe(2);
    expect(stderr.text).toMatch(message);
    expect(stderr.text).not.toMatch(/\n\s+at /);
  });
});

describe('genesyscloud-byoc-check output', () => {
  test('--format json lists the planted findings', async () => {
    const { stdout } = await run(org('planted', '--format', 'json'));
    const report = JSON.parse(stdout);
    expect(report.summary).toMatchObject({ errors: 15, suppressed: 1 });
    expect(report.findings[0]).toMatchObject({
      ruleId: 'agent-without-trunk-link',
      path: 'genesyscloud_user.Nur_Aisyah',
      agent: { email: 'nur.aisyah@apac.example.com' },
      source: { file: 'planted/genesyscloud.tf.json' },
    });
  });

  test('--output writes one file, or one file per format in a directory', async () => {
    const out = tempDir();
    const single = path.join(out, 'report.sarif');
    expect((await run(org('planted', '-f', 'sarif', '-o', single))).code).toBe(
      1,
    );
    expect(JSON.parse(fs.readFileSync(single, 'utf8')).version).toBe('2.1.0');

    const reports = path.join(out, 'reports');
    const { stderr } = await run(
      org('planted', '-f', 'json', '--format', 'junit,text', '-o', reports),
    );
    expect(fs.readdirSync(reports).sort()).toEqual([
      'report.json',
      'report.junit.xml',
      'report.txt',
    ]);
    expect(stderr).toContain('15 error(s)');
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('-o with a trailing slash writes one format into that directory', async () => {
    const out = tempDir();
    const { code, stderr } = await run(
      org('planted', '-f', 'sarif', '-o', `${out}/new/reports/`),
    );
    expect(code).toBe(1);
    const dir = path.join(out, 'new', 'reports');
    expect(fs.readdirSync(dir)).toEqual(['report.sarif']);
    expect(
      JSON.parse(fs.readFileSync(path.join(dir, 'report.sarif'), 'utf8'))
        .version,
    ).toBe('2.1.0');
    expect(stderr).toMatch(/^wrote .*new\/reports\/report\.sarif$/m);
  });

  test('-o naming an existing directory writes one format into it', async () => {
    const out = tempDir();
    await run(org('planted', '-f', 'junit', '-o', out));
    expect(fs.readdirSync(out)).toEqual(['report.junit.xml']);
  });

  test('--help says when --output is a directory', async () => {
    const { stdout } = await run(['--help']);
    expect(stdout).toContain('ending in "/"');
    expect(stdout).toContain('-o reports/');
  });

  test('a policy-file link typo points at the policy line too', async () => {
    const dir = tempDir();
    const policy = path.join(dir, 'policy.yaml');
    const text = fs.readFileSync(path.join(FIXTURES, 'clean/policy.yaml'));
    fs.writeFileSync(
      policy,
      `${text}agents:\n  - user: weiling.tan@apac.example.com\n` +
        '    trunk: byoc_singapore_mian\n',
    );
    const typoLine = String(text).split('\n').length + 2;
    const args = ['--policy', policy, 'clean/genesyscloud.tf.json', '--format'];
    const sarif = JSON.parse((await run([...args, 'sarif'])).stdout);
    const [result] = sarif.runs[0].results.filter(
      (r: { ruleId: string }) => r.ruleId === 'trunk-id-unknown',
    );
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'clean/genesyscloud.tf.json',
    );
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: pathToFileURL(policy).href },
          region: { startLine: typoLine, startColumn: 5 },
        },
        message: { text: 'trunk link declared here' },
      },
    ]);

    const json = JSON.parse((await run([...args, 'json'])).stdout);
    const [finding] = json.findings.filter(
      (f: { ruleId: string }) => f.ruleId === 'trunk-id-unknown',
    );
    expect(finding.related).toEqual([
      {
        file: policy,
        line: typoLine,
        column: 5,
        message: 'trunk link declared here',
      },
    ]);
    expect((await run([...args, 'text'])).stdout).toContain(
      `trunk link declared here: ${policy}:${typoLine}:5`,
    );
  });

  test('colours text only on a terminal, and never with --no-color', async () => {
    const ansi = /\u001b\[/;
    expect((await run(org('planted'))).stdout).not.toMatch(ansi);
    expect((await run(org('planted'), { tty: true })).stdout).toMatch(ansi);
    const plain = await run(org('planted', '--no-color'), { tty: true });
    expect(plain.stdout).not.toMatch(ansi);
  });

  test('--help shows usage and examples on standard output', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: genesyscloud-byoc-check \[options\]/);
    expect(stdout).toContain('Examples:');
    expect(stdout).toContain('Exit codes:');
  });

  test('warnings are logged unless quiet', async () => {
    const args = org('clean', '-o', path.join(tempDir(), 'r.txt'));
    const policyFile = path.join(tempDir(), 'links.yaml');
    fs.writeFileSync(
      policyFile,
      'version: 1\nagents:\n  - user: nobody@example.com\n    trunk: x\n',
    );
    args[1] = policyFile;
    const loud = await run(args);
    expect(loud.stderr).toMatch(/^warning: agents\[0\] of .* names no user/m);
    expect(loud.stderr).toMatch(/^wrote .*r\.txt$/m);
    expect((await run(['-q', ...args])).stderr).toBe('');
    const env = { GENESYSCLOUD_BYOC_LOG_LEVEL: 'error' };
    expect((await run(args, { env })).stderr).toBe('');
  });
});
