/**
 * Ways to break a mapping model that the constructs refuse but a
 * hand-built, roster or Terraform-read model can still contain: invalid
 * proficiencies (7, -1, 2.5 for a language, NaN, null, Infinity), null,
 * empty and dangling references, dangling policy and queue keys, clashing
 * trunk ids, a trunk imported twice, non-BYOC trunks, premises sites,
 * unknown or upper-case regions, orphan assignments, an oversized
 * management unit and invalid suppressions.
 */
import fc from 'fast-check';
import { MappingModel, Ref } from '../../lib/model/types';
import { Suppression } from '../../lib/validation/suppression';
import { RULE_SPECS } from './reference-checker';

/** A model with the suppressions to validate it with. */
export interface ModelCase {
  readonly model: MappingModel;
  readonly suppressions: readonly Suppression[];
}

const CORRUPTIONS = [
  'agent-skill-level',
  'agent-language-level',
  'policy-minimum',
  'assignment-level',
  'agent-skill-ref',
  'agent-language-ref',
  'policy-ref',
  'assignment-skill-ref',
  'agent-trunk',
  'assignment-trunk',
  'repeat-skill',
  'dangling-policy',
  'dangling-queue',
  'extra-queue',
  'clashing-trunk-id',
  'reimported-trunk',
  'foreign-trunk',
  'premises-site',
  'upper-case-region',
  'no-inbound-site',
  'site-by-literal',
  'unknown-region',
  'orphan-assignment',
  'no-unit',
  'invalid-suppression',
  'extra-suppression',
  'big-unit',
] as const;

/** One way to break a model, with numbers that pick where and how. */
export interface Corruption {
  readonly kind: (typeof CORRUPTIONS)[number];
  readonly at: number;
  readonly variant: number;
}

/** Corruptions, the oversized management unit rarest. */
export const corruptionArb: fc.Arbitrary<Corruption> = fc.record({
  kind: fc.oneof(
    { weight: 400, arbitrary: fc.constantFrom(...CORRUPTIONS.slice(0, -1)) },
    { weight: 1, arbitrary: fc.constant(CORRUPTIONS[CORRUPTIONS.length - 1]) },
  ),
  at: fc.nat({ max: 7 }),
  variant: fc.nat({ max: 11 }),
});

const BAD_LEVELS = [7, -1, 2.5, 5.5, NaN, null, undefined, Infinity, 4.5];
const BAD_MINIMUMS = [7, -1, 2.5, NaN, Infinity, 0.5];
const BAD_REFS: Ref[] = [
  { kind: 'literal', value: null },
  { kind: 'literal', value: undefined },
  { kind: 'literal', value: '' },
  { kind: 'literal', value: '   ' },
  { kind: 'object', key: 'Stack0/Gone' },
];

type Mutable = {
  -readonly [K in keyof MappingModel]: MappingModel[K][number][];
};

/** Applies the corruptions in order to a copy of the model. */
export function corrupt(
  model: MappingModel,
  suppressions: readonly Suppression[],
  corruptions: readonly Corruption[],
): ModelCase {
  const m: Mutable = {
    stacks: [...model.stacks],
    skills: [...model.skills],
    languages: [...model.languages],
    sites: [...model.sites],
    policies: [...model.policies],
    trunks: [...model.trunks],
    agents: [...model.agents],
    assignments: [...model.assignments],
  };
  const s = [...suppressions];
  for (const c of corruptions) apply(m, s, c);
  return { model: m, suppressions: s };
}

function choose<T>(list: readonly T[], n: number): T {
  return list[n % list.length];
}

/** Replaces list[at] (when the list is not empty) by `change` of it. */
function edit<T>(list: T[], at: number, change: (item: T) => T): void {
  if (list.length) list[at % list.length] = change(list[at % list.length]);
}

/** Replaces one entry of a list of entries. */
function editEntry<T>(entries: readonly T[], n: number, change: (e: T) => T) {
  const copy = [...entries];
  edit(copy, n, change);
  return copy;
}

function apply(m: Mutable, s: Suppression[], c: Corruption): void {
  const { at, variant: v } = c;
  const level = choose(BAD_LEVELS, v) as number;
  const ref = choose(BAD_REFS, v);
  switch (c.kind) {
    case 'agent-skill-level':
      return edit(m.agents, at, (a) => ({
        ...a,
        skills: editEntry(a.skills, v, (e) => ({ ...e, proficiency: level })),
      }));
    case 'agent-language-level':
      return edit(m.agents, at, (a) => ({
        ...a,
        languages: editEntry(a.languages, v, (e) => ({
          ...e,
          proficiency: level,
        })),
      }));
    case 'policy-minimum': {
      const min = choose(BAD_MINIMUMS, v);
      return edit(m.policies, at, (p) => ({
        ...p,
        requiredSkills: editEntry(p.requiredSkills, v, (r) => ({
          ...r,
          minProficiency: min,
        })),
        requiredLanguages: editEntry(p.requiredLanguages, v, (r) => ({
          ...r,
          minProficiency: min,
        })),
      }));
    }
    case 'assignment-level':
      return edit(m.assignments, at, (a) => ({
        ...a,
        skills: editEntry(a.skills, v, (e) => ({ ...e, level })),
      }));
    case 'agent-skill-ref':
      return edit(m.agents, at, (a) => ({
        ...a,
        skills: editEntry(a.skills, v, (e) => ({ ...e, ref })),
      }));
    case 'agent-language-ref':
      return edit(m.agents, at, (a) => ({
        ...a,
        languages: editEntry(a.languages, v, (e) => ({ ...e, ref })),
      }));
    case 'policy-ref':
      return edit(m.policies, at, (p) => ({
        ...p,
        requiredSkills: editEntry(p.requiredSkills, v, (r) => ({ ...r, ref })),
        requiredLanguages: editEntry(p.requiredLanguages, v + 1, (r) => ({
          ...r,
          ref,
        })),
      }));
    case 'assignment-skill-ref':
      return edit(m.assignments, at, (a) => ({
        ...a,
        skills: editEntry(a.skills, v, (e) => ({ ...e, ref })),
      }));
    case 'agent-trunk':
      return edit(m.agents, at, (a) => ({ ...a, trunk: ref }));
    case 'assignment-trunk':
      return edit(m.assignments, at, (a) => ({ ...a, trunk: ref }));
    case 'repeat-skill':
      return edit(m.agents, at, (a) => {
        const skills = a.skills.length ? a.skills : [];
        const copy = skills.length ? choose(skills, v) : undefined;
        if (!copy) return a;
        const value = choose([...BAD_LEVELS, 0, 1, 3, 5], v + at);
        return { ...a, skills: [...skills, { ...copy, proficiency: value }] };
      });
    case 'dangling-policy':
      return edit(m.trunks, at, (t) => ({ ...t, policy: 'Stack0/NoPolicy' }));
    case 'dangling-queue':
      return edit(m.agents, at, (a) => ({
        ...a,
        queueTrunks: ['Stack0/NoTrunk', ...a.queueTrunks],
      }));
    case 'extra-queue': {
      if (!m.trunks.length) return;
      const key = choose(m.trunks, v).key;
      return edit(m.agents, at, (a) => ({
        ...a,
        queueTrunks: [...a.queueTrunks, key],
      }));
    }
    case 'clashing-trunk-id': {
      if (!m.trunks.length) return;
      const trunkId = choose(m.trunks, v).trunkId;
      return edit(m.trunks, at, (t) => ({ ...t, trunkId }));
    }
    case 'reimported-trunk':
      return reimportTrunk(m, at, v);
    case 'premises-site':
      return edit(m.sites, at, (site) => ({
        ...site,
        mediaModel: choose(['Premises', 'Cloud', 'cloud'], v),
      }));
    case 'upper-case-region':
      if (v % 2) {
        return edit(m.stacks, at, (st) =>
          st.orgRegion ? { ...st, orgRegion: st.orgRegion.toUpperCase() } : st,
        );
      }
      return edit(m.sites, at, (site) => ({
        ...site,
        mediaRegions: site.mediaRegions?.map((r) => r.toUpperCase()),
      }));
    case 'foreign-trunk':
      return edit(m.trunks, at, (t) =>
        v % 2
          ? { ...t, trunkType: 'TIE' }
          : { ...t, metaBaseId: 'inin_generic_sip.json' },
      );
    case 'no-inbound-site':
      return edit(m.trunks, at, (t) => ({ ...t, inboundSite: undefined }));
    case 'site-by-literal': {
      const site: Ref = { kind: 'literal', value: v % 2 ? 'site-1' : 'site-9' };
      return edit(m.trunks, at, (t) => ({ ...t, inboundSite: site }));
    }
    case 'unknown-region':
      if (v % 2) return edit(m.stacks, at, (st) => ({ ...st, orgRegion: '' }));
      if (m.stacks.length > 1) m.stacks.splice(at % m.stacks.length, 1);
      return;
    case 'orphan-assignment':
      return edit(m.assignments, at, (a) => ({ ...a, agent: 'Stack0/Ghost' }));
    case 'no-unit':
      return edit(m.assignments, at, (a) => ({
        ...a,
        managementUnitId: undefined,
      }));
    case 'invalid-suppression':
      s.push(invalidSuppression(m, at, v));
      return;
    case 'extra-suppression':
      s.push(extraSuppression(m, at, v));
      return;
    case 'big-unit':
      return addBigUnit(m, 1499 + (v % 4));
  }
}

/**
 * Imports trunk `at` a second time under another construct path, and
 * links agent `v` to the second import by identity; when the first is
 * declared, the second only shares its id.
 */
function reimportTrunk(m: Mutable, at: number, v: number): void {
  if (!m.trunks.length) return;
  const trunk = choose(m.trunks, at);
  const key = `${trunk.key}Again`;
  if (m.trunks.some((t) => t.key === key)) return;
  m.trunks.push({
    key,
    path: key,
    stack: trunk.stack,
    origin: 'imported',
    trunkId: trunk.trunkId,
    id: trunk.trunkId,
    state: trunk.state,
    regions: trunk.regions ?? [],
    ...(trunk.policy !== undefined ? { policy: trunk.policy } : {}),
  });
  edit(m.agents, v, (a) => ({ ...a, trunk: { kind: 'object' as const, key } }));
}

function somePath(m: Mutable, n: number): string {
  const paths = [...m.agents, ...m.trunks, ...m.assignments].map((o) => o.path);
  return paths.length ? choose(paths, n) : 'Stack0';
}

function invalidSuppression(m: Mutable, at: number, v: number): Suppression {
  const path = somePath(m, at);
  const fixed = RULE_SPECS.filter((r) => !r.suppressible).map((r) => r.id);
  switch (v % 4) {
    case 0:
      return { path, ruleId: 'no-such-rule', reason: 'typo' };
    case 1:
      return { path, ruleId: choose(fixed, v), reason: 'cannot be silenced' };
    case 2:
      return { path, ruleId: 'trunk-inactive', reason: '  ' };
    default:
      return { path, ruleId: 'unused-suppression', reason: 'meta rule' };
  }
}

function extraSuppression(m: Mutable, at: number, v: number): Suppression {
  const open = RULE_SPECS.filter((r) => r.suppressible).map((r) => r.id);
  const path = v % 3 === 0 ? '' : somePath(m, at);
  return { path, ruleId: choose(open, v + at), reason: `reason ${v % 2}` };
}

/** Adds `agents` orphan assignments to one management unit. */
function addBigUnit(m: Mutable, agents: number): void {
  for (let i = 0; i < agents; i++) {
    m.assignments.push({
      key: `Stack0/Bulk${i}`,
      path: `Stack0/Bulk${i}`,
      stack: 'Stack0',
      agent: `Stack0/BulkAgent${i}`,
      scheduleId: 'schedule_bulk',
      managementUnitId: 'mu_bulk',
      skills: [],
    });
  }
}
