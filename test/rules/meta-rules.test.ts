import { MappingSuppressions } from '../../constructs';
import { RULES } from '../../lib/rules';
import { agentWithoutTrunkLink } from '../../lib/rules/agent-without-trunk-link';
import { Rule } from '../../lib/rules/rule';
import { trunkIdUnknown } from '../../lib/rules/trunk-id-unknown';
import { trunkInactive } from '../../lib/rules/trunk-inactive';
import { isBlocking, validateModel } from '../../lib/validation/engine';
import {
  invalidSuppression,
  ruleCrashed,
  unusedSuppression,
} from '../../lib/validation/meta-rules';
import { Suppression } from '../../lib/validation/suppression';
import { TRUNK_ID, addAgent, findingsOf, testApp } from '../support/app';
import { ofRule, ruleIds } from '../support/findings';
import { org, pathOf } from '../support/model';

/** A rule whose check throws `error`. */
function crashing(error: unknown): Rule {
  return {
    ...agentWithoutTrunkLink,
    id: 'custom-crasher',
    check: () => {
      throw error;
    },
  };
}

/** Ann links to a typo; Bob sits in the queue of t1 without a link. */
function twoMistakes() {
  return org()
    .trunk('t1')
    .agent('ann', { trunk: 't2' })
    .agent('bob', { queueTrunks: ['t1'] })
    .build();
}

/** Ann is linked to an inactive trunk. */
function inactiveTrunk() {
  return org()
    .trunk('t1', { state: 'inactive' })
    .agent('ann', { trunk: 't1' })
    .build();
}

const unsuppressible = RULES.filter((r) => !r.suppressible).map((r) => r.id);

describe('rule-crashed', () => {
  test('passes when every rule finishes', () => {
    const { findings } = validateModel(twoMistakes());

    expect(ofRule(findings, ruleCrashed.id)).toEqual([]);
  });

  test('flags a thrown error and runs the other rules', () => {
    const rules = [crashing(new Error('boom')), trunkIdUnknown];
    const { findings } = validateModel(twoMistakes(), {
      rules: [agentWithoutTrunkLink, ...rules],
    });

    expect(ruleIds(findings)).toEqual([
      agentWithoutTrunkLink.id,
      trunkIdUnknown.id,
      ruleCrashed.id,
    ]);
    expect(findings[0].path).toBe(pathOf('agents', 'bob'));
    expect(findings[1].path).toBe(pathOf('agents', 'ann'));
    expect(findings[2]).toMatchObject({
      severity: 'error',
      path: 'custom-crasher',
      found: 'boom',
      expected: 'the rule to finish',
    });
    expect(isBlocking(findings[2])).toBe(true);
  });

  test('reports a thrown non-error value', () => {
    const { findings } = validateModel(twoMistakes(), {
      rules: [crashing('not an Error')],
    });

    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: ruleCrashed.id,
        found: 'not an Error',
      }),
    ]);
  });
});

describe('unused-suppression', () => {
  test('passes a suppression that silences a finding', () => {
    const fx = testApp({ trunk: { state: 'inactive' } });
    addAgent(fx, 'Seller');
    MappingSuppressions.add(fx.trunk, trunkInactive.id, 'Cut over on Monday');

    expect(ofRule(findingsOf(fx.app), unusedSuppression.id)).toEqual([]);
  });

  test('flags a suppression that matches no finding', () => {
    const fx = testApp();
    addAgent(fx, 'Seller');
    MappingSuppressions.add(fx.trunk, trunkInactive.id, 'Cut over on Monday');

    expect(ofRule(findingsOf(fx.app), unusedSuppression.id)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'apac/SingaporeMain',
        found: `suppression of ${trunkInactive.id}`,
        expected: `a ${trunkInactive.id} finding at or below apac/SingaporeMain`,
      }),
    ]);
  });

  test('does not cover a sibling whose path merely starts alike', () => {
    const suppression: Suppression = {
      path: pathOf('agents', 'ann'),
      ruleId: agentWithoutTrunkLink.id,
      reason: 'Legacy agent',
    };
    const model = org()
      .trunk('t1')
      .agent('anna', { queueTrunks: ['t1'] })
      .build();
    const { findings } = validateModel(model, { suppressions: [suppression] });

    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([
      [agentWithoutTrunkLink.id, pathOf('agents', 'anna')],
      [unusedSuppression.id, pathOf('agents', 'ann')],
    ]);
    expect(findings[0]).not.toHaveProperty('suppressed');
  });
});

describe('invalid-suppression', () => {
  test('passes a suppression of a suppressible rule with a reason', () => {
    const suppression: Suppression = {
      path: pathOf('trunks', 't1'),
      ruleId: trunkInactive.id,
      reason: 'Cut over on Monday',
    };
    const { findings } = validateModel(inactiveTrunk(), {
      suppressions: [suppression],
    });

    expect(ofRule(findings, invalidSuppression.id)).toEqual([]);
    expect(ofRule(findings, trunkInactive.id)[0]).toHaveProperty('suppressed');
  });

  test.each(unsuppressible)(
    'MappingSuppressions.add refuses %s, naming the path',
    (ruleId) => {
      const fx = testApp();
      const agent = addAgent(fx, 'Typo', { trunk: 'byoc_singapore_mian' });

      expect(() =>
        MappingSuppressions.add(agent, ruleId, 'Known issue'),
      ).toThrow(
        expect.objectContaining({
          name: 'GenesysPropsError',
          constructPath: 'apac/Typo',
          property: 'suppression',
          value: ruleId,
        }),
      );
    },
  );

  test.each([
    ['an unknown rule id', 'no-such-rule', 'Known issue'],
    ['a blank reason', trunkInactive.id, '  '],
  ])('MappingSuppressions.add refuses %s', (_what, ruleId, reason) => {
    const fx = testApp();

    expect(() => MappingSuppressions.add(fx.trunk, ruleId, reason)).toThrow(
      expect.objectContaining({
        name: 'GenesysPropsError',
        constructPath: 'apac/SingaporeMain',
        value: ruleId,
      }),
    );
  });

  test('flags a suppression of an unsuppressible rule, keeping its finding', () => {
    const suppression: Suppression = {
      path: pathOf('agents', 'ann'),
      ruleId: trunkIdUnknown.id,
      reason: 'Trunk is created by hand',
    };
    const { findings } = validateModel(twoMistakes(), {
      suppressions: [suppression],
    });

    const [unknown] = ofRule(findings, trunkIdUnknown.id);
    expect(unknown.path).toBe(pathOf('agents', 'ann'));
    expect(unknown).not.toHaveProperty('suppressed');
    expect(ofRule(findings, invalidSuppression.id)).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: pathOf('agents', 'ann'),
        found: trunkIdUnknown.id,
        expected: 'a suppressible rule id and a reason',
      }),
    ]);
    expect(ofRule(findings, unusedSuppression.id)).toEqual([]);
  });

  test.each([
    ['an unknown rule id', 'no-such-rule', 'Known issue'],
    ['a missing reason', trunkInactive.id, ''],
  ])('the engine refuses %s', (_what, ruleId, reason) => {
    const suppression = { path: pathOf('trunks', 't1'), ruleId, reason };
    const { findings } = validateModel(inactiveTrunk(), {
      suppressions: [suppression],
    });

    expect(ofRule(findings, invalidSuppression.id)).toEqual([
      expect.objectContaining({ path: pathOf('trunks', 't1'), found: ruleId }),
    ]);
    expect(ofRule(findings, trunkInactive.id)[0]).not.toHaveProperty(
      'suppressed',
    );
  });
});

describe('suppressions', () => {
  test('a suppressed finding carries the reason and the suppression path', () => {
    const fx = testApp({ trunk: { state: 'inactive' } });
    addAgent(fx, 'Seller');
    MappingSuppressions.add(fx.stack, trunkInactive.id, 'Cut over on Monday');

    const [finding] = ofRule(findingsOf(fx.app), trunkInactive.id);
    expect(finding).toMatchObject({
      path: 'apac/SingaporeMain',
      trunk: TRUNK_ID,
      suppressed: { path: 'apac', reason: 'Cut over on Monday' },
    });
    expect(isBlocking(finding)).toBe(false);
  });

  test('a suppression covers only its own rule', () => {
    const suppression: Suppression = {
      path: pathOf('trunks', 't1'),
      ruleId: trunkInactive.id,
      reason: 'Cut over on Monday',
    };
    const model = org()
      .trunk('t1', { state: 'inactive', regions: ['us-east-1'] })
      .agent('ann', { trunk: 't1' })
      .build();
    const { findings } = validateModel(model, { suppressions: [suppression] });

    expect(
      findings.map((f) => [f.ruleId, f.suppressed?.reason ?? null]),
    ).toEqual([
      [trunkInactive.id, 'Cut over on Monday'],
      ['trunk-region-mismatch', null],
    ]);
  });
});
