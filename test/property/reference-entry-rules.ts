/**
 * The mapping rules about the skill and language entries of agents,
 * policies and assignments, one entry at a time, restated plainly for the
 * reference checker: every reference resolves, every level is in range,
 * no object is listed twice. See reference-checker.ts.
 */
import {
  AgentNode,
  AssignmentNode,
  MappingModel,
  NamedObject,
  Ref,
} from '../../lib/model/types';
import {
  Kind,
  agentByKey,
  describeRef,
  isValidLevel,
  lookupNamed,
  namedList,
} from './reference-lookups';
import type { Comparable } from './reference-rules';

/** Every finding about single skill and language entries. */
export function entryFindings(model: MappingModel): Comparable[] {
  return [
    ...unresolvableReferences(model),
    ...outOfRangeLevels(model),
    ...repeatedEntries(model),
  ];
}

/** How findings name a resolved skill or language. */
export function nameOf(target: NamedObject): string {
  return target.name ?? target.id ?? target.key;
}

function email(agent: AgentNode | undefined) {
  return agent ? { email: agent.email } : undefined;
}

/** An object whose skill and language entries the rules scan. */
interface Owner {
  readonly of: 'agent' | 'policy' | 'assignment';
  readonly path: string;
  readonly key: string;
  readonly agent?: AgentNode;
  readonly lists: ReadonlyArray<
    readonly [
      Kind,
      ReadonlyArray<{ readonly ref: Ref; readonly value: unknown }>,
    ]
  >;
}

function owners(model: MappingModel): Owner[] {
  const levels = (list: ReadonlyArray<{ ref: Ref; proficiency: unknown }>) =>
    list.map((e) => ({ ref: e.ref, value: e.proficiency }));
  const minimums = (
    list: ReadonlyArray<{ ref: Ref; minProficiency: number }>,
  ) => list.map((e) => ({ ref: e.ref, value: e.minProficiency }));
  return [
    ...model.agents.map((a) => ({
      of: 'agent' as const,
      path: a.path,
      key: a.key,
      agent: a,
      lists: [
        ['skill', levels(a.skills)],
        ['language', levels(a.languages)],
      ] as const,
    })),
    ...model.policies.map((p) => ({
      of: 'policy' as const,
      path: p.path,
      key: p.key,
      lists: [
        ['skill', minimums(p.requiredSkills)],
        ['language', minimums(p.requiredLanguages)],
      ] as const,
    })),
    ...model.assignments.map((a: AssignmentNode) => ({
      of: 'assignment' as const,
      path: a.path,
      key: a.key,
      agent: agentByKey(model, a.agent),
      lists: [
        ['skill', a.skills.map((s) => ({ ref: s.ref, value: s.level }))],
      ] as const,
    })),
  ];
}

/** Every skill and language reference must resolve. */
function unresolvableReferences(model: MappingModel): Comparable[] {
  const out: Comparable[] = [];
  for (const owner of owners(model)) {
    for (const [kind, entries] of owner.lists) {
      entries.forEach((entry, i) => {
        if (lookupNamed(namedList(model, kind), entry.ref).ok) return;
        out.push({
          ruleId: 'reference-unresolvable',
          path: owner.path,
          subject: `${owner.key}|${kind}#${i + 1}`,
          agent: email(owner.agent),
          found: describeRef(model, entry.ref),
          expected: `a declared or imported ${kind}`,
        });
      });
    }
  }
  return out;
}

/** Proficiencies, minimums and levels lie in 0..5 (languages: whole). */
function outOfRangeLevels(model: MappingModel): Comparable[] {
  const out: Comparable[] = [];
  for (const owner of owners(model)) {
    for (const [kind, entries] of owner.lists) {
      for (const [i, entry] of entries.entries()) {
        if (isValidLevel(entry.value, kind)) continue;
        out.push({
          ruleId: 'proficiency-out-of-range',
          path: owner.path,
          subject: `${owner.key}|${kind}#${i + 1}`,
          agent: email(owner.agent),
          found: entry.value === undefined ? 'undefined' : String(entry.value),
          expected:
            kind === 'skill'
              ? 'a number from 0 to 5'
              : 'a whole number from 0 to 5',
        });
      }
    }
  }
  return out;
}

/**
 * An agent or policy names each skill and language once: every entry
 * that resolves to the same object as an earlier entry of its list.
 */
function repeatedEntries(model: MappingModel): Comparable[] {
  const out: Comparable[] = [];
  for (const owner of owners(model)) {
    if (owner.of === 'assignment') continue;
    for (const [kind, entries] of owner.lists) {
      const list = namedList(model, kind);
      entries.forEach((entry, i) => {
        const res = lookupNamed(list, entry.ref);
        if (!res.ok) return;
        const first = entries.findIndex((e) => {
          const other = lookupNamed(list, e.ref);
          return other.ok && other.target === res.target;
        });
        if (first === i) return;
        const name = nameOf(res.target);
        out.push({
          ruleId: 'duplicate-skill-or-language',
          path: owner.path,
          subject: `${owner.key}|${kind}#${i + 1}`,
          agent: email(owner.agent),
          found: `${kind} ${name} at entries ${first + 1} and ${i + 1}`,
          expected: `one entry for ${kind} ${name}`,
        });
      });
    }
  }
  return out;
}
