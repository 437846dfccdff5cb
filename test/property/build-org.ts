/**
 * Builds an {@link OrgSpec} with the real constructs. Construct ids come
 * from the spec, so a declaration order given in {@link BuildOptions}
 * changes the order constructs are created in but not their paths.
 */
import { Writable } from 'stream';
import {
  Agent,
  ByocTrunk,
  GenesysApp,
  GenesysAppProps,
  GenesysCloudStack,
  IByocTrunk,
  ILanguage,
  ISite,
  ISkill,
  Language,
  MappingSuppressions,
  RoutingPolicy,
  Site,
  Skill,
  WfmAssignment,
} from '../../constructs';
import { IConstruct } from 'constructs';
import {
  Collection,
  IDS,
  LevelSpec,
  OrgSpec,
  RefSpec,
  SuppressionTarget,
  idOf,
} from './org-spec';

/** Orders to declare each collection in; identity when omitted. */
export type DeclarationOrder = Partial<
  Record<keyof typeof IDS | 'suppressions', readonly number[]>
>;

/** Options of {@link buildApp}. */
export interface BuildOptions {
  /** Props of the GenesysApp; outdir is required. */
  readonly app: GenesysAppProps & { readonly outdir: string };
  readonly order?: DeclarationOrder;
}

/** A writable stream that drops what it is given. */
export function silentStream(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

/** Declares the org in a fresh GenesysApp and returns the app. */
export function buildApp(org: OrgSpec, options: BuildOptions): GenesysApp {
  const app = new GenesysApp({
    validation: 'report-only',
    reportStream: silentStream(),
    ...options.app,
  });
  const order = (name: keyof DeclarationOrder, length: number) =>
    options.order?.[name] ?? Array.from({ length }, (_, i) => i);

  const stacks: GenesysCloudStack[] = [];
  for (const i of order('stacks', org.stacks.length)) {
    const region = org.stacks[i].region;
    stacks[i] = new GenesysCloudStack(app, idOf('stacks', i), { region });
  }
  const scope = (collection: Collection, i: number) =>
    stacks[org[collection][i].stack];
  const id = (collection: Collection, i: number) => idOf(collection, i);

  const skills: ISkill[] = [];
  for (const i of order('skills', org.skills.length)) {
    const s = org.skills[i];
    const at = scope('skills', i);
    skills[i] =
      s.origin === 'declared'
        ? new Skill(at, id('skills', i), { name: s.name })
        : s.origin === 'byName'
          ? Skill.fromSkillName(at, id('skills', i), s.name)
          : Skill.fromSkillAttributes(at, id('skills', i), {
              name: s.name,
              skillId: s.id as string,
            });
  }
  const languages: ILanguage[] = [];
  for (const i of order('languages', org.languages.length)) {
    const l = org.languages[i];
    const at = scope('languages', i);
    languages[i] =
      l.origin === 'declared'
        ? new Language(at, id('languages', i), { name: l.name })
        : l.origin === 'byName'
          ? Language.fromLanguageName(at, id('languages', i), l.name)
          : Language.fromLanguageAttributes(at, id('languages', i), {
              name: l.name,
              languageId: l.id as string,
            });
  }
  const sites: ISite[] = [];
  for (const i of order('sites', org.sites.length)) {
    const s = org.sites[i];
    const at = scope('sites', i);
    const regions = s.regions ? [...s.regions] : undefined;
    sites[i] =
      s.origin === 'declared'
        ? new Site(at, id('sites', i), {
            name: s.name,
            address: {
              street1: '1 Raffles Place',
              city: 'Singapore',
              country: 'SG',
              zipCode: '048616',
            },
            mediaRegions: regions ?? [],
          })
        : s.origin === 'byName'
          ? Site.fromSiteName(at, id('sites', i), s.name, regions)
          : Site.fromSiteAttributes(at, id('sites', i), {
              siteId: s.id as string,
              mediaRegions: regions,
            });
  }

  const skillRef = (r: RefSpec) => ('to' in r ? skills[r.to] : r.literal);
  const languageRef = (r: RefSpec) => ('to' in r ? languages[r.to] : r.literal);
  const levels = (list: readonly LevelSpec[]) =>
    list.map((l) => ({ skill: skillRef(l.ref), proficiency: l.value }));
  const spoken = (list: readonly LevelSpec[]) =>
    list.map((l) => ({ language: languageRef(l.ref), proficiency: l.value }));

  const policies: RoutingPolicy[] = [];
  for (const i of order('policies', org.policies.length)) {
    const p = org.policies[i];
    policies[i] = new RoutingPolicy(scope('policies', i), id('policies', i), {
      name: `Policy ${i}`,
      requiredSkills: p.skills.map((r) => ({
        skill: skillRef(r.ref),
        minProficiency: r.value,
      })),
      requiredLanguages: p.languages.map((r) => ({
        language: languageRef(r.ref),
        minProficiency: r.value,
      })),
      maxAgents: p.maxAgents,
    });
  }

  const trunks: IByocTrunk[] = [];
  for (const i of order('trunks', org.trunks.length)) {
    const t = org.trunks[i];
    const at = scope('trunks', i);
    const policy = t.policy === undefined ? undefined : policies[t.policy];
    const inboundSite =
      t.inboundSite === undefined ? undefined : sites[t.inboundSite];
    trunks[i] = t.imported
      ? ByocTrunk.fromTrunkAttributes(at, id('trunks', i), {
          trunkId: t.trunkId as string,
          policy,
          inboundSite,
          state: t.state,
          regions: [...t.regions],
          agentCapacity: t.capacity,
        })
      : new ByocTrunk(at, id('trunks', i), {
          name: `Trunk ${i}`,
          trunkId: t.trunkId,
          inboundSite: inboundSite as ISite,
          site: t.site === undefined ? undefined : sites[t.site],
          policy: policy as RoutingPolicy,
          state: t.state,
          agentCapacity: t.capacity,
        });
  }
  const trunkRef = (r: RefSpec | undefined) =>
    r === undefined ? undefined : 'to' in r ? trunks[r.to] : r.literal;

  const agents: Agent[] = [];
  for (const i of order('agents', org.agents.length)) {
    const a = org.agents[i];
    agents[i] = new Agent(scope('agents', i), id('agents', i), {
      name: `Agent ${i}`,
      email: a.email,
      state: a.state,
      skills: levels(a.skills),
      languages: spoken(a.languages),
      trunk: trunkRef(a.trunk),
    });
    for (const t of a.queues) agents[i].addToTrunkQueue(trunks[t]);
  }

  const assignments: WfmAssignment[] = [];
  for (const i of order('assignments', org.assignments.length)) {
    const a = org.assignments[i];
    const skillLevels = a.skills.map((s) => ({
      skill: skillRef(s.ref),
      level: s.value,
    }));
    assignments[i] = new WfmAssignment(
      scope('assignments', i),
      id('assignments', i),
      {
        agent: agents[a.agent],
        businessUnitId: 'bu_apac',
        managementUnitId: a.unit,
        scheduleId: a.schedule,
        weekId: a.week,
        skills: skillLevels,
        trunk: trunkRef(a.trunk),
      },
    );
  }

  const targets: Record<SuppressionTarget, IConstruct[]> = {
    app: [app],
    stack: stacks,
    agent: agents,
    trunk: trunks,
    assignment: assignments,
    policy: policies,
  };
  for (const i of order('suppressions', org.suppressions.length)) {
    const s = org.suppressions[i];
    const target = targets[s.target][s.target === 'app' ? 0 : s.index];
    MappingSuppressions.add(target, s.ruleId, s.reason);
  }
  return app;
}
