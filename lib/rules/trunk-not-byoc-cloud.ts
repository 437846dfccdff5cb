import { ModelIndex } from '../model/model-index';
import { TrunkNode } from '../model/types';
import { trunkLabel } from './helpers';
import { FindingDraft, Rule } from './rule';
import { agentsOnTrunk, trunkFields, trunksInUse } from './trunk-use';

/** `trunk_type` of a BYOC Cloud trunk. */
export const BYOC_TRUNK_TYPE = 'EXTERNAL';
/** `trunk_meta_base_id` of a BYOC Cloud carrier trunk. */
export const BYOC_META_BASE_ID = 'external_sip_pcv_byoc_carrier.json';
/** `media_model` of a Genesys Cloud site, as the provider writes it. */
export const CLOUD_MEDIA_MODEL = 'Cloud';

/** Agents may only be mapped to BYOC Cloud trunks on a Cloud site. */
export const trunkNotByocCloud: Rule = {
  id: 'trunk-not-byoc-cloud',
  severity: 'error',
  summary:
    'A trunk mapped to agents is not a BYOC Cloud trunk, or has no Cloud ' +
    'inbound site.',
  rationale:
    'Only BYOC Cloud trunks (EXTERNAL, BYOC carrier meta base) take agent ' +
    'mappings, and Genesys refuses a BYOC Cloud trunk without an inbound ' +
    'site or with an inbound site on premises, so calls could never reach ' +
    'the mapped agents.',
  fix:
    'Map the agents to a ByocTrunk, which is always a BYOC Cloud trunk, ' +
    'and give it a Cloud inbound site.',
  suppressible: true,
  scope: ['trunk'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    for (const trunk of trunksInUse(index)) {
      const problems = byocProblems(index, trunk);
      if (problems.length === 0) continue;
      const on = agentsOnTrunk(index, trunk);
      yield {
        ...trunkFields(trunk, on),
        found: problems.join('; '),
        expected:
          `trunk_type ${BYOC_TRUNK_TYPE}, meta base ${BYOC_META_BASE_ID}, ` +
          `an inbound site of media model ${CLOUD_MEDIA_MODEL}`,
        message:
          `Trunk ${trunkLabel(trunk)} has ${on.summary} but is not a ` +
          'BYOC Cloud trunk with a Cloud inbound site: ' +
          `${problems.join('; ')}.`,
        fix:
          `Make ${trunk.trunkId} a BYOC Cloud trunk ` +
          `(${BYOC_TRUNK_TYPE}, ${BYOC_META_BASE_ID}) with a Cloud ` +
          'inbound site.',
      };
    }
  },
};

/**
 * What keeps a trunk from being a BYOC Cloud trunk, as far as the model
 * knows: a type, meta base or inbound site media model that is known and
 * wrong, or a declared trunk without an inbound site.
 */
function byocProblems(index: ModelIndex, trunk: TrunkNode): string[] {
  const problems: string[] = [];
  if (trunk.trunkType !== undefined && trunk.trunkType !== BYOC_TRUNK_TYPE) {
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
  const site = trunk.inboundSite ? index.site(trunk.inboundSite) : undefined;
  const model = site?.mediaModel;
  if (site && model !== undefined && model !== CLOUD_MEDIA_MODEL) {
    const name = site.name ?? site.id ?? site.path;
    problems.push(`inbound site ${name} has media model ${model}`);
  }
  return problems;
}
