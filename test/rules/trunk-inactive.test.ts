import { ByocTrunk } from '../../constructs';
import { trunkInactive } from '../../lib/rules/trunk-inactive';
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

const RULE = trunkInactive.id;

describe('trunk-inactive', () => {
  test('passes agents on an active trunk', () => {
    const fx = testApp();
    addShift(fx, addAgent(fx, 'Seller'), 'Shift');

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('passes an inactive trunk that carries no agents', () => {
    const fx = testApp({ trunk: { state: 'inactive' } });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('flags an inactive declared trunk with a linked agent', () => {
    const fx = testApp({ trunk: { state: 'inactive' } });
    addAgent(fx, 'Seller');

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'error',
        path: 'apac/SingaporeMain',
        trunk: TRUNK_ID,
        found: 'inactive',
        expected: 'active',
      }),
    ]);
  });

  test('flags an imported trunk declared inactive', () => {
    const fx = testApp();
    ByocTrunk.fromTrunkAttributes(fx.stack, 'Legacy', {
      trunkId: 'byoc_legacy',
      state: 'inactive',
      regions: [REGION],
    });
    addAgent(fx, 'Seller', { trunk: 'byoc_legacy' });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        path: 'apac/Legacy',
        trunk: 'byoc_legacy',
        found: 'inactive',
        expected: 'active',
      }),
    ]);
  });

  test('flags an inactive trunk named only by a WFM trunk association', () => {
    const fx = testApp();
    ByocTrunk.fromTrunkAttributes(fx.stack, 'Legacy', {
      trunkId: 'byoc_legacy',
      state: 'inactive',
      regions: [REGION],
    });
    addShift(fx, addAgent(fx, 'Seller'), 'Shift', { trunk: 'byoc_legacy' });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({ path: 'apac/Legacy', found: 'inactive' }),
    ]);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(trunkInactive, degenerateModel())).toEqual([]);
  });
});
