import { agentWithoutTrunkLink } from '../../lib/rules/agent-without-trunk-link';
import {
  TRUNK_ID,
  addAgent,
  addShift,
  findingsOf,
  testApp,
} from '../support/app';
import { crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';

const RULE = agentWithoutTrunkLink.id;

describe('agent-without-trunk-link', () => {
  test('passes an agent linked to the trunk of its shift', () => {
    const fx = testApp();
    addShift(fx, addAgent(fx, 'Linked'), 'Shift');

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('passes an unlinked agent whose shift has no trunk association', () => {
    const fx = testApp();
    const agent = addAgent(fx, 'Free', { trunk: undefined });
    addShift(fx, agent, 'Shift', { trunk: undefined });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test.each([
    ['the exact trunk id', TRUNK_ID],
    ['the trunk construct', undefined],
  ])('flags an unlinked agent whose shift names %s', (_how, association) => {
    const fx = testApp();
    const agent = addAgent(fx, 'Unlinked', { trunk: undefined });
    addShift(fx, agent, 'Shift', { trunk: association ?? fx.trunk });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'error',
        path: 'apac/Unlinked',
        agent: { name: 'Agent Unlinked', email: 'unlinked@apac.example.com' },
        trunk: TRUNK_ID,
        found: 'no trunk link',
        expected: `trunk link to ${TRUNK_ID}`,
      }),
    ]);
  });

  test('flags an unlinked agent seated in the trunk queue', () => {
    const fx = testApp();
    addAgent(fx, 'Seated', { trunk: undefined }).addToTrunkQueue(fx.trunk);

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: 'apac/Seated',
        agent: { name: 'Agent Seated', email: 'seated@apac.example.com' },
        trunk: TRUNK_ID,
        found: 'no trunk link',
        expected: `trunk link to ${TRUNK_ID}`,
      }),
    ]);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(agentWithoutTrunkLink, degenerateModel())).toEqual([]);
  });
});
