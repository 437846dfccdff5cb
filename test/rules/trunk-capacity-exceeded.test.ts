import { trunkCapacityExceeded } from '../../lib/rules/trunk-capacity-exceeded';
import { Agent } from '../../constructs';
import {
  TRUNK_ID,
  TestApp,
  addAgent,
  findingsOf,
  testApp,
} from '../support/app';
import { crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';

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
        trunk: TRUNK_ID,
        found: '3',
        expected: '<= 2',
      }),
    ]);
  });

  test('applies a trunk agent capacity below the policy limit', () => {
    const fx = testApp({ trunk: { agentCapacity: 1 } });
    linkAgents(fx, 2);

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({ found: '2', expected: '<= 1' }),
    ]);
  });

  test('counts queue-only agents, and a linked queue member once', () => {
    const fx = testApp({ policy: { maxAgents: 2 } });
    const [linked] = linkAgents(fx, 2);
    linked.addToTrunkQueue(fx.trunk);
    addAgent(fx, 'QueueOnly', { trunk: undefined }).addToTrunkQueue(fx.trunk);

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({ found: '3', expected: '<= 2' }),
    ]);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(trunkCapacityExceeded, degenerateModel())).toEqual([]);
  });
});
