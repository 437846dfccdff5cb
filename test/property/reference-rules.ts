/**
 * The mapping rules about agents, assignments, references and levels,
 * restated plainly for the reference checker (the trunk rules are in
 * reference-trunk-rules.ts). Each function reads like the rule's summary;
 * see reference-checker.ts.
 */
import {
  AgentNode,
  AssignmentNode,
  MappingModel,
  Ref,
  TrunkNode,
} from '../../lib/model/types';
import {
  Kind,
  agentByKey,
  byPath,
  describeRef,
  heldLevel,
  isBlankRef,
  isFiniteNumber,
  isValidLevel,
  lookupNamed,
  lookupTrunk,
  mappedAgents,
  namedList,
  policyOf,
  trunkByKey,
  trunkIdOfRef,
} from './reference-lookups';
import { trunkCapacity, trunkProblems } from './reference-trunk-rules';

/** The parts of a finding that both sides compare. */
export interface Comparable {
  readonly ruleId: string;
  readonly path: string;
  readonly subject: string;
  readonly agent?: { readonly email: string };
  readonly trunk?: string;
  readonly found?: string;
  readonly expected?: string;
  readonly suppressed?: { readonly path: string };
}

/** Most agents a WFM management unit holds. */
const MAX_UNIT_AGENTS = 1500;

/** Every unsuppressed finding the mapping rules should produce. */
export function ruleFindings(model: MappingModel): Comparable[] {
  return [
    ...agentWithoutTrunkLink(model),
    ...trunkIdUnknown(model),
    ...policyRequirements(model),
    ...unresolvableReferences(model),
    ...outOfRangeLevels(model),
    ...trunkProblems(model),
    ...trunkCapacity(model),
    ...assignmentTrunkMismatch(model),
    ...assignmentSkillNotOnProfile(model),
    ...duplicateAgents(model),
    ...inactiveAgentsMapped(model),
    ...managementUnits(model),
  ];
}

function email(agent: AgentNode | undefined) {
  return agent ? { email: agent.email } : undefined;
}

/** Trunk-scoped work (a trunk association, a queue seat) needs a link. */
function agentWithoutTrunkLink(model: MappingModel): Comparable[] {
  const out: Comparable[] = [];
  for (const agent of model.agents) {
    if (agent.trunk && !isBlankRef(agent.trunk)) continue;
    const work = byPath(
      model.assignments.filter(
        (a) => a.agent === agent.key && a.trunk && !isBlankRef(a.trunk),
      ),
    );
    const seats = agent.queueTrunks
      .map((key) => trunkByKey(model, key))
      .filter((t): t is TrunkNode => t !== undefined);
    if (work.length === 0 && seats.length === 0) continue;
    // Choice: the trunk of the assignment with the smallest path, else
    // the trunk of the first queue seat.
    const trunk = work.length
      ? trunkIdOfRef(model, work[0].trunk as Ref)
      : seats[0].trunkId;
    out.push({
      ruleId: 'agent-without-trunk-link',
      path: agent.path,
      subject: agent.key,
      agent: email(agent),
      trunk,
      found: 'no trunk link',
    });
  }
  return out;
}

/** Non-blank trunk links and associations must name a known trunk. */
function trunkIdUnknown(model: MappingModel): Comparable[] {
  const out: Comparable[] = [];
  const unknown = (ref: Ref | undefined) =>
    ref !== undefined && !isBlankRef(ref) && !lookupTrunk(model, ref).ok;
  const written = (ref: Ref) =>
    ref.kind === 'literal' ? (ref.value ?? '') : describeRef(model, ref);
  for (const agent of model.agents) {
    if (!unknown(agent.trunk)) continue;
    out.push({
      ruleId: 'trunk-id-unknown',
      path: agent.path,
      subject: agent.key,
      agent: email(agent),
      trunk: written(agent.trunk as Ref),
      found: describeRef(model, agent.trunk),
    });
  }
  for (const a of model.assignments) {
    if (!unknown(a.trunk)) continue;
    out.push({
      ruleId: 'trunk-id-unknown',
      path: a.path,
      subject: a.key,
      agent: email(agentByKey(model, a.agent)),
      trunk: written(a.trunk as Ref),
      found: describeRef(model, a.trunk),
    });
  }
  return out;
}

/**
 * Agents on a trunk must hold each skill and language of its policy at
 * the minimum: one finding per trunk, agent and requirement.
 */
function policyRequirements(model: MappingModel): Comparable[] {
  const out: Comparable[] = [];
  for (const trunk of model.trunks) {
    const policy = policyOf(model, trunk);
    if (!policy) continue;
    for (const agent of mappedAgents(model, trunk)) {
      for (const r of policy.requiredSkills) {
        const res = lookupNamed(model.skills, r.ref);
        if (!res.ok) continue;
        const held = heldLevel(model, agent.skills, 'skill', res.target.key);
        const base = {
          path: agent.path,
          subject: `${agent.key}|${trunk.key}|${res.target.key}`,
          agent: email(agent),
          trunk: trunk.trunkId,
        };
        if (!held.has) {
          out.push({
            ruleId: 'agent-missing-required-skill',
            ...base,
            found: 'skill missing',
          });
        } else if (held.level !== undefined && held.level < r.minProficiency) {
          out.push({
            ruleId: 'skill-proficiency-below-minimum',
            ...base,
            found: String(held.level),
            expected: `>= ${r.minProficiency}`,
          });
        }
      }
      for (const r of policy.requiredLanguages) {
        const res = lookupNamed(model.languages, r.ref);
        if (!res.ok) continue;
        const held = heldLevel(
          model,
          agent.languages,
          'language',
          res.target.key,
        );
        const below =
          held.has && held.level !== undefined && held.level < r.minProficiency;
        if (held.has && !below) continue;
        out.push({
          ruleId: 'agent-missing-required-language',
          path: agent.path,
          subject: `${agent.key}|${trunk.key}|${res.target.key}`,
          agent: email(agent),
          trunk: trunk.trunkId,
          found: held.has ? String(held.level) : 'language missing',
        });
      }
    }
  }
  return out;
}

/** An object whose skill and language entries the rules scan. */
interface Owner {
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
      path: a.path,
      key: a.key,
      agent: a,
      lists: [
        ['skill', levels(a.skills)],
        ['language', levels(a.languages)],
      ] as const,
    })),
    ...model.policies.map((p) => ({
      path: p.path,
      key: p.key,
      lists: [
        ['skill', minimums(p.requiredSkills)],
        ['language', minimums(p.requiredLanguages)],
      ] as const,
    })),
    ...model.assignments.map((a: AssignmentNode) => ({
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
        });
      }
    }
  }
  return out;
}

/** A WFM trunk association names the trunk the agent is linked to. */
function assignmentTrunkMismatch(model: MappingModel): Comparable[] {
  const out: Comparable[] = [];
  for (const a of model.assignments) {
    const agent = agentByKey(model, a.agent);
    if (!a.trunk || !agent?.trunk) continue;
    const wanted = lookupTrunk(model, a.trunk);
    const linked = lookupTrunk(model, agent.trunk);
    if (!wanted.ok || !linked.ok) continue;
    if (wanted.target.key === linked.target.key) continue;
    out.push({
      ruleId: 'assignment-trunk-mismatch',
      path: a.path,
      subject: a.key,
      agent: email(agent),
      trunk: wanted.target.trunkId,
      found: wanted.target.trunkId,
      expected: linked.target.trunkId,
    });
  }
  return out;
}

/** WFM schedules a skill at a level the agent's profile holds. */
function assignmentSkillNotOnProfile(model: MappingModel): Comparable[] {
  const out: Comparable[] = [];
  for (const a of model.assignments) {
    const agent = agentByKey(model, a.agent);
    if (!agent) continue;
    for (const [i, entry] of a.skills.entries()) {
      const res = lookupNamed(model.skills, entry.ref);
      if (!res.ok || !isFiniteNumber(entry.level)) continue;
      const held = heldLevel(model, agent.skills, 'skill', res.target.key);
      if (held.has && (held.level === undefined || held.level >= entry.level)) {
        continue;
      }
      out.push({
        ruleId: 'assignment-skill-not-on-profile',
        path: a.path,
        subject: `${a.key}|${res.target.key}#${i + 1}`,
        agent: email(agent),
        found: held.has ? String(held.level) : 'skill missing',
      });
    }
  }
  return out;
}

/**
 * One declaration per email (compared trimmed, without case) and one
 * assignment per agent and schedule. Choice: the one with the smallest
 * path is kept, every other one flagged.
 */
function duplicateAgents(model: MappingModel): Comparable[] {
  const out: Comparable[] = [];
  const normal = (e: string) => e.trim().toLowerCase();
  for (const agent of model.agents) {
    const same = model.agents.filter(
      (o) => normal(o.email) === normal(agent.email),
    );
    if (same.length < 2 || byPath(same)[0] === agent) continue;
    out.push({
      ruleId: 'duplicate-agent',
      path: agent.path,
      subject: agent.key,
      agent: email(agent),
      found: agent.path,
    });
  }
  // Grouped first: a model may hold 1,500 assignments.
  const bySchedule = new Map<string, AssignmentNode[]>();
  for (const a of model.assignments) {
    const key = JSON.stringify([a.agent, a.scheduleId]);
    bySchedule.set(key, [...(bySchedule.get(key) ?? []), a]);
  }
  for (const same of bySchedule.values()) {
    for (const a of byPath(same).slice(1)) {
      out.push({
        ruleId: 'duplicate-agent',
        path: a.path,
        subject: a.key,
        agent: email(agentByKey(model, a.agent)),
        found: a.path,
      });
    }
  }
  return out;
}

/** Inactive agents take no trunk mapping and no WFM assignment. */
function inactiveAgentsMapped(model: MappingModel): Comparable[] {
  const out: Comparable[] = [];
  for (const agent of model.agents) {
    if (agent.state === 'active') continue;
    const trunks = model.trunks.filter((t) =>
      mappedAgents(model, t).includes(agent),
    );
    const assigned = model.assignments.some((a) => a.agent === agent.key);
    if (trunks.length === 0 && !assigned) continue;
    // Choice: the finding names the linked trunk, else the first queue
    // seat that is a trunk.
    const link = agent.trunk ? lookupTrunk(model, agent.trunk) : undefined;
    const seat = agent.queueTrunks
      .map((key) => trunks.find((t) => t === trunkByKey(model, key)))
      .find((t) => t !== undefined);
    out.push({
      ruleId: 'inactive-agent-mapped',
      path: agent.path,
      subject: agent.key,
      agent: email(agent),
      trunk: link?.ok ? link.target.trunkId : seat?.trunkId,
      found: agent.state,
    });
  }
  return out;
}

/** A management unit holds at most 1,500 distinct agents. */
function managementUnits(model: MappingModel): Comparable[] {
  const out: Comparable[] = [];
  const units: string[] = [];
  for (const a of model.assignments) {
    const unit = a.managementUnitId;
    if (unit !== undefined && !units.includes(unit)) units.push(unit);
  }
  for (const unit of units) {
    const members = model.assignments.filter(
      (a) => a.managementUnitId === unit,
    );
    const agents = new Set(members.map((a) => a.agent));
    if (agents.size <= MAX_UNIT_AGENTS) continue;
    out.push({
      ruleId: 'management-unit-too-large',
      // Choice: reported at the smallest path among the unit's assignments.
      path: byPath(members)[0].path,
      subject: `management-unit:${unit}`,
      found: String(agents.size),
    });
  }
  return out;
}
