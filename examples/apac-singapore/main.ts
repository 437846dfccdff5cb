/**
 * An Asia-Pacific organization in Singapore (ap-southeast-1) that takes
 * inbound sales and support calls over a BYOC Cloud trunk. Agents are
 * linked to the trunk and scheduled on it through WFM; synthesis fails if
 * any mapping would be rejected by Genesys.
 */
import {
  Agent,
  ByocTrunk,
  GenesysApp,
  GenesysCloudStack,
  Language,
  Roster,
  RoutingPolicy,
  Site,
  Skill,
  WfmAssignment,
} from '../../constructs';

const app = new GenesysApp();
const stack = new GenesysCloudStack(app, 'apac-singapore', {
  region: 'ap-southeast-1',
});

const site = new Site(stack, 'SingaporeSite', {
  name: 'Singapore Cloud',
  address: {
    street1: '1 Raffles Place',
    city: 'Singapore',
    country: 'SG',
    zipCode: '048616',
  },
  emergencyNumber: '+6599999999',
  mediaRegions: ['ap-southeast-1'],
});

const inboundSales = new Skill(stack, 'InboundSales', {
  name: 'skill_inbound_sales',
});
const billing = new Skill(stack, 'Billing', { name: 'skill_billing_support' });
const technical = new Skill(stack, 'Technical', {
  name: 'skill_technical_support',
});
const english = new Language(stack, 'English', { name: 'English' });
const mandarin = new Language(stack, 'Mandarin', { name: 'Mandarin' });

const salesPolicy = new RoutingPolicy(stack, 'SalesPolicy', {
  name: 'Singapore inbound sales',
  requiredSkills: [{ skill: inboundSales, minProficiency: 4 }],
  requiredLanguages: [{ language: english, minProficiency: 3 }],
  maxAgents: 50,
});

const trunk = new ByocTrunk(stack, 'SingaporeMain', {
  name: 'BYOC Singapore main',
  trunkId: 'byoc_singapore_main',
  inboundSite: site,
  policy: salesPolicy,
  sip: {
    serverProxies: ['sip.carrier.example.sg:5060'],
    allowList: ['203.0.113.0/24'],
  },
});

/** Agents of the Singapore sales floor: name, email and proficiencies. */
const floor: Array<[string, string, number, number, number, number]> = [
  // name, email, inbound sales, billing, technical, Mandarin
  ['Wei Ling Tan', 'weiling.tan', 5, 3, 2, 5],
  ['Arjun Nair', 'arjun.nair', 4.5, 4, 1, 0],
  ['Siti Rahman', 'siti.rahman', 4, 2, 3, 2],
  ['Daniel Lim', 'daniel.lim', 5, 5, 4, 4],
  ['Priya Menon', 'priya.menon', 4, 3, 3, 0],
  ['Marcus Goh', 'marcus.goh', 4.5, 2, 5, 3],
  ['Hui Min Ong', 'huimin.ong', 5, 4, 2, 5],
  ['Farid Ismail', 'farid.ismail', 4, 1, 4, 1],
  ['Grace Chua', 'grace.chua', 4, 5, 3, 4],
  ['Ravi Kumar', 'ravi.kumar', 4.5, 3, 4, 0],
  ['Mei Xin Lee', 'meixin.lee', 5, 2, 1, 5],
];

floor.forEach(([name, user, sales, billingLevel, techLevel, zh], i) => {
  const agent = new Agent(stack, `Agent${i + 1}`, {
    name,
    email: `${user}@apac.example.com`,
    skills: [
      { skill: inboundSales, proficiency: sales },
      { skill: billing, proficiency: billingLevel },
      { skill: technical, proficiency: techLevel },
    ],
    languages: [
      { language: english, proficiency: 4 },
      ...(zh > 0 ? [{ language: mandarin, proficiency: zh }] : []),
    ],
    trunk,
  });
  new WfmAssignment(stack, `Shift${i + 1}`, {
    agent,
    businessUnitId: 'bu_apac',
    managementUnitId: 'mu_singapore_sales',
    scheduleId: 'schedule_apac_001',
    weekId: '2026-12-07',
    skills: [{ skill: inboundSales, level: Math.min(4, sales) }],
    trunk,
  });
});

// An agent scheduled on schedule_apac_001 for skill_inbound_sales at level
// 5, with the shift associated with trunk byoc_singapore_main. Genesys
// rejects such an assignment (INVALID_AGENT_TRUNK_MAPPING) unless the
// agent's profile links the same trunk and holds the skill at level 5 or
// more: the trunk link below is what makes the assignment valid.
const agent12345 = new Agent(stack, 'Agent12345', {
  name: 'Agent 12345',
  email: 'agent.12345@apac.example.com',
  skills: [{ skill: inboundSales, proficiency: 5 }],
  languages: [{ language: english, proficiency: 4 }],
  trunk: 'byoc_singapore_main',
});
new WfmAssignment(stack, 'Agent12345Shift', {
  agent: agent12345,
  businessUnitId: 'bu_apac',
  managementUnitId: 'mu_singapore_sales',
  scheduleId: 'schedule_apac_001',
  weekId: '2026-12-07',
  skills: [{ skill: 'skill_inbound_sales', level: 5 }],
  trunk: 'byoc_singapore_main',
});

// Twenty more agents of the sales floor, kept as a roster file.
Roster.fromFileSync(stack, 'Roster', { file: `${__dirname}/roster.csv` });

app.synth();
