import { assignmentTrunkMismatch } from '../../lib/rules/assignment-trunk-mismatch';
import {
  TRUNK_ID,
  addAgent,
  addShift,
  addTrunk,
  findingsOf,
  testApp,
} from '../support/app';
import { crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';

const RULE = assignmentTrunkMismatch.id;
const BACKUP = 'byoc_singapore_backup';

describe('assignment-trunk-mismatch', () => {
  test('passes a construct link and an id association of one trunk', () => {
    const fx = testApp();
    addShift(fx, addAgent(fx, 'Seller', { trunk: fx.trunk }), 'Shift', {
      trunk: TRUNK_ID,
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('flags a shift on another trunk than the agent link', () => {
    const fx = testApp();
    addTrunk(fx, BACKUP);
    addShift(fx, addAgent(fx, 'Seller'), 'Shift', { trunk: BACKUP });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'error',
        path: 'apac/Shift',
        agent: { name: 'Agent Seller', email: 'seller@apac.example.com' },
        trunk: BACKUP,
        found: BACKUP,
        expected: TRUNK_ID,
      }),
    ]);
  });

  test('leaves unknown trunk ids to trunk-id-unknown', () => {
    const fx = testApp();
    addShift(fx, addAgent(fx, 'Seller'), 'Shift', { trunk: 'byoc_nowhere' });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(assignmentTrunkMismatch, degenerateModel())).toEqual([]);
  });
});
