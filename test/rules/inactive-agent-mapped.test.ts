import { inactiveAgentMapped } from '../../lib/rules/inactive-agent-mapped';
import {
  TRUNK_ID,
  addAgent,
  addShift,
  findingsOf,
  testApp,
} from '../support/app';
import { crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';

const RULE = inactiveAgentMapped.id;

describe('inactive-agent-mapped', () => {
  test('passes an active linked agent, and an idle inactive one', () => {
    const fx = testApp();
    addShift(fx, addAgent(fx, 'Active'), 'Shift');
    addAgent(fx, 'Retired', { state: 'inactive', trunk: undefined });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('flags an inactive agent linked to a trunk', () => {
    const fx = testApp();
    addAgent(fx, 'OnLeave', { state: 'inactive' });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'error',
        path: 'apac/OnLeave',
        agent: { name: 'Agent OnLeave', email: 'onleave@apac.example.com' },
        trunk: TRUNK_ID,
        found: 'inactive',
        expected: 'active',
      }),
    ]);
  });

  test('flags a deleted agent placed on a schedule', () => {
    const fx = testApp();
    const agent = addAgent(fx, 'Gone', { state: 'deleted', trunk: undefined });
    addShift(fx, agent, 'Shift', { trunk: undefined });

    const [finding] = ofRule(findingsOf(fx.app), RULE);
    expect(finding).toMatchObject({
      ruleId: RULE,
      path: 'apac/Gone',
      agent: { name: 'Agent Gone', email: 'gone@apac.example.com' },
      found: 'deleted',
      expected: 'active',
    });
    expect(finding.trunk).toBeUndefined();
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(inactiveAgentMapped, degenerateModel())).toEqual([]);
  });
});
