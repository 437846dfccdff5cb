import {
  AssignedSkill,
  AssignmentNode,
  Ref,
  SourceLocation,
} from '../model/types';
import { InputError } from '../util/input-error';
import { LazyPlace } from '../util/lazy-place';
import { LoadedPayload } from '../wfm/read-payload';
import { UserLookup } from './agents';
import { level } from './fields';
import { TfModule } from './module';
import { Workspace } from './workspace';

/**
 * WFM assignments: those the facts of each module list, and those of
 * payload files for modules whose facts list none. Assignment paths not
 * given by the facts are `wfm/<schedule>/<agent>`, numbered on repeats.
 */
export function assignments(
  ws: Workspace,
  users: UserLookup,
  payloads: readonly LoadedPayload[],
): AssignmentNode[] {
  const keys = new Keys();
  const out: AssignmentNode[] = [];
  for (const module of ws.modules) {
    const resolver = ws.resolver(module);
    // Assignments name a few hundred skills and trunks, entry after entry:
    // each string is resolved once. Nothing declares keys any more by now.
    const refs = new Map<string, Ref>();
    const factsRef = (raw: string): Ref => {
      let ref = refs.get(raw);
      if (!ref) refs.set(raw, (ref = resolver.facts(raw)));
      return ref;
    };
    (module.facts?.facts.assignments ?? []).forEach((entry, i) => {
      const agent = agentKey(ws, users, module, entry.agent);
      const key = keys.unique(entry.path ?? `wfm/${entry.scheduleId}/${agent}`);
      // Fields are added one by one rather than spread into a literal:
      // every assignment then takes the same few shapes, cheaply.
      const node: Writable<AssignmentNode> = {
        key,
        path: key,
        stack: module.stack,
        agent,
        scheduleId: entry.scheduleId,
      };
      if (entry.businessUnitId !== undefined) {
        node.businessUnitId = entry.businessUnitId;
      }
      if (entry.managementUnitId !== undefined) {
        node.managementUnitId = entry.managementUnitId;
      }
      if (entry.weekId !== undefined) node.weekId = entry.weekId;
      const skills: AssignedSkill[] = [];
      for (const s of entry.skills) {
        skills.push({ ref: factsRef(s.skill), level: level(s.level) });
      }
      node.skills = skills;
      if (entry.trunk !== undefined) node.trunk = factsRef(entry.trunk);
      node.source = module.sources.ofFacts(key, ['assignments', i]);
      out.push(node as AssignmentNode);
    });
  }
  for (const payload of payloads) {
    const module = payloadModule(ws, payload);
    if (module.facts?.facts.assignments !== undefined) {
      ws.notes.push(
        `${payload.file} was not used: the mapping facts of stack ` +
          `${module.stack} already list its WFM assignments.`,
      );
      continue;
    }
    // One by one: spreading a large payload's agents would overflow the
    // call stack.
    for (const node of fromPayload(ws, module, payload, keys)) out.push(node);
  }
  return out;
}

function fromPayload(
  ws: Workspace,
  module: TfModule,
  payload: LoadedPayload,
  keys: Keys,
): AssignmentNode[] {
  const resolver = ws.resolver(module);
  const out: AssignmentNode[] = [];
  payload.document.requests.forEach((request, i) => {
    request.agents.forEach((entry, j) => {
      const user = resolver.value(entry.agent_id);
      const agent = user.kind === 'object' ? user.key : entry.agent_id;
      const key = keys.unique(`wfm/${entry.schedule_id}/${agent}`);
      const trunk = entry.assignments.find(
        (a) => a.trunk_association !== undefined,
      )?.trunk_association;
      const node: AssignmentNode = {
        key,
        path: key,
        stack: module.stack,
        agent,
        scheduleId: entry.schedule_id,
        businessUnitId: request.business_unit_id,
        managementUnitId: request.management_unit_id,
        ...optional('weekId', request.week_id),
        skills: entry.assignments.map((a) => ({
          ref: resolver.value(a.skill_id),
          level: a.level,
        })),
        ...(trunk !== undefined ? { trunk: resolver.value(trunk) } : {}),
        source: new LazyPlace(payload.absolute, payloadPlace(payload), [
          'requests',
          i,
          'agents',
          j,
        ]),
      };
      out.push(node);
    });
  });
  return out;
}

/** The module a payload belongs to: its stack, or the only module. */
function payloadModule(ws: Workspace, payload: LoadedPayload): TfModule {
  const stack = payload.document.stack;
  const named = ws.modules.find((m) => m.stack === stack);
  if (named) return named;
  if (ws.modules.length === 1) return ws.modules[0];
  const stacks = ws.modules.map((m) => m.stack).join(', ');
  throw new InputError(
    payload.locate(['stack']),
    `WFM payload of stack "${stack}" matches none of the stacks ${stacks}`,
  );
}

function agentKey(
  ws: Workspace,
  users: UserLookup,
  module: TfModule,
  raw: string,
): string {
  const key = users.key(module, raw);
  if (key !== undefined) return key;
  ws.notes.push(
    `An assignment in ${module.facts?.file} names no user ("${raw}").`,
  );
  return raw;
}

function payloadPlace(payload: LoadedPayload) {
  return (path: (string | number)[]): SourceLocation | undefined => {
    const place = payload.locate(path);
    if (place.line === undefined) return undefined;
    return { file: payload.absolute, line: place.line, column: place.column };
  };
}

function optional<K extends string>(name: K, value: string | undefined) {
  return (value === undefined ? {} : { [name]: value }) as {
    [P in K]?: string;
  };
}

/** A node under construction: its fields are set one by one. */
type Writable<T> = { -readonly [K in keyof T]?: T[K] };

/** Hands out unique keys, numbering repeats `#2`, `#3`... */
class Keys {
  private readonly seen = new Map<string, number>();

  unique(key: string): string {
    const count = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  }
}
