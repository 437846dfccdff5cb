/**
 * WFM payloads with very many agents given to the command line: every
 * agent is read, and every finding is placed at its line.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cli, put, tempDir } from './support';

/** A payload of `agents` agents, one assignment each, in requests of 50. */
function writePayload(file: string, agents: number, trunk?: string): void {
  const out = fs.openSync(file, 'w');
  fs.writeSync(
    out,
    '{\n  "version": 1,\n  "stack": "load",\n' +
      '  "maxAgentsPerRequest": 50,\n  "requests": [\n',
  );
  const association = trunk ? `, "trunk_association": "${trunk}"` : '';
  for (let r = 0; r * 50 < agents; r++) {
    const lines = [
      `    ${r ? ',' : ''}{ "business_unit_id": "bu_load",`,
      `      "management_unit_id": "mu_${r}", "schedule_id": "schedule_${r}",`,
      '      "agents": [',
    ];
    for (let a = 0; a < Math.min(50, agents - r * 50); a++) {
      lines.push(
        `        ${a ? ',' : ''}{ "agent_id": "agent-${r}-${a}", ` +
          `"schedule_id": "schedule_${r}", "assignments": [{ ` +
          `"skill_id": "skill_sales", "level": 4${association} }] }`,
      );
    }
    lines.push('      ] }');
    fs.writeSync(out, lines.join('\n') + '\n');
  }
  fs.writeSync(out, '  ]\n}\n');
  fs.closeSync(out);
}

const SKILL_TF =
  '{"resource":{"genesyscloud_routing_skill":{"s":{"name":"skill_sales"}}}}';

describe('a payload of very many agents', () => {
  test('150,000 agents, one assignment each, are all checked: exit 0', async () => {
    const dir = tempDir();
    put(dir, 'skills.tf.json', SKILL_TF);
    writePayload(path.join(dir, 'big.json'), 150_000);

    const run = await cli(
      ['-f', 'json', '--assignments', 'big.json', 'skills.tf.json'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.assignments).toBe(150_000);
  });

  test('60,000 findings each point at their own line: exit 1', async () => {
    const dir = tempDir();
    put(dir, 'skills.tf.json', SKILL_TF);
    writePayload(path.join(dir, 'big.json'), 60_000, 'byoc_nowhere');

    const run = await cli(
      ['-f', 'json', '--assignments', 'big.json', 'skills.tf.json'],
      dir,
    );
    expect(run.code).toBe(1);
    const findings: { source?: { line: number } }[] = JSON.parse(
      run.stdout,
    ).findings;
    expect(findings).toHaveLength(60_000);
    const lines = findings.map((f) => f.source?.line ?? 0);
    lines.sort((a, b) => a - b);
    expect(new Set(lines).size).toBe(60_000);
    // Agents start on line 9; each request adds 3 lines around its 50.
    expect(lines.slice(0, 2)).toEqual([9, 10]);
    expect(lines[50]).toBe(9 + 54);
    expect(lines[59_999]).toBe(9 + 54 * 1_199 + 49);
  });
});
