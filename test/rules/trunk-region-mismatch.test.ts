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
import { crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';

const RULE = trunkRegionMismatch.id;

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
        path: 'apac/Legacy',
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
      expect.objectContaining({ path: 'apac/Legacy', found: 'no regions' }),
    ]);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(trunkRegionMismatch, degenerateModel())).toEqual([]);
  });
});
