import { ModelIndex } from '../model/model-index';
import { TrunkNode } from '../model/types';
import { trunkLabel } from './helpers';
import { FindingDraft, Rule } from './rule';
import { agentsOnTrunk, trunkFields, trunksInUse } from './trunk-use';

/** A mapped trunk must serve the organization's region. */
export const trunkRegionMismatch: Rule = {
  id: 'trunk-region-mismatch',
  severity: 'error',
  summary:
    "A trunk's region (its sites' media regions) does not include the " +
    "organization's region.",
  rationale:
    "Genesys validates a trunk against the org's region: a trunk whose " +
    "media regions are elsewhere cannot carry the org's calls, and " +
    'mappings to it are rejected.',
  fix:
    "Add the organization's region to the trunk's site media regions, " +
    'or map the agents to a trunk in that region.',
  suppressible: true,
  scope: ['trunk'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    for (const trunk of trunksInUse(index)) {
      const orgRegion = index.stack(trunk.stack)?.orgRegion;
      const regions = trunkRegions(index, trunk);
      if (!orgRegion || regions === undefined) continue;
      const wanted = normalRegion(orgRegion);
      if (regions.some((r) => normalRegion(r) === wanted)) continue;
      const found = regions.length ? regions.join(', ') : 'no regions';
      const on = agentsOnTrunk(index, trunk);
      yield {
        ...trunkFields(trunk, on),
        found,
        expected: orgRegion,
        message:
          `Trunk ${trunkLabel(trunk)} serves ${found}, not the ` +
          `organization's region ${orgRegion}, and has ${on.summary}.`,
        fix:
          `Add ${orgRegion} to the media regions of the trunk's sites, ` +
          `or use a trunk in ${orgRegion}.`,
      };
    }
  },
};

/**
 * An AWS region name as AWS writes it: lower case, without surrounding
 * spaces, so `AP-SOUTHEAST-1` and `ap-southeast-1` are one region.
 */
export function normalRegion(region: string): string {
  return region.trim().toLowerCase();
}

/**
 * The trunk's regions: those declared for it, else the media regions of
 * its sites. Undefined when nothing is known.
 */
export function trunkRegions(
  index: ModelIndex,
  trunk: TrunkNode,
): readonly string[] | undefined {
  if (trunk.regions !== undefined) return trunk.regions;
  const out = new Set<string>();
  let known = false;
  for (const ref of [trunk.inboundSite, trunk.site]) {
    const site = ref ? index.site(ref) : undefined;
    if (!site?.mediaRegions) continue;
    known = true;
    for (const region of site.mediaRegions) out.add(region);
  }
  return known ? [...out].sort() : undefined;
}
