import * as fs from 'fs';
import * as path from 'path';
import { Agent, GenesysCloudStack, GenesysPropsError } from '../../constructs';
import { newApp, singapore, synthStack } from './harness';

const SECRETS = {
  GENESYSCLOUD_OAUTHCLIENT_ID: 'client-id-7f3a9c1e-should-not-leak',
  GENESYSCLOUD_OAUTHCLIENT_SECRET: 'client-secret-d41d8cd9-should-not-leak',
};

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

  test('credentials in the environment never reach any output', () => {
    Object.assign(process.env, SECRETS);
    try {
      const { app, outdir, output } = newApp({
        reports: ['text', 'json', 'sarif', 'junit'],
        validation: 'report-only',
      });
      const { stack } = singapore(app);
      new Agent(stack, 'Ana', {
        name: 'Ana',
        email: 'ana@example.com',
        trunk: 'byoc_singapore_main',
      });
      app.synth();
      const everything = [output.text, ...readAll(outdir)].join('\n');
      expect(everything).toContain('agent-missing-required-skill');
      for (const secret of Object.values(SECRETS)) {
        expect(everything).not.toContain(secret);
      }
    } finally {
      for (const key of Object.keys(SECRETS)) delete process.env[key];
    }
  });

  test.each([
    ['oauthclientSecret', 'sg2'],
    ['oauthclientId', 'sg2'],
    ['accessToken', 'sg2'],
  ])('refuses a literal %s in props with an explanation', (key) => {
    const { app } = newApp();
    const create = () =>
      new GenesysCloudStack(app, 'sg2', {
        region: 'ap-southeast-1',
        [key]: 'hunter2-literal-secret',
      } as never);
    expect(create).toThrow(GenesysPropsError);
    try {
      new GenesysCloudStack(app, 'sg3', { [key]: 'hunter2' } as never);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain(key);
      expect(message).toContain('GENESYSCLOUD_OAUTHCLIENT_SECRET');
      expect(message).not.toContain('hunter2');
    }
  });

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

function readAll(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...readAll(full));
    else out.push(fs.readFileSync(full, 'utf8'));
  }
  return out;
}
