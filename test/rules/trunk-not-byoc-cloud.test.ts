import { ByocTrunk, ByocTrunkProps } from '../../constructs';
import {
  BYOC_META_BASE_ID,
  BYOC_TRUNK_TYPE,
  CLOUD_MEDIA_MODEL,
  trunkNotByocCloud,
} from '../../lib/rules/trunk-not-byoc-cloud';
import { addAgent, findingsOf, testApp } from '../support/app';
import { check, crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';
import { TrunkInput, org, pathOf } from '../support/model';

const RULE = trunkNotByocCloud.id;
const EXPECTED =
  `trunk_type ${BYOC_TRUNK_TYPE}, meta base ${BYOC_META_BASE_ID}, ` +
  `an inbound site of media model ${CLOUD_MEDIA_MODEL}`;
const ANN = { name: 'ann', email: 'ann@example.com' };

/** One agent linked to trunk `t1`, declared with `input`. */
function mapped(input: TrunkInput) {
  return org().trunk('t1', input).agent('ann', { trunk: 't1' }).build();
}

/** Ann linked to trunk `t1`, whose inbound site `edge` has `mediaModel`. */
function onSite(mediaModel: string | undefined) {
  return org()
    .site('edge', ['ap-southeast-1'], { name: 'Singapore Edge', mediaModel })
    .trunk('t1', { inboundSite: 'edge' })
    .agent('ann', { trunk: 't1' })
    .build();
}

describe('trunk-not-byoc-cloud', () => {
  test('passes a ByocTrunk with linked agents', () => {
    const fx = testApp();
    addAgent(fx, 'Seller');

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('the ByocTrunk construct refuses a trunk without an inbound site', () => {
    const fx = testApp();
    const build = () =>
      new ByocTrunk(fx.stack, 'NoSite', {
        name: 'No site',
        policy: fx.policy,
      } as unknown as ByocTrunkProps);

    expect(build).toThrow(
      expect.objectContaining({
        name: 'GenesysPropsError',
        constructPath: 'apac/NoSite',
        property: 'inboundSite',
      }),
    );
  });

  test('passes an imported trunk of unknown type', () => {
    const model = mapped({ origin: 'imported' });

    expect(check(trunkNotByocCloud, model)).toEqual([]);
  });

  test('passes a PHONE trunk that carries no agents', () => {
    const model = org().trunk('t1', { trunkType: 'PHONE' }).build();

    expect(check(trunkNotByocCloud, model)).toEqual([]);
  });

  test.each<[string, TrunkInput, string]>([
    ['a PHONE trunk', { trunkType: 'PHONE' }, 'trunk_type is PHONE'],
    [
      'another meta base',
      { metaBaseId: 'external_sip_pcv_generic.json' },
      'trunk_meta_base_id is external_sip_pcv_generic.json',
    ],
    [
      'a declared trunk without an inbound site',
      { inboundSite: null },
      'it has no inbound site',
    ],
    [
      'an EDGE trunk without an inbound site',
      { trunkType: 'EDGE', inboundSite: null },
      'trunk_type is EDGE; it has no inbound site',
    ],
  ])('flags %s with a mapped agent', (_what, input, found) => {
    expect(check(trunkNotByocCloud, mapped(input))).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'error',
        path: pathOf('trunks', 't1'),
        agent: ANN,
        trunk: 't1',
        found,
        expected: EXPECTED,
      }),
    ]);
  });

  test.each([CLOUD_MEDIA_MODEL, undefined])(
    'passes an inbound site of media model %p',
    (mediaModel) => {
      expect(check(trunkNotByocCloud, onSite(mediaModel))).toEqual([]);
    },
  );

  test('flags a trunk whose inbound site is a premises site', () => {
    expect(check(trunkNotByocCloud, onSite('Premises'))).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: pathOf('trunks', 't1'),
        agent: ANN,
        trunk: 't1',
        found: 'inbound site Singapore Edge has media model Premises',
        expected: EXPECTED,
      }),
    ]);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(trunkNotByocCloud, degenerateModel())).toEqual([]);
  });
});
