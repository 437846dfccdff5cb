/**
 * The support-forum report this library exists for: a WFM bulk
 * assignment of agent 12345 on schedule_apac_001, with
 * skill_inbound_sales at level 5 and trunk association
 * byoc_singapore_main, failed with 400 INVALID_AGENT_TRUNK_MAPPING; adding
 * the trunk to the agent profile fixed it. Synthesis must fail the same
 * way, and pass once the link is there.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  Agent,
  GenesysApp,
  MappingValidationError,
  WFM_PAYLOAD_FILE,
  WfmAssignment,
} from '../../constructs';
import {
  REGION,
  SALES,
  SALES_MIN,
  SCHEDULE,
  TRUNK_ID,
  testApp,
} from '../support/app';

const AGENT = { name: 'Agent 12345', email: 'agent.12345@apac.example.com' };

/** The thread's agent and shift in an enforcing Singapore app. */
function forumApp(agent: { proficiency: number; linked: boolean }) {
  const fx = testApp({ app: { validation: 'enforce', throwOnFailure: true } });
  expect(fx.stack.region).toBe(REGION);
  expect(fx.trunk.trunkId).toBe(TRUNK_ID);

  const forumAgent = new Agent(fx.stack, 'Agent12345', {
    ...AGENT,
    skills: [{ skill: fx.skills.inboundSales, proficiency: agent.proficiency }],
    ...(agent.linked ? { trunk: TRUNK_ID } : {}),
  });
  new WfmAssignment(fx.stack, 'ForumShift', {
    agent: forumAgent,
    businessUnitId: 'bu_apac',
    managementUnitId: 'mu_singapore_sales',
    scheduleId: SCHEDULE,
    skills: [{ skill: SALES, level: 5 }],
    trunk: TRUNK_ID,
  });
  return fx.app;
}

/** Synthesizes and returns the validation error it must throw. */
function synthError(app: GenesysApp): MappingValidationError {
  try {
    app.synth();
  } catch (error) {
    if (error instanceof MappingValidationError) return error;
    throw error;
  }
  throw new Error('synthesis passed, but it should have failed');
}

/** Every file under the app's outdir, relative to it. */
function written(app: GenesysApp): string[] {
  return fs
    .readdirSync(app.outdir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(app.outdir, path.join(entry.parentPath, entry.name)),
    )
    .sort();
}

const STACK_JSON = path.join('stacks', 'apac', 'cdk.tf.json');
const PAYLOAD = path.join('stacks', 'apac', WFM_PAYLOAD_FILE);

describe('forum scenario: schedule_apac_001 on byoc_singapore_main', () => {
  // A failed enforcing synth sets the exit code for command-line runs.
  let exitCode: typeof process.exitCode;
  beforeEach(() => (exitCode = process.exitCode));
  afterEach(() => (process.exitCode = exitCode));

  test('fails with agent-without-trunk-link when the profile has no link', () => {
    const app = forumApp({ proficiency: 5, linked: false });

    const error = synthError(app);

    expect(error.result.findings).toEqual([
      expect.objectContaining({
        ruleId: 'agent-without-trunk-link',
        severity: 'error',
        path: 'apac/Agent12345',
        agent: AGENT,
        trunk: TRUNK_ID,
        found: 'no trunk link',
        expected: `trunk link to ${TRUNK_ID}`,
        source: expect.objectContaining({
          file: expect.stringMatching(/test\/rules\/forum-scenario\.test\.ts$/),
        }),
      }),
    ]);
    expect(app.outcome?.synthesized).toBe(false);
    expect(written(app)).toEqual([]);
  });

  test('passes once the agent is linked to byoc_singapore_main', () => {
    const app = forumApp({ proficiency: 5, linked: true });

    app.synth();

    expect(app.outcome?.synthesized).toBe(true);
    expect(app.outcome?.result?.findings).toEqual([]);
    expect(written(app)).toEqual(expect.arrayContaining([STACK_JSON, PAYLOAD]));
    const file = path.join(app.outdir, PAYLOAD);
    const payload = JSON.parse(fs.readFileSync(file, 'utf8'));
    const [entry] = payload.requests[0].agents;
    expect(entry.schedule_id).toBe(SCHEDULE);
    expect(entry.assignments).toEqual([
      expect.objectContaining({
        level: 5,
        trunk_association: expect.stringMatching(
          /^\$\{genesyscloud_telephony_providers_edges_trunkbasesettings\./,
        ),
      }),
    ]);
  });

  test('fails twice when the linked agent has skill_inbound_sales at 3', () => {
    const app = forumApp({ proficiency: 3, linked: true });

    const error = synthError(app);

    expect(error.result.findings).toEqual([
      expect.objectContaining({
        ruleId: 'skill-proficiency-below-minimum',
        severity: 'error',
        path: 'apac/Agent12345',
        agent: AGENT,
        trunk: TRUNK_ID,
        skill: SALES,
        found: '3',
        expected: `>= ${SALES_MIN}`,
      }),
      expect.objectContaining({
        ruleId: 'assignment-skill-not-on-profile',
        severity: 'error',
        path: 'apac/ForumShift',
        agent: AGENT,
        skill: SALES,
        found: '3',
        expected: `${SALES} at proficiency >= 5`,
      }),
    ]);
    expect(written(app)).not.toContain(STACK_JSON);
  });
});
