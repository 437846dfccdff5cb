import { ByocTrunk, Site } from '../../constructs';
import { trunkRegionMismatch } from '../../lib/rules/trunk-region-mismatch';
import {
  REGION,
  TestApp,
  addAgent,
  addTrunk,
  findingsOf,
  testApp,
} from '../support/app';
import { check, crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';
import { org, pathOf } from '../support/model';

const RULE = trunkRegionMismatch.id;
const SELLER = { name: 'Agent Seller', email: 'seller@apac.example.com' };

/** Links one agent to a trunk imported with these regions. */
function importedWith(fx: TestApp, regions: string[]): void {
  ByocTrunk.fromTrunkAttributes(fx.stack, 'Legacy', {
    trunkId: 'byoc_legacy',
    state: 'active',
    regions,
  });
  addAgent(fx, 'Seller', { trunk: 'byoc_legacy' });
}

describe('trunk-region-mismatch', () => {
  test('passes a trunk whose site serves the organization region', () => {
    const fx = testApp();
    addAgent(fx, 'Seller');

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('passes an imported trunk whose regions include the org region', () => {
    const fx = testApp();
    importedWith(fx, ['ap-southeast-2', REGION]);

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test.each([
    ['the trunk', 'AP-SOUTHEAST-1', REGION],
    ['the organization', REGION, ' AP-Southeast-1 '],
  ])(
    'passes a region that %s writes in upper case',
    (_who, trunkRegion, orgRegion) => {
      const model = org(orgRegion)
        .trunk('t1', { origin: 'imported', regions: [trunkRegion] })
        .agent('ann', { trunk: 't1' })
        .build();

      expect(check(trunkRegionMismatch, model)).toEqual([]);
    },
  );

  test('skips a trunk whose site regions are unknown', () => {
    const fx = testApp();
    const site = Site.fromSiteAttributes(fx.stack, 'Existing', {
      siteId: 'site-0042',
    });
    const trunk = addTrunk(fx, 'byoc_existing_site', { inboundSite: site });
    addAgent(fx, 'Seller', { trunk });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('flags a declared trunk whose site is in another region', () => {
    const fx = testApp();
    const tokyo = new Site(fx.stack, 'TokyoSite', {
      name: 'Tokyo Cloud',
      address: {
        street1: '1-1 Marunouchi',
        city: 'Tokyo',
        country: 'JP',
        zipCode: '100-0005',
      },
      mediaRegions: ['ap-northeast-1'],
    });
    const trunk = addTrunk(fx, 'byoc_tokyo', { inboundSite: tokyo });
    addAgent(fx, 'Seller', { trunk });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'error',
        path: 'apac/byoc_tokyo',
        agent: SELLER,
        trunk: 'byoc_tokyo',
        found: 'ap-northeast-1',
        expected: REGION,
      }),
    ]);
  });

  test('flags an imported trunk declared in other regions', () => {
    const fx = testApp();
    importedWith(fx, ['us-east-1', 'us-west-2']);

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: 'apac/Legacy',
        agent: SELLER,
        trunk: 'byoc_legacy',
        found: 'us-east-1, us-west-2',
        expected: REGION,
      }),
    ]);
  });

  test('flags an imported trunk declared with no regions', () => {
    const fx = testApp();
    importedWith(fx, []);

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: 'apac/Legacy',
        agent: SELLER,
        trunk: 'byoc_legacy',
        found: 'no regions',
      }),
    ]);
  });

  test('flags an upper-case region that is another region', () => {
    const model = org()
      .trunk('t1', { origin: 'imported', regions: ['AP-SOUTHEAST-2'] })
      .agent('ann', { trunk: 't1' })
      .build();

    expect(check(trunkRegionMismatch, model)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: pathOf('trunks', 't1'),
        agent: { name: 'ann', email: 'ann@example.com' },
        trunk: 't1',
        found: 'AP-SOUTHEAST-2',
        expected: REGION,
      }),
    ]);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(trunkRegionMismatch, degenerateModel())).toEqual([]);
  });
});
