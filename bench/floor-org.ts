import { ITerraformDependable, TerraformStack } from 'cdktf';
import {
  GenesyscloudProvider,
  Location,
  RoutingLanguage,
  RoutingQueue,
  RoutingSkill,
  RoutingSkillGroup,
  TelephonyProvidersEdgesPhone,
  TelephonyProvidersEdgesPhonebasesettings,
  TelephonyProvidersEdgesSite,
  TelephonyProvidersEdgesTrunkbasesettings,
  User,
} from '../constructs/provider';
// A bare `terraform_data` resource: cdktf's DataResource would run
// `terraform version` once per instance during synthesis.
import { WfmBatchRecord } from '../constructs/wfm-batch-record';
import { WfmAgentAssignment, WfmBulkRequest } from '../lib/wfm/payload';
import { BUSINESS_UNIT, ORG_REGION, OrgSpec, WEEK } from './org';

/**
 * The floor: the same Terraform resources the library synthesizes for the
 * org, declared by hand with the generated bindings. No model, no
 * validation, no facts, no WFM payload file.
 */
export function declareFloor(stack: TerraformStack, org: OrgSpec): void {
  new GenesyscloudProvider(stack, 'genesyscloud', { awsRegion: ORG_REGION });
  const sites = org.sites.map((s, i) => {
    const location = new Location(stack, `location-${i}`, {
      name: s.name,
      address: {
        street1: '1 Main Street',
        city: s.city,
        country: s.country,
        zipCode: s.zipCode,
      },
    });
    return new TelephonyProvidersEdgesSite(stack, `site-${i}`, {
      name: s.name,
      locationId: location.id,
      mediaModel: 'Cloud',
      mediaRegions: s.mediaRegions,
      mediaRegionsUseLatencyBased: false,
    });
  });
  // Each `.id` read makes a new token; read every id once, as the
  // library's constructs do.
  const siteIds = sites.map((site) => site.id);
  const skills = org.skills.map(
    (name) => new RoutingSkill(stack, name, { name }).id,
  );
  const languages = org.languages.map(
    (name) => new RoutingLanguage(stack, `language-${name}`, { name }).id,
  );
  const phoneSettings = new TelephonyProvidersEdgesPhonebasesettings(
    stack,
    'webrtc-settings',
    { name: 'WebRTC agents', phoneMetaBaseId: 'inin_webrtc_softphone.json' },
  ).id;
  const trunks: string[] = [];
  const queues = org.trunks.map((t) => {
    const group = new RoutingSkillGroup(stack, `group-${t.trunkId}`, {
      name: `${t.name} policy`,
      skillConditions: JSON.stringify([
        {
          routingSkillConditions: t.requiredSkills.map((r) => ({
            routingSkill: org.skills[r.index],
            comparator: 'GreaterThanOrEqualTo',
            proficiency: r.min,
            childConditions: [],
          })),
          languageSkillConditions: t.requiredLanguages.map((r) => ({
            languageSkill: org.languages[r.index],
            comparator: 'GreaterThanOrEqualTo',
            proficiency: r.min,
            childConditions: [],
          })),
          operation: 'And',
        },
      ]),
    });
    const trunk = new TelephonyProvidersEdgesTrunkbasesettings(
      stack,
      t.trunkId,
      {
        name: t.name,
        trunkMetaBaseId: 'external_sip_pcv_byoc_carrier.json',
        trunkType: 'EXTERNAL',
        managed: false,
        inboundSiteId: siteIds[t.site],
        state: t.state,
        properties: JSON.stringify({
          trunk_access_acl_allowList: { value: { instance: [] } },
          trunk_label: { value: { instance: t.name } },
          trunk_transport_protocolVariant: { value: { instance: 'udp' } },
          trunk_transport_serverProxyList: { value: { instance: [] } },
        }),
      },
    );
    trunks.push(trunk.id);
    return new RoutingQueue(stack, `queue-${t.trunkId}`, {
      name: `${t.name} agents`,
      skillGroups: [group.id],
      skillEvaluationMethod: 'BEST',
      acwWrapupPrompt: 'OPTIONAL',
      acwTimeoutMs: 300000,
    });
  });

  const members = org.trunks.map(
    () => [] as { userId: string; ringNum: number }[],
  );
  const batches = new Map<
    string,
    { agents: WfmAgentAssignment[]; phones: ITerraformDependable[] }[]
  >();
  org.agents.forEach((a, i) => {
    const user = new User(stack, `agent-${i}`, {
      name: a.name,
      email: a.email,
      state: a.state,
      routingSkills: a.skills.map((s) => ({
        skillId: typeof s.skill === 'string' ? s.skill : skills[s.skill],
        proficiency: s.proficiency,
      })),
      routingLanguages: a.languages.map((l) => ({
        languageId: languages[l.language],
        proficiency: l.proficiency,
      })),
    });
    const userId = user.id;
    let phone: TelephonyProvidersEdgesPhone | undefined;
    if (typeof a.trunk === 'number') {
      members[a.trunk].push({ userId, ringNum: 1 });
      phone = new TelephonyProvidersEdgesPhone(stack, `phone-${i}`, {
        name: `${a.name} WebRTC`,
        state: 'active',
        siteId: siteIds[org.trunks[a.trunk].site],
        phoneBaseSettingsId: phoneSettings,
        webRtcUserId: userId,
      });
    }
    const key = `${a.managementUnitId}/${a.scheduleId}`;
    const list = batches.get(key) ?? [];
    batches.set(key, list);
    if (list.length === 0 || list[list.length - 1].agents.length === 50) {
      list.push({ agents: [], phones: [] });
    }
    const batch = list[list.length - 1];
    if (phone) batch.phones.push(phone);
    batch.agents.push({
      agent_id: userId,
      schedule_id: a.scheduleId,
      assignments: a.assignedSkills.map((s) => ({
        skill_id: skills[s.skill],
        level: s.level,
        trunk_association: trunks[a.association],
      })),
    });
  });
  queues.forEach((queue, t) => {
    if (members[t].length) queue.putMembers(members[t]);
  });
  for (const [key, list] of batches) {
    const [unit, schedule] = key.split('/');
    list.forEach((batch, n) => {
      const request: WfmBulkRequest = {
        business_unit_id: BUSINESS_UNIT,
        management_unit_id: unit,
        schedule_id: schedule,
        week_id: WEEK,
        agents: batch.agents,
      };
      new WfmBatchRecord(
        stack,
        `${schedule}-batch-${n + 1}`,
        request,
        batch.phones,
      );
    });
  }
}
