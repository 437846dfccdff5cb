import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import {
  ByocTrunk,
  GenesysApp,
  GenesysAppProps,
  GenesysCloudStack,
  RoutingPolicy,
  Site,
  Skill,
} from '../../constructs';

/** A writable that keeps what was written, for report output. */
export class Capture extends Writable {
  text = '';
  _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** A GenesysApp writing into a fresh temporary directory. */
export function newApp(props: GenesysAppProps = {}): {
  app: GenesysApp;
  outdir: string;
  output: Capture;
} {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcb-test-'));
  const output = new Capture();
  const app = new GenesysApp({ outdir, reportStream: output, ...props });
  return { app, outdir, output };
}

/** A Singapore stack with a site, one skill, a policy and a trunk. */
export function singapore(app: GenesysApp, id = 'sg') {
  const stack = new GenesysCloudStack(app, id, { region: 'ap-southeast-1' });
  const site = new Site(stack, 'Site', {
    name: 'Singapore',
    address: {
      street1: '1 Raffles Place',
      city: 'Singapore',
      country: 'SG',
      zipCode: '048616',
    },
    mediaRegions: ['ap-southeast-1'],
  });
  const sales = new Skill(stack, 'Sales', { name: 'skill_inbound_sales' });
  const policy = new RoutingPolicy(stack, 'Policy', {
    name: 'Sales',
    requiredSkills: [{ skill: sales, minProficiency: 4 }],
  });
  const trunk = new ByocTrunk(stack, 'Trunk', {
    name: 'Singapore main',
    trunkId: 'byoc_singapore_main',
    inboundSite: site,
    policy,
  });
  return { stack, site, sales, policy, trunk };
}

/** Synthesizes and returns the parsed cdk.tf.json of one stack. */
export function synthStack(
  app: GenesysApp,
  outdir: string,
  stack: string,
): TerraformJson {
  app.synth();
  const file = path.join(outdir, 'stacks', stack, 'cdk.tf.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as TerraformJson;
}

/** The parts of Terraform JSON the tests read. */
export interface TerraformJson {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly provider?: Record<string, Array<Record<string, unknown>>>;
  readonly terraform?: Record<string, unknown>;
}

/** All resources of a type, as a list of bodies. */
export function resources(
  json: TerraformJson,
  type: string,
): Array<Record<string, unknown>> {
  return Object.values(json.resource?.[type] ?? {});
}

/** The Terraform expression that refers to a resource of a type. */
export function refTo(
  json: TerraformJson,
  type: string,
  pathSuffix: string,
): string {
  for (const [name, body] of Object.entries(json.resource?.[type] ?? {})) {
    const meta = (body['//'] as { metadata: { path: string } }).metadata;
    if (meta.path.endsWith(pathSuffix)) return `\${${type}.${name}.id}`;
  }
  throw new Error(`no ${type} at ${pathSuffix}`);
}
