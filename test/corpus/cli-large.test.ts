/**
 * Large inputs to the command line, generated in a temporary directory: a
 * 20 MB WFM payload and a policy file of 20,000 trunk and agent entries.
 * Valid ones are checked in full; one bad value near the end exits 2 with
 * its line and column, no stack trace and no report.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cli, expectInputError, put, tempDir } from './support';

const SKILLS = 10;
const PAYLOAD_BYTES = 20 * 1024 * 1024;

/** Where a generator put its one bad value, 1-based. */
interface Place {
  readonly line: number;
  readonly column: number;
}

/** Writes `lines` to `file` in chunks; returns the place of `marker`. */
function writeLines(file: string, lines: Iterable<string>, marker?: string) {
  const out = fs.openSync(file, 'w');
  let chunk: string[] = [];
  let count = 0;
  let place: Place | undefined;
  for (const line of lines) {
    count += 1;
    if (marker !== undefined && line.includes(marker)) {
      place = { line: count, column: line.indexOf(marker) + 1 };
    }
    chunk.push(line);
    if (chunk.length === 10_000) {
      fs.writeSync(out, chunk.join('\n') + '\n');
      chunk = [];
    }
  }
  fs.writeSync(out, chunk.join('\n') + '\n');
  fs.closeSync(out);
  return place;
}

/**
 * A WFM payload of about 20 MB: requests of 50 agents, each assigned all
 * ten skills. With `bad`, the last level of the last agent is text.
 */
function* payloadLines(agents: number, bad: boolean): Generator<string> {
  yield '{';
  yield '  "version": 1,';
  yield '  "stack": "load",';
  yield '  "maxAgentsPerRequest": 50,';
  yield '  "requests": [';
  const requests = Math.ceil(agents / 50);
  for (let r = 0; r < requests; r++) {
    yield `    {`;
    yield `      "business_unit_id": "bu_load",`;
    yield `      "management_unit_id": "mu_${r}",`;
    yield `      "schedule_id": "schedule_${r}",`;
    yield `      "agents": [`;
    const count = Math.min(50, agents - r * 50);
    for (let a = 0; a < count; a++) {
      const last = r === requests - 1 && a === count - 1;
      yield `        {`;
      yield `          "agent_id": "agent-${r}-${a}",`;
      yield `          "schedule_id": "schedule_${r}",`;
      yield `          "assignments": [`;
      for (let s = 0; s < SKILLS; s++) {
        const level = bad && last && s === SKILLS - 1 ? '"high"' : s % 6;
        const comma = s < SKILLS - 1 ? ',' : '';
        const entry = `{ "skill_id": "skill_${s}", "level": ${level} }`;
        yield `            ${entry}${comma}`;
      }
      yield `          ]`;
      yield `        }${a < count - 1 ? ',' : ''}`;
    }
    yield `      ]`;
    yield `    }${r < requests - 1 ? ',' : ''}`;
  }
  yield '  ]';
  yield '}';
}

/** Terraform JSON declaring skill_0 to skill_9. */
function skillsTf(dir: string): string {
  const skills = Object.fromEntries(
    Array.from({ length: SKILLS }, (_, s) => [`s${s}`, { name: `skill_${s}` }]),
  );
  put(
    dir,
    'skills.tf.json',
    JSON.stringify({ resource: { genesyscloud_routing_skill: skills } }),
  );
  return 'skills.tf.json';
}

describe('a 20 MB WFM payload', () => {
  // About 540 bytes an agent.
  const AGENTS = Math.ceil(PAYLOAD_BYTES / 540);

  test('valid: every assignment is read and checked, exit 0', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'big.json');
    writeLines(file, payloadLines(AGENTS, false));
    expect(fs.statSync(file).size).toBeGreaterThan(PAYLOAD_BYTES);

    const run = await cli(
      ['-f', 'json', '--assignments', 'big.json', skillsTf(dir)],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary).toMatchObject({
      errors: 0,
      assignments: AGENTS,
    });
  });

  test('a text level in the last agent: exit 2 at its place', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'big.json');
    const bad = writeLines(file, payloadLines(AGENTS, true), '"level": "high"');

    const run = await expectInputError(
      ['--assignments', 'big.json', skillsTf(dir)],
      dir,
      2,
      `big.json:${bad?.line}:${bad?.column}: `,
    );
    expect(bad?.line).toBeGreaterThan(500_000);
    expect(run.stderr).toContain('/assignments/9/level must be number');
  });
});

/**
 * A policy file of 10,000 existing trunks and 10,000 agent links, one
 * agent on each trunk, for Terraform JSON of the 10,000 users.
 */
function* policyLines(n: number, lastLink: string): Generator<string> {
  yield 'version: 1';
  yield 'organization:';
  yield '  region: ap-southeast-1';
  yield 'trunks:';
  for (let i = 0; i < n; i++) {
    yield `  - trunk: trunk-${i}`;
    yield '    state: active';
    yield '    regions: [ap-southeast-1]';
    yield '    agentCapacity: 5';
  }
  yield 'agents:';
  for (let i = 0; i < n; i++) {
    yield `  - user: agent${i}@load.example.com`;
    yield i === n - 1 ? lastLink : `    trunk: trunk-${i}`;
  }
}

describe('a policy file of 20,000 entries', () => {
  const N = 10_000;

  function setUp(lastLink: string, marker?: string) {
    const dir = tempDir();
    const users = Object.fromEntries(
      Array.from({ length: N }, (_, i) => [
        `u${i}`,
        { name: `Agent ${i}`, email: `agent${i}@load.example.com` },
      ]),
    );
    put(
      dir,
      'users.tf.json',
      JSON.stringify({ resource: { genesyscloud_user: users } }),
    );
    const place = writeLines(
      path.join(dir, 'policy.yaml'),
      policyLines(N, lastLink),
      marker,
    );
    return { dir, place };
  }

  test('valid: every trunk and link is read, exit 0', async () => {
    const { dir } = setUp(`    trunk: trunk-${N - 1}`);
    const run = await cli(
      ['-f', 'json', '--policy', 'policy.yaml', 'users.tf.json'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary).toMatchObject({
      errors: 0,
      agents: N,
      trunks: N,
    });
  });

  test('a near-miss trunk id in the last link: exit 1, placed', async () => {
    const { dir, place } = setUp(`    trunk: TRUNK-${N - 1}`, 'trunk: TRUNK');
    const run = await cli(
      ['-f', 'json', '--policy', 'policy.yaml', 'users.tf.json'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const { findings } = JSON.parse(run.stdout);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'trunk-id-unknown',
      path: `genesyscloud_user.u${N - 1}`,
      found: `"TRUNK-${N - 1}"`,
      related: [{ file: 'policy.yaml', ...place }],
    });
    expect(findings[0].expected).toMatch(new RegExp(`^trunk-${N - 1}( |$)`));
  });

  test('a list for the last trunk link: exit 2 at its place', async () => {
    const { dir, place } = setUp(`    trunk: [trunk-${N - 1}]`, 'trunk: [');
    expect(place?.line).toBeGreaterThan(60_000);
    const run = await expectInputError(
      ['--policy', 'policy.yaml', 'users.tf.json'],
      dir,
      2,
      `policy.yaml:${place?.line}:${place?.column}: `,
    );
    expect(run.stderr).toContain(`agents[${N - 1}].trunk must be string`);
  });
});
