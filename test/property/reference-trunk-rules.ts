/**
 * The trunk rules, restated plainly for the reference checker: what a
 * trunk that carries agents must be, and how many agents it may carry.
 */
import { MappingModel, TrunkNode } from '../../lib/model/types';
import {
  lookupSite,
  mappedAgents,
  policyOf,
  trunksInUse,
} from './reference-lookups';
import type { Comparable } from './reference-rules';

/** Default most agents a routing policy allows on one trunk. */
const DEFAULT_MAX_AGENTS = 50;
const BYOC_TYPE = 'EXTERNAL';
const BYOC_META_BASE = 'external_sip_pcv_byoc_carrier.json';

/** Trunks in use must be active BYOC Cloud trunks in the org's region. */
export function trunkProblems(model: MappingModel): Comparable[] {
  const out: Comparable[] = [];
  for (const trunk of trunksInUse(model)) {
    const base = { path: trunk.path, subject: trunk.key, trunk: trunk.trunkId };
    if (trunk.state !== 'active') {
      out.push({ ruleId: 'trunk-inactive', ...base, found: trunk.state });
    }
    const problems: string[] = [];
    if (trunk.trunkType !== undefined && trunk.trunkType !== BYOC_TYPE) {
      problems.push(`trunk_type is ${trunk.trunkType}`);
    }
    if (trunk.metaBaseId !== undefined && trunk.metaBaseId !== BYOC_META_BASE) {
      problems.push(`trunk_meta_base_id is ${trunk.metaBaseId}`);
    }
    // Choice: only a declared trunk with no inbound site reference at all.
    if (trunk.origin === 'declared' && !trunk.inboundSite) {
      problems.push('it has no inbound site');
    }
    if (problems.length > 0) {
      out.push({
        ruleId: 'trunk-not-byoc-cloud',
        ...base,
        found: problems.join('; '),
      });
    }
    // Choice: skipped when the org's region or the trunk's is unknown.
    const orgRegion = model.stacks.find(
      (s) => s.name === trunk.stack,
    )?.orgRegion;
    const regions = trunkRegions(model, trunk);
    if (!orgRegion || !regions || regions.includes(orgRegion)) continue;
    out.push({
      ruleId: 'trunk-region-mismatch',
      ...base,
      found: regions.length ? regions.join(', ') : 'no regions',
      expected: orgRegion,
    });
  }
  return out;
}

/** Declared regions, else the sorted media regions of the trunk's sites. */
function trunkRegions(model: MappingModel, trunk: TrunkNode) {
  if (trunk.regions !== undefined) return trunk.regions;
  let known = false;
  const regions: string[] = [];
  for (const ref of [trunk.inboundSite, trunk.site]) {
    const site = lookupSite(model, ref);
    if (!site?.mediaRegions) continue;
    known = true;
    for (const r of site.mediaRegions)
      if (!regions.includes(r)) regions.push(r);
  }
  return known ? regions.sort() : undefined;
}

/**
 * No trunk carries more agents than allowed. Choice: the limit is the
 * policy's maxAgents (50 without a policy), capped by the trunk's own
 * agent capacity.
 */
export function trunkCapacity(model: MappingModel): Comparable[] {
  const out: Comparable[] = [];
  for (const trunk of model.trunks) {
    const fromPolicy = policyOf(model, trunk)?.maxAgents ?? DEFAULT_MAX_AGENTS;
    const limit = Math.min(fromPolicy, trunk.agentCapacity ?? Infinity);
    const count = mappedAgents(model, trunk).length;
    if (count <= limit) continue;
    out.push({
      ruleId: 'trunk-capacity-exceeded',
      path: trunk.path,
      subject: trunk.key,
      trunk: trunk.trunkId,
      found: String(count),
      expected: `<= ${limit}`,
    });
  }
  return out;
}
