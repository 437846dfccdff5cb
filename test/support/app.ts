/**
 * A construct app for rule tests: one Singapore stack with a site, two
 * skills, a language, a routing policy requiring skill_inbound_sales at 4
 * or more, and the BYOC trunk byoc_singapore_main that carries it.
 * Output goes to a fresh temporary directory, removed after the test file.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import {
  Agent,
  AgentProps,
  ByocTrunk,
  ByocTrunkProps,
  GenesysApp,
  GenesysAppProps,
  GenesysCloudStack,
  Language,
  RoutingPolicy,
  RoutingPolicyProps,
  Site,
  Skill,
  WfmAssignment,
  WfmAssignmentProps,
} from '../../constructs';
import { Finding } from '../../lib/validation/finding';

/** Organization region of the test stack. */
export const REGION = 'ap-southeast-1';
/** Trunk id of the test trunk. */
export const TRUNK_ID = 'byoc_singapore_main';
/** Name of the skill the test policy requires. */
export const SALES = 'skill_inbound_sales';
/** Minimum skill_inbound_sales proficiency of the test policy. */
export const SALES_MIN = 4;
/** Schedule of shifts made by {@link addShift}. */
export const SCHEDULE = 'schedule_apac_001';

/** What {@link testApp} builds. */
export interface TestApp {
  readonly app: GenesysApp;
  readonly stack: GenesysCloudStack;
  /** Cloud site in ap-southeast-1, the trunk's inbound site. */
  readonly site: Site;
  readonly skills: { readonly inboundSales: Skill; readonly billing: Skill };
  readonly languages: { readonly english: Language };
  readonly policy: RoutingPolicy;
  readonly trunk: ByocTrunk;
}

/** Overrides of the {@link testApp} defaults. */
export interface TestAppOptions {
  /** Default: report-only, a fresh outdir, a silent report stream. */
  readonly app?: GenesysAppProps;
  /** Merged over the default policy props. */
  readonly policy?: Partial<RoutingPolicyProps>;
  /** Merged over the default trunk props. */
  readonly trunk?: Partial<ByocTrunkProps>;
}

const outdirs: string[] = [];
afterAll(() => {
  for (const dir of outdirs.splice(0)) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A writable stream that drops what it is given. */
export function silentStream(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

/** Builds the test app; see the file comment. */
export function testApp(options: TestAppOptions = {}): TestApp {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'byoc-rules-'));
  outdirs.push(outdir);
  const app = new GenesysApp({
    outdir,
    validation: 'report-only',
    reportStream: silentStream(),
    ...options.app,
  });
  const stack = new GenesysCloudStack(app, 'apac', { region: REGION });
  const site = new Site(stack, 'SingaporeSite', {
    name: 'Singapore Cloud',
    address: {
      street1: '1 Raffles Place',
      city: 'Singapore',
      country: 'SG',
      zipCode: '048616',
    },
    mediaRegions: [REGION],
  });
  const skills = {
    inboundSales: new Skill(stack, 'InboundSales', { name: SALES }),
    billing: new Skill(stack, 'Billing', { name: 'skill_billing_support' }),
  };
  const languages = {
    english: new Language(stack, 'English', { name: 'English' }),
  };
  const policy = new RoutingPolicy(stack, 'SalesPolicy', {
    name: 'Singapore inbound sales',
    requiredSkills: [{ skill: skills.inboundSales, minProficiency: SALES_MIN }],
    ...options.policy,
  });
  const trunk = new ByocTrunk(stack, 'SingaporeMain', {
    name: 'BYOC Singapore main',
    trunkId: TRUNK_ID,
    inboundSite: site,
    policy,
    ...options.trunk,
  });
  return { app, stack, site, skills, languages, policy, trunk };
}

/**
 * Declares an agent in the test stack: `<id>@apac.example.com`, with
 * skill_inbound_sales at 5 and a trunk link to the test trunk, unless
 * `props` says otherwise (`trunk: undefined` removes the link).
 */
export function addAgent(
  fixture: TestApp,
  id: string,
  props: Partial<AgentProps> = {},
): Agent {
  return new Agent(fixture.stack, id, {
    name: `Agent ${id}`,
    email: `${id.toLowerCase()}@apac.example.com`,
    skills: [{ skill: fixture.skills.inboundSales, proficiency: 5 }],
    trunk: fixture.trunk,
    ...props,
  });
}

/**
 * Places an agent on schedule_apac_001 with skill_inbound_sales at level
 * 4, associated with the test trunk, unless `props` says otherwise.
 */
export function addShift(
  fixture: TestApp,
  agent: Agent,
  id: string,
  props: Partial<WfmAssignmentProps> = {},
): WfmAssignment {
  return new WfmAssignment(fixture.stack, id, {
    agent,
    businessUnitId: 'bu_apac',
    managementUnitId: 'mu_singapore_sales',
    scheduleId: SCHEDULE,
    skills: [{ skill: fixture.skills.inboundSales, level: 4 }],
    trunk: fixture.trunk,
    ...props,
  });
}

/**
 * Declares another BYOC trunk in the test stack, with trunk id `id`, on
 * the test site and policy unless `props` says otherwise.
 */
export function addTrunk(
  fixture: TestApp,
  id: string,
  props: Partial<ByocTrunkProps> = {},
): ByocTrunk {
  return new ByocTrunk(fixture.stack, id, {
    name: id,
    trunkId: id,
    inboundSite: fixture.site,
    policy: fixture.policy,
    ...props,
  });
}

/** Every finding of the app, suppressed ones included, without writing. */
export function findingsOf(app: GenesysApp): readonly Finding[] {
  return app.validate().result.findings;
}
