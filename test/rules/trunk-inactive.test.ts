import { ByocTrunk } from '../../constructs';
import { trunkInactive } from '../../lib/rules/trunk-inactive';
import {
  REGION,
  TRUNK_ID,
  TestApp,
  addAgent,
  addShift,
  findingsOf,
  testApp,
} from '../support/app';
import { check, crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';
import { OrgBuilder, org, pathOf } from '../support/model';

const RULE = trunkInactive.id;

/** Imports the inactive trunk byoc_legacy into the test stack. */
function legacy(fx: TestApp): void {
  ByocTrunk.fromTrunkAttributes(fx.stack, 'Legacy', {
    trunkId: 'byoc_legacy',
    state: 'inactive',
    regions: [REGION],
  });
}

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
        agent: { name: 'Agent Seller', email: 'seller@apac.example.com' },
        trunk: TRUNK_ID,
        found: 'inactive',
        expected: 'active',
      }),
    ]);
  });

  test('flags an imported trunk declared inactive', () => {
    const fx = testApp();
    legacy(fx);
    addAgent(fx, 'Seller', { trunk: 'byoc_legacy' });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: 'apac/Legacy',
        agent: { name: 'Agent Seller', email: 'seller@apac.example.com' },
        trunk: 'byoc_legacy',
        found: 'inactive',
        expected: 'active',
      }),
    ]);
  });

  test('flags an inactive trunk named only by a WFM trunk association', () => {
    const fx = testApp();
    legacy(fx);
    addShift(fx, addAgent(fx, 'Seller'), 'Shift', { trunk: 'byoc_legacy' });

    const [finding, ...rest] = ofRule(findingsOf(fx.app), RULE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: RULE,
      path: 'apac/Legacy',
      agent: { name: 'Agent Seller', email: 'seller@apac.example.com' },
      trunk: 'byoc_legacy',
      found: 'inactive',
    });
    expect(finding.message).toContain('1 WFM trunk association');
    expect(finding.message).not.toContain('0 mapped agents');
  });

  describe('with many agents', () => {
    /** `count` agents linked to the inactive trunk t1, a0000 first. */
    function crowd(count: number): OrgBuilder {
      const builder = org().trunk('t1', { state: 'inactive' });
      for (let i = count - 1; i >= 0; i--) {
        builder.agent(`a${String(i).padStart(4, '0')}`, { trunk: 't1' });
      }
      return builder;
    }

    test('flags one finding naming the first agent and counting them', () => {
      const model = crowd(1200).assign('a0007', { trunk: 't1' }).build();

      const findings = check(trunkInactive, model);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        ruleId: RULE,
        path: pathOf('trunks', 't1'),
        agent: { name: 'a0000', email: 'a0000@example.com' },
        trunk: 't1',
      });
      expect(findings[0].message).toContain(
        '1200 mapped agents (a0000 <a0000@example.com>, ' +
          'a0001 <a0001@example.com>, a0002 <a0002@example.com> and ' +
          '1197 more) and 1 WFM trunk association',
      );
    });
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(trunkInactive, degenerateModel())).toEqual([]);
  });
});
