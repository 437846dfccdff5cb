import {
  Agent,
  ByocTrunk,
  GenesysCloudStack,
  Language,
  RoutingPolicy,
  Site,
  Skill,
  WfmAssignment,
} from '../constructs';
import { BUSINESS_UNIT, OrgSpec, WEEK } from './org';

/** The shared objects of an org, declared with the library. */
export interface LibraryObjects {
  readonly skills: Skill[];
  readonly languages: Language[];
  readonly trunks: ByocTrunk[];
}

/** Declares sites, skills, languages, policies and trunks. */
export function declareShared(
  stack: GenesysCloudStack,
  org: OrgSpec,
): LibraryObjects {
  const sites = org.sites.map(
    (s, i) =>
      new Site(stack, `site-${i}`, {
        name: s.name,
        address: {
          street1: '1 Main Street',
          city: s.city,
          country: s.country,
          zipCode: s.zipCode,
        },
        mediaRegions: s.mediaRegions,
      }),
  );
  const skills = org.skills.map((name) => new Skill(stack, name, { name }));
  const languages = org.languages.map(
    (name) => new Language(stack, `language-${name}`, { name }),
  );
  const trunks = org.trunks.map((t) => {
    const policy = new RoutingPolicy(stack, `policy-${t.trunkId}`, {
      name: `${t.name} policy`,
      requiredSkills: t.requiredSkills.map((r) => ({
        skill: skills[r.index],
        minProficiency: r.min,
      })),
      requiredLanguages: t.requiredLanguages.map((r) => ({
        language: languages[r.index],
        minProficiency: r.min,
      })),
      maxAgents: t.maxAgents,
    });
    return new ByocTrunk(stack, t.trunkId, {
      name: t.name,
      trunkId: t.trunkId,
      inboundSite: sites[t.site],
      policy,
      state: t.state,
    });
  });
  return { skills, languages, trunks };
}

/** Declares every agent and its WFM assignment. */
export function declareAgents(
  stack: GenesysCloudStack,
  org: OrgSpec,
  shared: LibraryObjects,
): void {
  const { skills, languages, trunks } = shared;
  org.agents.forEach((a, i) => {
    // Literal agents name everything by exact name or id, as rosters do.
    const skill = (index: number) =>
      a.literal ? org.skills[index] : skills[index];
    const trunk = (index: number) =>
      a.literal ? org.trunks[index].trunkId : trunks[index];
    const agent = new Agent(stack, `agent-${i}`, {
      name: a.name,
      email: a.email,
      state: a.state,
      skills: a.skills.map((s) => ({
        skill: typeof s.skill === 'string' ? s.skill : skill(s.skill),
        proficiency: s.proficiency,
      })),
      languages: a.languages.map((l) => ({
        language: a.literal ? org.languages[l.language] : languages[l.language],
        proficiency: l.proficiency,
      })),
      trunk: typeof a.trunk === 'number' ? trunk(a.trunk) : a.trunk,
    });
    new WfmAssignment(stack, `assignment-${i}`, {
      agent,
      businessUnitId: BUSINESS_UNIT,
      managementUnitId: a.managementUnitId,
      scheduleId: a.scheduleId,
      weekId: WEEK,
      skills: a.assignedSkills.map((s) => ({
        skill: skill(s.skill),
        level: s.level,
      })),
      trunk: trunk(a.association),
    });
  });
}
