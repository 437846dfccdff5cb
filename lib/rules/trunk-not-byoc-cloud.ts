import { ModelIndex } from '../model/model-index';
import { trunkLabel, trunksInUse } from './helpers';
import { FindingDraft, Rule } from './rule';

/** `trunk_type` of a BYOC Cloud trunk. */
export const BYOC_TRUNK_TYPE = 'EXTERNAL';
/** `trunk_meta_base_id` of a BYOC Cloud carrier trunk. */
export const BYOC_META_BASE_ID = 'external_sip_pcv_byoc_carrier.json';

/** Agents may only be mapped to BYOC Cloud trunks with an inbound site. */
export const trunkNotByocCloud: Rule = {
  id: 'trunk-not-byoc-cloud',
  severity: 'error',
  summary:
    'A trunk mapped to agents is not a BYOC Cloud trunk, or has no inbound ' +
    'site.',
  rationale:
    'Only BYOC Cloud trunks (EXTERNAL, BYOC carrier meta base) take agent ' +
    'mappings, and Genesys refuses a BYOC Cloud trunk without an inbound ' +
    'site, so calls could never reach the mapped agents.',
  fix:
    'Map the agents to a ByocTrunk, which is always a BYOC Cloud trunk, ' +
    'and give it an inbound site.',
  suppressible: true,
  scope: ['trunk'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    for (const trunk of trunksInUse(index)) {
      const problems: string[] = [];
      if (
        trunk.trunkType !== undefined &&
        trunk.trunkType !== BYOC_TRUNK_TYPE
      ) {
        problems.push(`trunk_type is ${trunk.trunkType}`);
      }
      if (
        trunk.metaBaseId !== undefined &&
        trunk.metaBaseId !== BYOC_META_BASE_ID
      ) {
        problems.push(`trunk_meta_base_id is ${trunk.metaBaseId}`);
      }
      if (trunk.origin === 'declared' && !trunk.inboundSite) {
        problems.push('it has no inbound site');
      }
      if (problems.length === 0) continue;
      yield {
        path: trunk.path,
        subject: trunk.key,
        source: trunk.source,
        trunk: trunk.trunkId,
        found: problems.join('; '),
        expected:
          `trunk_type ${BYOC_TRUNK_TYPE}, meta base ${BYOC_META_BASE_ID}, ` +
          'an inbound site',
        message:
          `Trunk ${trunkLabel(trunk)} has mapped agents but is not a BYOC ` +
          `Cloud trunk with an inbound site: ${problems.join('; ')}.`,
        fix:
          `Make ${trunk.trunkId} a BYOC Cloud trunk ` +
          `(${BYOC_TRUNK_TYPE}, ${BYOC_META_BASE_ID}) with an inbound site.`,
      };
    }
  },
};
