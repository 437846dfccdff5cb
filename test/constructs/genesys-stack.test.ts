import * as fs from 'fs';
import * as path from 'path';
import { TerraformVariable } from 'cdktf';
import {
  Agent,
  GenesysCloudStack,
  GenesysPropsError,
  WfmAssignment,
} from '../../constructs';
import { newApp, singapore, synthStack } from './harness';

const SECRETS = {
  GENESYSCLOUD_OAUTHCLIENT_ID: 'client-id-7f3a9c1e-should-not-leak',
  GENESYSCLOUD_OAUTHCLIENT_SECRET: 'client-secret-d41d8cd9-should-not-leak',
  GENESYSCLOUD_ACCESS_TOKEN: 'access-token-0c9e2b71-should-not-leak',
};

const LITERAL = 'hunter2-literal-secret-5a1f';

describe('GenesysCloudStack', () => {
  test('configures the provider with the region and no credentials', () => {
    const { app, outdir } = newApp();
    singapore(app);
    const json = synthStack(app, outdir, 'sg');
    expect(json.provider?.genesyscloud).toEqual([
      { aws_region: 'ap-southeast-1' },
    ]);
    expect(json.terraform).toMatchObject({
      required_providers: {
        genesyscloud: {
          source: 'registry.terraform.io/mypurecloud/genesyscloud',
          version: '1.84.1',
        },
      },
    });
  });

  test('requires Terraform 1.4, which brought terraform_data', () => {
    const { app, outdir } = newApp();
    singapore(app);
    const json = synthStack(app, outdir, 'sg');
    expect(json.terraform?.required_version).toBe('>= 1.4');
  });

  test('credentials in the environment never reach any output', () => {
    Object.assign(process.env, SECRETS);
    try {
      const { app, outdir, output } = newApp({
        reports: ['text', 'json', 'sarif', 'junit'],
        validation: 'report-only',
      });
      const { stack, sales, trunk } = singapore(app);
      const agent = new Agent(stack, 'Ana', {
        name: 'Ana',
        email: 'ana@example.com',
        trunk: 'byoc_singapore_main',
      });
      new WfmAssignment(stack, 'Shift', {
        agent,
        businessUnitId: 'bu_apac',
        managementUnitId: 'mu_sg',
        scheduleId: 'schedule_apac_001',
        skills: [{ skill: sales, level: 4 }],
        trunk,
      });
      app.synth();

      const files = listFiles(outdir);
      expect(files).toEqual(
        expect.arrayContaining([
          'genesyscloud-byoc/report.json',
          'genesyscloud-byoc/report.junit.xml',
          'genesyscloud-byoc/report.sarif',
          'genesyscloud-byoc/report.txt',
          'stacks/sg/cdk.tf.json',
          'stacks/sg/wfm-assignments.json',
        ]),
      );
      const texts = files.map((f) => fs.readFileSync(path.join(outdir, f)));
      const everything = [output.text, ...texts.map(String)].join('\n');
      expect(output.text).toContain('agent-missing-required-skill');
      for (const secret of Object.values(SECRETS)) {
        expect(everything).not.toContain(secret);
      }
    } finally {
      for (const key of Object.keys(SECRETS)) delete process.env[key];
    }
  });

  test.each(['oauthclientSecret', 'oauthclientId', 'accessToken'])(
    'refuses a literal %s in props with an explanation',
    (key) => {
      const create = () =>
        new GenesysCloudStack(newApp().app, 'sg2', {
          region: 'ap-southeast-1',
          [key]: LITERAL,
        } as never);
      expect(create).toThrow(GenesysPropsError);
      expect(create).toThrow(
        new RegExp(`^sg2: invalid ${key} .*GENESYSCLOUD_OAUTHCLIENT_SECRET`),
      );
      expect(create).not.toThrow(LITERAL);
    },
  );

  test('refuses a password on an agent', () => {
    const { app } = newApp();
    const { stack } = singapore(app);
    expect(
      () =>
        new Agent(stack, 'Ana', {
          name: 'Ana',
          email: 'ana@example.com',
          password: 'Winter2026!',
        } as never),
    ).toThrow(/sg\/Ana: invalid password "\(redacted\)"/);
  });
});

describe('a literal credential on the provider', () => {
  test.each([
    [
      'a setter',
      (stack: GenesysCloudStack) => {
        stack.provider.oauthclientSecret = LITERAL;
      },
      'sg/genesyscloud',
      'oauthclient_secret',
    ],
    [
      'a provider override',
      (stack: GenesysCloudStack) =>
        stack.provider.addOverride('access_token', LITERAL),
      'sg/genesyscloud',
      'access_token',
    ],
    [
      'a gateway password',
      (stack: GenesysCloudStack) => {
        stack.provider.gateway = [{ host: 'gw', auth: { password: LITERAL } }];
      },
      'sg/genesyscloud',
      'gateway[0].auth.password',
    ],
    [
      'a stack override',
      (stack: GenesysCloudStack) =>
        stack.addOverride('provider.genesyscloud.0.oauthclient_id', LITERAL),
      'sg',
      'provider.genesyscloud[0].oauthclient_id',
    ],
  ])(
    'set with %s stops synthesis and writes nothing',
    (_how, plant, constructPath, property) => {
      const { app, outdir } = newApp();
      const { stack } = singapore(app);
      plant(stack as GenesysCloudStack);
      const synth = () => app.synth();
      expect(synth).toThrow(
        expect.objectContaining({ constructPath, property }),
      );
      expect(synth).toThrow(/GENESYSCLOUD_OAUTHCLIENT_SECRET/);
      expect(synth).not.toThrow(LITERAL);
      expect(listFiles(outdir)).toEqual([]);
    },
  );

  test('a sensitive variable is allowed: it names a value kept elsewhere', () => {
    const { app, outdir } = newApp();
    const { stack } = singapore(app);
    const secret = new TerraformVariable(stack, 'client_secret', {
      type: 'string',
      sensitive: true,
    });
    stack.provider.oauthclientSecret = secret.stringValue;
    const json = synthStack(app, outdir, 'sg');
    expect(json.provider?.genesyscloud).toEqual([
      {
        aws_region: 'ap-southeast-1',
        oauthclient_secret: '${var.client_secret}',
      },
    ]);
  });
});

/** Every file under `dir`, relative and sorted. */
function listFiles(dir: string): string[] {
  const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
