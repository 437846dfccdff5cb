import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkSchemaConformance } from '../../lib/terraform/schema-conformance';
import { payloadErrors } from '../../lib/wfm/payload';

const ROOT = path.resolve(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'examples', 'apac-singapore', 'main.ts');

/** Runs the bundled example as `npm run synth` does, in a scratch dir. */
function synthesizeExample(): string {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'gcb-example-'));
  execFileSync(
    process.execPath,
    [
      require.resolve('ts-node/dist/bin.js'),
      '--project',
      path.join(ROOT, 'tsconfig.json'),
      MAIN,
    ],
    { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return path.join(cwd, 'cdktf.out');
}

describe('the bundled example', () => {
  let outdir: string;
  let stack: Record<string, Record<string, Record<string, unknown>>>;

  beforeAll(() => {
    outdir = synthesizeExample();
    const file = path.join(outdir, 'stacks', 'apac-singapore', 'cdk.tf.json');
    stack = JSON.parse(fs.readFileSync(file, 'utf8'));
  });

  test('conforms to the genesyscloud 1.84.1 provider schema', () => {
    expect(checkSchemaConformance(stack)).toEqual([]);
  });

  test('declares the Singapore BYOC Cloud trunk and its agents', () => {
    const trunks = Object.values(
      stack.resource.genesyscloud_telephony_providers_edges_trunkbasesettings,
    );
    expect(trunks).toEqual([
      expect.objectContaining({
        trunk_type: 'EXTERNAL',
        trunk_meta_base_id: 'external_sip_pcv_byoc_carrier.json',
      }),
    ]);
    const users = Object.keys(stack.resource.genesyscloud_user);
    expect(users.length).toBeGreaterThanOrEqual(12);
    const phones = Object.keys(
      stack.resource.genesyscloud_telephony_providers_edges_phone,
    );
    expect(phones).toHaveLength(users.length);
  });

  test('writes a WFM payload that validates against the shipped schema', () => {
    const file = path.join(
      outdir,
      'stacks',
      'apac-singapore',
      'wfm-assignments.json',
    );
    const payload = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(payloadErrors(payload)).toEqual([]);
    const agents = payload.requests.flatMap(
      (r: { agents: unknown[] }) => r.agents,
    );
    expect(agents).toContainEqual(
      expect.objectContaining({
        schedule_id: 'schedule_apac_001',
        assignments: [expect.objectContaining({ level: 5 })],
      }),
    );
  });

  test('writes no credentials into the provider block', () => {
    const provider = (
      stack as unknown as {
        provider: { genesyscloud: Array<Record<string, unknown>> };
      }
    ).provider.genesyscloud;
    expect(provider).toEqual([{ aws_region: 'ap-southeast-1' }]);
  });
});
