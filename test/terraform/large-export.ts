/**
 * A generated export of a large organization: `agents` users, each with
 * two skills, a language and a WebRTC phone, spread over BYOC trunks of
 * 50 agents, each trunk on a Cloud site of its own. Every mapping holds,
 * so a check of it reports nothing; it measures reading and building.
 */

const SITE = 'genesyscloud_telephony_providers_edges_site';

/** The export as Terraform JSON text, and its policy facts. */
export function largeExport(agents: number): { json: string; facts: object } {
  const trunkCount = Math.ceil(agents / 50);
  const users: Record<string, unknown> = {};
  const phones: Record<string, unknown> = {};
  const trunks: Record<string, unknown> = {};
  const sites: Record<string, unknown> = {};
  for (let t = 0; t < trunkCount; t++) {
    sites[`Site_${t}`] = {
      media_model: 'Cloud',
      media_regions: ['ap-southeast-1'],
      name: `Site ${t}`,
    };
    trunks[`BYOC_${t}`] = {
      inbound_site_id: `\${${SITE}.Site_${t}.id}`,
      name: `BYOC ${t}`,
      state: 'active',
      trunk_meta_base_id: 'external_sip_pcv_byoc_carrier.json',
      trunk_type: 'EXTERNAL',
    };
  }
  for (let i = 0; i < agents; i++) {
    const label = `Agent_${i}`;
    users[label] = {
      email: `agent.${i}@apac.example.com`,
      name: `Agent ${i}`,
      routing_languages: [
        {
          language_id: '${genesyscloud_routing_language.English.id}',
          proficiency: 4,
        },
      ],
      routing_skills: [
        { proficiency: 5, skill_id: '${genesyscloud_routing_skill.Sales.id}' },
        {
          proficiency: 3,
          skill_id: '${genesyscloud_routing_skill.Billing.id}',
        },
      ],
      state: 'active',
    };
    phones[`${label}_WebRTC`] = {
      name: `Agent ${i} WebRTC`,
      site_id: `\${${SITE}.Site_${Math.floor(i / 50)}.id}`,
      state: 'active',
      web_rtc_user_id: `\${genesyscloud_user.${label}.id}`,
    };
  }
  const json = JSON.stringify(
    {
      resource: {
        genesyscloud_routing_language: { English: { name: 'English' } },
        genesyscloud_routing_skill: {
          Billing: { name: 'Billing' },
          Sales: { name: 'Sales' },
        },
        genesyscloud_telephony_providers_edges_phone: phones,
        [SITE]: sites,
        genesyscloud_telephony_providers_edges_trunkbasesettings: trunks,
        genesyscloud_user: users,
      },
    },
    null,
    2,
  );
  const facts = {
    version: 1,
    organization: { region: 'ap-southeast-1' },
    policies: [
      {
        name: 'Sales',
        requiredSkills: [
          { skill: 'genesyscloud_routing_skill.Sales', minProficiency: 4 },
        ],
      },
    ],
    trunks: Object.keys(trunks).map((label) => ({
      trunk: `genesyscloud_telephony_providers_edges_trunkbasesettings.${label}`,
      policy: 'Sales',
    })),
  };
  return { json, facts };
}
