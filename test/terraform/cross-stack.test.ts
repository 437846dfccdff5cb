import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import {
  Agent,
  ByocTrunk,
  GenesysApp,
  GenesysCloudStack,
  MappingSuppressions,
  RoutingPolicy,
  Site,
  Skill,
} from '../../constructs';
import { modelFromTerraformFiles } from '../../lib/terraform/model-from-json';
import { validateModel } from '../../lib/validation/engine';

/**
 * Two stacks: `telephony` holds the site, the trunk and its policy, whose
 * queue and phones refer to users of `people` through cdktf's remote
 * state; `people` holds the skill and the agents.
 */
function twoStackApp(outdir: string): GenesysApp {
  const app = new GenesysApp({
    outdir,
    validation: 'report-only',
    reportStream: new Writable({ write: (_c, _e, done) => done() }),
  });
  const telephony = new GenesysCloudStack(app, 'telephony', {
    region: 'ap-southeast-1',
  });
  const people = new GenesysCloudStack(app, 'people', {
    region: 'ap-southeast-1',
  });
  const site = new Site(telephony, 'Site', {
    name: 'Singapore',
    address: { street1: 'x', city: 'Singapore', country: 'SG', zipCode: '1' },
    mediaRegions: ['ap-southeast-1'],
  });
  const sales = new Skill(people, 'Sales', { name: 'sales' });
  const policy = new RoutingPolicy(telephony, 'Policy', {
    name: 'Sales',
    requiredSkills: [{ skill: sales, minProficiency: 4 }],
    maxAgents: 2,
  });
  const trunk = new ByocTrunk(telephony, 'Trunk', {
    name: 'Main',
    trunkId: 'main',
    inboundSite: site,
    policy,
  });
  const agent = (id: string, proficiency: number, link?: ByocTrunk | string) =>
    new Agent(people, id, {
      name: id,
      email: `${id}@example.com`,
      skills: [{ skill: proficiency === 5 ? 'sales' : sales, proficiency }],
      trunk: link,
    });
  agent('Low', 3, trunk);
  agent('ById', 5, 'main');
  agent('Ok', 4, trunk);
  agent('Seated', 5).addToTrunkQueue(trunk);
  MappingSuppressions.add(app, 'trunk-inactive', 'Nothing to silence');
  app.synth();
  return app;
}

test('a cdktf output directory of two stacks gives synthesis findings', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-stacks-'));
  try {
    const app = twoStackApp(outdir);
    const loaded = modelFromTerraformFiles([outdir]);
    const result = validateModel(loaded.model, {
      suppressions: loaded.suppressions,
    });
    const pick = (f: { ruleId: string; path: string; subject: string }) => [
      f.ruleId,
      f.path,
      f.subject,
    ];
    const synthesized = app.outcome?.result?.findings ?? [];
    expect(result.findings.map(pick)).toEqual(synthesized.map(pick));
    expect(synthesized.map((f) => [f.ruleId, f.path])).toEqual([
      ['agent-without-trunk-link', 'people/Seated'],
      ['skill-proficiency-below-minimum', 'people/Low'],
      ['trunk-capacity-exceeded', 'telephony/Trunk'],
      ['unused-suppression', ''],
    ]);
    // Queue members in `telephony` resolve to `people`'s users.
    const byId = loaded.model.agents.find((a) => a.key === 'people/ById');
    expect(byId?.queueTrunks).toEqual(['telephony/Trunk']);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});
