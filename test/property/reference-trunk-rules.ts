/**
 * The trunk rules, restated plainly for the reference checker: what a
 * trunk that carries agents must be, and how many agents it may carry.
 * A trunk finding names the first agent by path on the trunk: mapped to
 * it, or else scheduled on it by a WFM trunk association.
 */
import { AgentNode, MappingModel, TrunkNode } from '../../lib/model/types';
import {
  agentByKey,
  byPath,
  lookupSite,
  lookupTrunk,
  mappedAgents,
  policyOf,
  trunksInUse,
} from './reference-lookups';
import type { Comparable } from './reference-rules';

/** Default most agents a routing policy allows on one trunk. */
const DEFAULT_MAX_AGENTS = 50;
const BYOC_TYPE = 'EXTERNAL';
const BYOC_META_BASE = 'external_sip_pcv_byoc_carrier.json';
const BYOC_EXPECTED =
  `trunk_type ${BYOC_TYPE}, meta base ${BYOC_META_BASE}, ` +
  'an inbound site of media model Cloud';

/** Trunks in use must be active BYOC Cloud trunks in the org's region. */
export function trunkProblems(model: MappingModel): Comparable[] {
  const out: Comparable[] = [];
  for (const trunk of trunksInUse(model)) {
    const base = {
      path: trunk.path,
      subject: trunk.key,
      agent: firstAgentOn(model, trunk),
      trunk: trunk.trunkId,
    };
    if (trunk.state !== 'active') {
      out.push({
        ruleId: 'trunk-inactive',
        ...base,
        found: trunk.state,
        expected: 'active',
      });
    }
    const problems = byocProblems(model, trunk);
    if (problems.length > 0) {
      out.push({
        ruleId: 'trunk-not-byoc-cloud',
        ...base,
        found: problems.join('; '),
        expected: BYOC_EXPECTED,
      });
    }
    // Choice: skipped when the org's region or the trunk's is unknown.
    const orgRegion = model.stacks.find(
      (s) => s.name === trunk.stack,
    )?.orgRegion;
    const regions = trunkRegions(model, trunk);
    if (!orgRegion || !regions) continue;
    // AWS region names are lower case; any other case is the same region.
    const same = (r: string) =>
      r.trim().toLowerCase() === orgRegion.trim().toLowerCase();
    if (regions.some(same)) continue;
    out.push({
      ruleId: 'trunk-region-mismatch',
      ...base,
      found: regions.length ? regions.join(', ') : 'no regions',
      expected: orgRegion,
    });
  }
  return out;
}

/** A known wrong type, meta base or inbound media model; no inbound site. */
function byocProblems(model: MappingModel, trunk: TrunkNode): string[] {
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
  // Choice: a site whose media model is unknown is given the benefit.
  const site = lookupSite(model, trunk.inboundSite);
  if (site?.mediaModel !== undefined && site.mediaModel !== 'Cloud') {
    const name = site.name ?? site.id ?? site.path;
    problems.push(`inbound site ${name} has media model ${site.mediaModel}`);
  }
  return problems;
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
 * No trunk carries more agents than allowed, each person counted once
 * however many agents share their email. Choice: the limit is the
 * policy's maxAgents (50 without a policy), capped by the trunk's own
 * agent capacity.
 */
export function trunkCapacity(model: MappingModel): Comparable[] {
  const out: Comparable[] = [];
  for (const trunk of model.trunks) {
    const fromPolicy = policyOf(model, trunk)?.maxAgents ?? DEFAULT_MAX_AGENTS;
    const limit = Math.min(fromPolicy, trunk.agentCapacity ?? Infinity);
    const emails = mappedAgents(model, trunk).map((a) =>
      a.email.trim().toLowerCase(),
    );
    const count = new Set(emails).size;
    if (count <= limit) continue;
    out.push({
      ruleId: 'trunk-capacity-exceeded',
      path: trunk.path,
      subject: trunk.key,
      agent: firstAgentOn(model, trunk),
      trunk: trunk.trunkId,
      found: String(count),
      expected: `<= ${limit}`,
    });
  }
  return out;
}

/** The first agent by path mapped to the trunk, else scheduled on it. */
function firstAgentOn(model: MappingModel, trunk: TrunkNode) {
  const scheduled = model.assignments
    .filter((a) => {
      const res = a.trunk ? lookupTrunk(model, a.trunk) : undefined;
      return res?.ok && res.target === trunk;
    })
    .map((a) => agentByKey(model, a.agent))
    .filter((a): a is AgentNode => a !== undefined);
  const [first] = byPath(mappedAgents(model, trunk));
  const agent = first ?? byPath(scheduled)[0];
  return agent ? { email: agent.email } : undefined;
}
