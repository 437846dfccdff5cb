/**
 * Shared parts of the malformed-props corpus: one stack with a site, a
 * policy and an agent to build on, builders that put any value anywhere,
 * and the assertion every case makes.
 */
import {
  Agent,
  ByocTrunk,
  GenesysApp,
  GenesysCloudStack,
  GenesysPropsError,
  RoutingPolicy,
  Site,
  WfmAssignment,
} from '../../constructs';
import { silentStream, tempDir } from './support';

/** What each case may build on: one stack with a site, policy and agent. */
export interface Org {
  readonly app: GenesysApp;
  readonly stack: GenesysCloudStack;
  readonly site: Site;
  readonly policy: RoutingPolicy;
  readonly agent: Agent;
}

/** A fresh app with the objects every case may use. */
export function org(): Org {
  const app = new GenesysApp({
    outdir: tempDir(),
    reportStream: silentStream(),
  });
  const stack = new GenesysCloudStack(app, 'sg', { region: 'ap-southeast-1' });
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
  const policy = new RoutingPolicy(stack, 'Policy', { name: 'Sales' });
  const agent = new Agent(stack, 'Agent', {
    name: 'Wei Ling',
    email: 'weiling@apac.example.com',
  });
  return { app, stack, site, policy, agent };
}

/** Props built at run time, so that any value can go anywhere. */
export type Loose = Record<string, unknown>;
/** Passes loose props where typed ones are expected. */
export const any = (props: Loose) => props as never;

/** The first integer past the safe ones. */
export const HUGE = Number.MAX_SAFE_INTEGER + 1;
/** A string of one mebibyte. */
export const MEGABYTE = 'x'.repeat(1 << 20);

/** An agent named Bad with the given props over valid ones. */
export const agent = (o: Org, props: Loose) =>
  new Agent(o.stack, 'Bad', any({ name: 'A', email: 'a@x.com', ...props }));

/** A trunk named Bad with the given props over valid ones. */
export const trunk = (o: Org, props: Loose) =>
  new ByocTrunk(
    o.stack,
    'Bad',
    any({ name: 'T', inboundSite: o.site, policy: o.policy, ...props }),
  );

/** An imported trunk named Bad with the given attributes. */
export const imported = (o: Org, attrs: Loose) =>
  ByocTrunk.fromTrunkAttributes(
    o.stack,
    'Bad',
    any({ trunkId: 'byoc_x', state: 'active', regions: [], ...attrs }),
  );

/** A routing policy named Bad with the given props. */
export const policy = (o: Org, props: Loose) =>
  new RoutingPolicy(o.stack, 'Bad', any({ name: 'P', ...props }));

/** A site named Bad with the given props over valid ones. */
export const site = (o: Org, props: Loose) =>
  new Site(
    o.stack,
    'Bad',
    any({
      name: 'S',
      address: { street1: '1', city: 'c', country: 'SG', zipCode: '1' },
      mediaRegions: ['ap-southeast-1'],
      ...props,
    }),
  );

/** A WFM assignment named Bad with the given props over valid ones. */
export const assignment = (o: Org, props: Loose) =>
  new WfmAssignment(
    o.stack,
    'Bad',
    any({
      agent: o.agent,
      businessUnitId: 'bu',
      managementUnitId: 'mu',
      scheduleId: 's',
      ...props,
    }),
  );

/**
 * [case, build, construct path under the app, property, and optionally
 * the value the error must carry]
 */
export type PropsCase = [string, (o: Org) => unknown, string, string, unknown?];

/** The error `build` throws on a fresh org; fails the test if none. */
export function thrownBy(build: (o: Org) => unknown): GenesysPropsError {
  let thrown: unknown;
  try {
    build(org());
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(GenesysPropsError);
  return thrown as GenesysPropsError;
}

/**
 * Declares one test per case: each must throw a GenesysPropsError that
 * carries the construct path, the property and (when given) the value,
 * with a message naming them and what is allowed.
 */
export function describeCases(title: string, cases: PropsCase[]): void {
  describe(title, () => {
    test.each(cases)(
      '%s throws GenesysPropsError',
      (_name, build, path, property, ...value) => {
        const error = thrownBy(build);
        expect(error.constructPath).toBe(path);
        expect(error.property).toBe(property);
        if (value.length > 0) expect(error.value).toEqual(value[0]);
        const label = path === '' ? 'GenesysApp' : path;
        expect(error.message.startsWith(`${label}: invalid ${property} `)).toBe(
          true,
        );
        expect(error.message).toMatch(/allowed: .+\.$/);
      },
    );
  });
}
