import { trunkCapacityExceeded } from '../../lib/rules/trunk-capacity-exceeded';
import { Agent } from '../../constructs';
import {
  TRUNK_ID,
  TestApp,
  addAgent,
  findingsOf,
  testApp,
} from '../support/app';
import { check, crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';
import { objectRef, org, pathOf } from '../support/model';

const RULE = trunkCapacityExceeded.id;

/** Links `count` agents to the test trunk. */
function linkAgents(fx: TestApp, count: number): Agent[] {
  return Array.from({ length: count }, (_, i) => addAgent(fx, `Agent${i}`));
}

describe('trunk-capacity-exceeded', () => {
  test('passes a trunk exactly at its policy maxAgents', () => {
    const fx = testApp({ policy: { maxAgents: 2 } });
    linkAgents(fx, 2);

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('flags a trunk over its policy maxAgents of 2', () => {
    const fx = testApp({ policy: { maxAgents: 2 } });
    linkAgents(fx, 3);

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'error',
        path: 'apac/SingaporeMain',
        agent: { name: 'Agent Agent0', email: 'agent0@apac.example.com' },
        trunk: TRUNK_ID,
        found: '3',
        expected: '<= 2',
      }),
    ]);
  });

  test('passes two declarations of one email as one agent', () => {
    const fx = testApp({ policy: { maxAgents: 2 } });
    linkAgents(fx, 2);
    addAgent(fx, 'Agent0Again', { email: ' Agent0@APAC.example.com' });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('counts agents on two imports of one trunk together', () => {
    const model = org()
      .policy('pilot', { maxAgents: 2 })
      .trunk('t1', { origin: 'imported', policy: 'pilot', name: 'first' })
      .trunk('t1', { origin: 'imported', policy: 'pilot', name: 'second' })
      .agent('ann', { trunk: objectRef('trunks', 'first') })
      .agent('bob', { trunk: objectRef('trunks', 'second') })
      .agent('cai', { queueTrunks: ['second'] })
      .build();

    expect(check(trunkCapacityExceeded, model)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: pathOf('trunks', 'first'),
        agent: { name: 'ann', email: 'ann@example.com' },
        trunk: 't1',
        found: '3',
        expected: '<= 2',
      }),
    ]);
  });

  test('applies a trunk agent capacity below the policy limit', () => {
    const fx = testApp({ trunk: { agentCapacity: 1 } });
    linkAgents(fx, 2);

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: 'apac/SingaporeMain',
        agent: { name: 'Agent Agent0', email: 'agent0@apac.example.com' },
        trunk: TRUNK_ID,
        found: '2',
        expected: '<= 1',
      }),
    ]);
  });

  test('counts queue-only agents, and a linked queue member once', () => {
    const fx = testApp({ policy: { maxAgents: 2 } });
    const [linked] = linkAgents(fx, 2);
    linked.addToTrunkQueue(fx.trunk);
    addAgent(fx, 'QueueOnly', { trunk: undefined }).addToTrunkQueue(fx.trunk);

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: 'apac/SingaporeMain',
        agent: { name: 'Agent Agent0', email: 'agent0@apac.example.com' },
        trunk: TRUNK_ID,
        found: '3',
        expected: '<= 2',
      }),
    ]);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(trunkCapacityExceeded, degenerateModel())).toEqual([]);
  });
});
