import { ByocTrunk } from '../../constructs';
import { trunkIdUnknown } from '../../lib/rules/trunk-id-unknown';
import {
  REGION,
  TRUNK_ID,
  addAgent,
  addShift,
  findingsOf,
  testApp,
} from '../support/app';
import { crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';

const RULE = trunkIdUnknown.id;

describe('trunk-id-unknown', () => {
  test('passes a link and an association that use the exact id', () => {
    const fx = testApp();
    addShift(fx, addAgent(fx, 'Exact', { trunk: TRUNK_ID }), 'Shift', {
      trunk: TRUNK_ID,
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('passes a link to a trunk imported with fromTrunkAttributes', () => {
    const fx = testApp();
    ByocTrunk.fromTrunkAttributes(fx.stack, 'Legacy', {
      trunkId: 'byoc_legacy',
      state: 'active',
      regions: [REGION],
    });
    addAgent(fx, 'OnLegacy', { trunk: 'byoc_legacy' });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test.each([
    ['a case difference', 'byoc_Singapore_Main'],
    ['a stray space', 'byoc_singapore_main '],
    ['a one-letter typo', 'byoc_singapore_maim'],
  ])(
    'flags a link with %s, suggesting the declared id',
    (_mistake, written) => {
      const fx = testApp();
      addAgent(fx, 'Typo', { trunk: written });

      expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
        expect.objectContaining({
          ruleId: RULE,
          severity: 'error',
          path: 'apac/Typo',
          agent: { name: 'Agent Typo', email: 'typo@apac.example.com' },
          trunk: written,
          found: JSON.stringify(written),
          expected: TRUNK_ID,
        }),
      ]);
    },
  );

  test('flags an id close to no trunk without a suggestion', () => {
    const fx = testApp();
    addAgent(fx, 'Lost', { trunk: 'byoc_tokyo_backup' });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: 'apac/Lost',
        agent: { name: 'Agent Lost', email: 'lost@apac.example.com' },
        trunk: 'byoc_tokyo_backup',
        found: '"byoc_tokyo_backup"',
        expected: 'the id of a known trunk',
      }),
    ]);
  });

  test('flags an unknown trunk association on a WFM assignment', () => {
    const fx = testApp();
    const agent = addAgent(fx, 'Linked');
    addShift(fx, agent, 'Shift', { trunk: 'byoc_singapore_mian' });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: 'apac/Shift',
        agent: { name: 'Agent Linked', email: 'linked@apac.example.com' },
        trunk: 'byoc_singapore_mian',
        found: '"byoc_singapore_mian"',
        expected: TRUNK_ID,
      }),
    ]);
  });

  test('cannot be suppressed', () => {
    expect(trunkIdUnknown.suppressible).toBe(false);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(trunkIdUnknown, degenerateModel())).toEqual([]);
  });
});
