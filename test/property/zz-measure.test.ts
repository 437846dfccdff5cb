import * as os from 'os';
import * as fs from 'fs';
import * as path from 'path';
import { Agent, ByocTrunk, GenesysApp, GenesysCloudStack, RoutingPolicy, Site, Skill, WfmAssignment, Language } from '../../constructs';
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'm-'));
test("m", () => {
const prev = Error.prepareStackTrace; Error.prepareStackTrace = undefined;
const t0 = Date.now();
const N = 300;
for (let n = 0; n < N; n++) {
  const app = new GenesysApp({ outdir: out, validation: 'report-only', reportStream: { write: () => true } as any });
  const stack = new GenesysCloudStack(app, 'S1', { region: 'ap-southeast-1' });
  const site = Site.fromSiteAttributes(stack, 'Site', { siteId: 's1', mediaRegions: ['ap-southeast-1'] });
  const sk = new Skill(stack, 'Sales', { name: 'Sales' });
  const en = new Language(stack, 'En', { name: 'English' });
  const pol = new RoutingPolicy(stack, 'Pol', { name: 'p', requiredSkills: [{ skill: sk, minProficiency: 3 }], requiredLanguages: [{language: en, minProficiency: 2}], maxAgents: 3 });
  const t = new ByocTrunk(stack, 'T1', { name: 'T1', inboundSite: site, policy: pol });
  for (let i = 0; i < 8; i++) {
    const a = new Agent(stack, `A${i}`, { name: `A${i}`, email: `a${i}@x`, skills: [{ skill: sk, proficiency: i % 5 }], trunk: i % 2 ? t : 'T1' });
    new WfmAssignment(stack, `W${i}`, { agent: a, businessUnitId: 'bu', managementUnitId: 'mu', scheduleId: 's', skills: [{ skill: 'Sales', level: 2 }], trunk: t });
  }
  const { result } = app.validate();
  
}
console.log('per app ms', (Date.now() - t0) / N);
Error.prepareStackTrace = prev;
});
