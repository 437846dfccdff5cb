import { assignmentTrunkMismatch } from '../../lib/rules/assignment-trunk-mismatch';
import {
  TRUNK_ID,
  addAgent,
  addShift,
  addTrunk,
  findingsOf,
  testApp,
} from '../support/app';
import { check, crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';
import { TrunkInput, objectRef, org, pathOf } from '../support/model';

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

  describe('with one trunk id on two trunks', () => {
    /**
     * Ann links to the trunk at `Org/trunks/first` and her shift names
     * the one at `Org/trunks/second`, both with trunk id byoc_legacy.
     */
    function twoTrunks(first: TrunkInput, second: TrunkInput) {
      return org()
        .trunk('byoc_legacy', { ...first, name: 'first' })
        .trunk('byoc_legacy', { ...second, name: 'second' })
        .agent('ann', { trunk: objectRef('trunks', 'first') })
        .assign('ann', { trunk: objectRef('trunks', 'second') })
        .build();
    }

    test('passes two imports of the trunk by its exact id', () => {
      const imported: TrunkInput = { origin: 'imported' };

      expect(
        check(assignmentTrunkMismatch, twoTrunks(imported, imported)),
      ).toEqual([]);
    });

    test('flags a declared trunk and an import that share its id', () => {
      const model = twoTrunks({}, { origin: 'imported' });

      expect(check(assignmentTrunkMismatch, model)).toEqual([
        expect.objectContaining({
          ruleId: RULE,
          path: pathOf('assignments', 'ann@schedule_apac_001'),
          agent: { name: 'ann', email: 'ann@example.com' },
          trunk: 'byoc_legacy',
        }),
      ]);
    });
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
