/**
 * The mapping rules about agents and assignments, restated plainly for
 * the reference checker (the trunk rules are in reference-trunk-rules.ts,
 * those about single skill and language entries in
 * reference-entry-rules.ts). Each function reads like the rule's summary;
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
  agentByKey,
  byPath,
  describeRef,
  heldLevel,
  isBlankRef,
  isFiniteNumber,
  lookupNamed,
  lookupTrunk,
  mappedAgents,
  policyOf,
  trunkByKey,
  trunkIdOfRef,
} from './reference-lookups';
import { entryFindings, nameOf } from './reference-entry-rules';
import { trunkCapacity, trunkProblems } from './reference-trunk-rules';

/** The parts of a finding that both sides compare. */
export interface Comparable {
  readonly ruleId: string;
  /** Filled in from the rule's spec by reference-checker.ts. */
  readonly severity?: string;
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
    ...entryFindings(model),
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
      expected: `trunk link to ${trunk}`,
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
        const name = nameOf(res.target);
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
            expected: `${name} at proficiency >= ${r.minProficiency}`,
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
          expected: `${nameOf(res.target)} at proficiency >= ${r.minProficiency}`,
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
        // The association as the finding names it, resolved or not.
        trunk:
          a.trunk && !isBlankRef(a.trunk)
            ? trunkIdOfRef(model, a.trunk)
            : undefined,
        found: held.has ? String(held.level) : 'skill missing',
        expected: `${nameOf(res.target)} at proficiency >= ${entry.level}`,
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
    const first = byPath(same)[0];
    if (same.length < 2 || first === agent) continue;
    out.push({
      ruleId: 'duplicate-agent',
      path: agent.path,
      subject: agent.key,
      agent: email(agent),
      found: agent.path,
      expected: `one declaration (first at ${first.path})`,
    });
  }
  // Grouped first: a model may hold 1,500 assignments.
  const bySchedule = new Map<string, AssignmentNode[]>();
  for (const a of model.assignments) {
    const key = JSON.stringify([a.agent, a.scheduleId]);
    bySchedule.set(key, [...(bySchedule.get(key) ?? []), a]);
  }
  for (const same of bySchedule.values()) {
    const [first, ...rest] = byPath(same);
    for (const a of rest) {
      out.push({
        ruleId: 'duplicate-agent',
        path: a.path,
        subject: a.key,
        agent: email(agentByKey(model, a.agent)),
        found: a.path,
        expected: `one assignment (first at ${first.path})`,
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
      expected: 'active',
    });
  }
  return out;
}

/**
 * A management unit holds at most 1,500 distinct agents: people, by email
 * compared trimmed and without case, or by key for an agent the model
 * lacks.
 */
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
    const person = (a: AssignmentNode) => {
      const agent = agentByKey(model, a.agent);
      return agent ? `@${agent.email.trim().toLowerCase()}` : `#${a.agent}`;
    };
    const people = new Set(members.map(person));
    if (people.size <= MAX_UNIT_AGENTS) continue;
    // Choice: reported at the smallest path among the unit's assignments,
    // naming that assignment's agent.
    const first = byPath(members)[0];
    out.push({
      ruleId: 'management-unit-too-large',
      path: first.path,
      subject: `management-unit:${unit}`,
      agent: email(agentByKey(model, first.agent)),
      found: String(people.size),
      expected: `<= ${MAX_UNIT_AGENTS}`,
    });
  }
  return out;
}
