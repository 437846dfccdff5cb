import * as fs from 'fs';
import * as path from 'path';
import {
  Agent,
  GenesysPropsError,
  IAgent,
  IRoutingPolicy,
  WfmAssignment,
} from '../../constructs';
import { payloadErrors } from '../../lib/wfm/payload';
import { newApp, refTo, resources, singapore, synthStack } from './harness';

function floor(count: number) {
  const { app, outdir } = newApp({ validation: 'report-only' });
  const { stack, sales, trunk } = singapore(app);
  for (let i = 0; i < count; i++) {
    const agent = new Agent(stack, `Agent${i}`, {
      name: `Agent ${i}`,
      email: `agent${i}@example.com`,
      skills: [{ skill: sales, proficiency: 5 }],
      trunk,
    });
    new WfmAssignment(stack, `Shift${i}`, {
      agent,
      businessUnitId: 'bu_apac',
      managementUnitId: 'mu_sg',
      scheduleId: 'schedule_apac_001',
      weekId: '2026-12-07',
      skills: [{ skill: 'skill_inbound_sales', level: 5 }],
      trunk: 'byoc_singapore_main',
    });
  }
  return { app, outdir };
}

describe('WfmAssignment', () => {
  test('writes a payload split into requests of at most 50 agents', () => {
    const { app, outdir } = floor(120);
    const json = synthStack(app, outdir, 'sg');
    const file = path.join(outdir, 'stacks', 'sg', 'wfm-assignments.json');
    const payload = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(payloadErrors(payload)).toEqual([]);
    expect(
      payload.requests.map((r: { agents: unknown[] }) => r.agents.length),
    ).toEqual([50, 50, 20]);
    const first = payload.requests[0].agents[0];
    expect(first).toEqual({
      agent_id: refTo(json, 'genesyscloud_user', 'sg/Agent0/Resource'),
      schedule_id: 'schedule_apac_001',
      assignments: [
        {
          skill_id: refTo(json, 'genesyscloud_routing_skill', 'Sales/Resource'),
          level: 5,
          trunk_association: refTo(
            json,
            'genesyscloud_telephony_providers_edges_trunkbasesettings',
            'Trunk/Resource',
          ),
        },
      ],
    });
  });

  test('records each batch as terraform_data ordered after its phones', () => {
    const { app, outdir } = floor(60);
    const json = synthStack(app, outdir, 'sg');
    const batches = resources(json, 'terraform_data');
    expect(batches).toHaveLength(2);
    const [first] = batches;
    const input = first.input as { agents: unknown[]; schedule_id: string };
    expect(input.schedule_id).toBe('schedule_apac_001');
    expect(input.agents).toHaveLength(50);
    expect(first.depends_on).toHaveLength(50);
    expect((first.depends_on as string[])[0]).toMatch(
      /^genesyscloud_telephony_providers_edges_phone\./,
    );
  });

  test('the payload does not depend on declaration order', () => {
    const a = floor(3);
    a.app.synth();
    const b = newApp({ validation: 'report-only' });
    const { stack, sales, trunk } = singapore(b.app);
    for (const i of [2, 0, 1]) {
      new Agent(stack, `Agent${i}`, {
        name: `Agent ${i}`,
        email: `agent${i}@example.com`,
        skills: [{ skill: sales, proficiency: 5 }],
        trunk,
      });
    }
    for (const i of [1, 2, 0]) {
      new WfmAssignment(stack, `Shift${i}`, {
        agent: stack.node.findChild(`Agent${i}`) as Agent,
        businessUnitId: 'bu_apac',
        managementUnitId: 'mu_sg',
        scheduleId: 'schedule_apac_001',
        weekId: '2026-12-07',
        skills: [{ skill: 'skill_inbound_sales', level: 5 }],
        trunk: 'byoc_singapore_main',
      });
    }
    b.app.synth();
    const read = (dir: string) =>
      fs.readFileSync(path.join(dir, 'stacks', 'sg', 'wfm-assignments.json'));
    expect(read(b.outdir).equals(read(a.outdir))).toBe(true);
  });

  test('takes its agent, and trunks their policy, through interfaces', () => {
    const { app, outdir } = newApp();
    const { stack, sales, trunk, policy } = singapore(app);
    const agent: IAgent = new Agent(stack, 'Ana', {
      name: 'Ana',
      email: 'ana@example.com',
      skills: [{ skill: sales, proficiency: 5 }],
      trunk,
    });
    new WfmAssignment(stack, 'Shift', {
      agent,
      businessUnitId: 'bu_apac',
      managementUnitId: 'mu_sg',
      scheduleId: 'schedule_apac_001',
      skills: [{ skill: sales, level: 5 }],
      trunk,
    });
    const applied: IRoutingPolicy | undefined = trunk.policy;
    expect(applied).toBe(policy);
    synthStack(app, outdir, 'sg');
    expect(app.outcome?.result?.findings).toEqual([]);
    const file = path.join(outdir, 'stacks', 'sg', 'wfm-assignments.json');
    const payload = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(payload.requests[0].agents[0].agent_id).toBe(agentRef(outdir));
  });

  test.each([
    [{ scheduleId: '' }, 'scheduleId ""'],
    [{ weekId: '07/12/2026' }, 'weekId'],
    [{ skills: [{ skill: 'x', level: 9 }] }, 'skills[0].level 9'],
    [{ agent: undefined }, 'agent'],
  ])('rejects bad props %#', (extra, part) => {
    const { app } = newApp();
    const { stack } = singapore(app);
    const agent = new Agent(stack, 'A', { name: 'A', email: 'a@example.com' });
    const create = () =>
      new WfmAssignment(stack, 'Bad', {
        agent,
        businessUnitId: 'bu',
        managementUnitId: 'mu',
        scheduleId: 's',
        ...(extra as object),
      });
    expect(create).toThrow(GenesysPropsError);
    expect(
      () =>
        new WfmAssignment(stack, 'Bad2', {
          agent,
          businessUnitId: 'bu',
          managementUnitId: 'mu',
          scheduleId: 's',
          ...(extra as object),
        }),
    ).toThrow(part);
  });
});

/** The Terraform expression of the one user in stack sg. */
function agentRef(outdir: string): string {
  const file = path.join(outdir, 'stacks', 'sg', 'cdk.tf.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  return refTo(json, 'genesyscloud_user', 'sg/Ana/Resource');
}
