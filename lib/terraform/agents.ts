import {
  AgentNode,
  AgentState,
  Proficiency,
  Ref,
  SourceLocation,
  TrunkNode,
} from '../model/types';
import { normalEmail } from '../rules/duplicate-agent';
import { level, nested, text } from './fields';
import { TrunkTies } from './links';
import { TfBlock, TfModule } from './module';
import { Resolver } from './refs';
import { Workspace } from './workspace';

/** Provider type of a user. */
export const USER_TYPE = 'genesyscloud_user';

/** Shared by every user no queue seats; nothing changes model arrays. */
const NONE: readonly string[] = Object.freeze([]);

/** A trunk link the facts give a user, resolved. */
interface Link {
  readonly trunk?: Ref;
  readonly queues: string[];
  /** The entry of the policy file that sets the trunk. */
  readonly source?: SourceLocation;
}

/** Finds the user key a facts string names: address, key or email. */
export class UserLookup {
  private emails?: Map<string, string>;

  constructor(private readonly ws: Workspace) {}

  key(module: TfModule, raw: string): string | undefined {
    const key = this.ws.resolver(module).factsKey(raw);
    if (key !== undefined) return key;
    // Only user-written facts name users by email; index them lazily.
    this.emails ??= this.emailIndex();
    return this.emails.get(normalEmail(raw));
  }

  private emailIndex(): Map<string, string> {
    const out = new Map<string, string>();
    for (const module of this.ws.modules) {
      for (const block of module.resources(USER_TYPE)) {
        const email = block.body.email;
        if (typeof email !== 'string') continue;
        const normal = normalEmail(email);
        if (!out.has(normal)) out.set(normal, block.key);
      }
    }
    return out;
  }
}

/**
 * The agents of every module: each `genesyscloud_user` with its routing
 * skills and languages, its trunk link from the facts (else from its
 * WebRTC phones) and the trunks whose queues seat it.
 */
export function agents(
  ws: Workspace,
  users: UserLookup,
  trunks: readonly TrunkNode[],
  ties: TrunkTies,
): AgentNode[] {
  const links = factsLinks(ws, users, trunks);
  const ambiguous: string[] = [];
  const out: AgentNode[] = [];
  for (const module of ws.modules) {
    const resolver = ws.resolver(module);
    for (const block of module.resources(USER_TYPE)) {
      const key = block.key;
      const link = links.size ? links.get(key) : undefined;
      const body = block.body;
      const trunk = link ? link.trunk : phoneLink(block, ties, ambiguous);
      const seats = (ties.seats.size && ties.seats.get(body)) || NONE;
      const queueTrunks = link ? union(link.queues, seats) : seats;
      const name = text(module, block, 'name');
      const email = text(module, block, 'email');
      if (name === undefined || email === undefined) {
        module.fail(block, [], 'a user needs a name and an email');
      }
      const state = (text(module, block, 'state') ?? 'active') as AgentState;
      const skills = proficiencies(
        resolver,
        nested(module, block, 'routing_skills'),
        'skill_id',
      );
      const languages = proficiencies(
        resolver,
        nested(module, block, 'routing_languages'),
        'language_id',
      );
      const source = module.sources.of(key, block);
      const address = block.address;
      const stack = module.stack;
      // One literal, every field named: a spread inside a literal this
      // size makes V8 build the object property by property, per agent.
      out.push({
        key,
        path: key,
        stack,
        address,
        name,
        email,
        state,
        skills,
        languages,
        trunk,
        linkSource: link?.source,
        queueTrunks,
        source,
      });
    }
  }
  if (ambiguous.length > 0) {
    ws.notes.push(
      `${ambiguous.length} user(s), such as ${ambiguous[0]}, have WebRTC ` +
        'phones on sites that several trunks take calls on; each was ' +
        'linked to a trunk whose queue seats it, else the first by key. ' +
        'Name their trunks under "agents" in the facts.',
    );
  }
  return out;
}

/** Skills or languages of a user block, with their references resolved. */
function proficiencies(
  resolver: Resolver,
  entries: readonly Record<string, unknown>[],
  id: 'skill_id' | 'language_id',
): Proficiency[] {
  const out: Proficiency[] = [];
  for (const entry of entries) {
    out.push({
      ref: resolver.value(entry[id]),
      proficiency: level(entry.proficiency),
    });
  }
  return out;
}

function factsLinks(
  ws: Workspace,
  users: UserLookup,
  trunks: readonly TrunkNode[],
): Map<string, Link> {
  const byTrunkId = new Map<string, string>();
  for (const trunk of trunks) {
    if (!byTrunkId.has(trunk.trunkId)) byTrunkId.set(trunk.trunkId, trunk.key);
  }
  const links = new Map<string, Link>();
  for (const module of ws.modules) {
    const resolver = ws.resolver(module);
    // Links name a few trunks, entry after entry: resolve each string once.
    const refs = new Map<string, Ref>();
    const factsRef = (raw: string): Ref => {
      let ref = refs.get(raw);
      if (!ref) refs.set(raw, (ref = resolver.facts(raw)));
      return ref;
    };
    (module.facts?.facts.agents ?? []).forEach((entry, i) => {
      const user = users.key(module, entry.user);
      if (user === undefined) {
        ws.notes.push(
          `agents[${i}] of ${module.facts?.file} names no user ` +
            `("${entry.user}"); its link was skipped.`,
        );
        return;
      }
      const queues: string[] = [];
      for (const raw of entry.queues ?? []) {
        const ref = factsRef(raw);
        const key = ref.kind === 'object' ? ref.key : byTrunkId.get(raw);
        if (key !== undefined) queues.push(key);
      }
      const trunk =
        entry.trunk === undefined ? undefined : factsRef(entry.trunk);
      const source = trunk && module.sources.factsEntry(['agents', i, 'trunk']);
      links.set(
        user,
        trunk
          ? source
            ? { trunk, queues, source }
            : { trunk, queues }
          : { queues },
      );
    });
  }
  return links;
}

/**
 * The trunk a user's WebRTC phones link it to. With phones on the inbound
 * sites of several trunks, a trunk whose queue seats the user wins, else
 * the first by key; `ambiguous` collects such users for one warning.
 */
function phoneLink(
  user: TfBlock,
  ties: TrunkTies,
  ambiguous: string[],
): Ref | undefined {
  const sites = ties.phoneSites.get(user.body);
  if (!sites) return undefined;
  const first = ties.trunksBySite.get(sites[0]) ?? [];
  if (sites.length === 1 && first.length === 1) {
    return { kind: 'object', key: first[0] };
  }
  const seats = ties.seats.get(user.body) ?? [];
  let chosen: string | undefined;
  let seated = false;
  for (const site of sites) {
    for (const key of ties.trunksBySite.get(site) ?? []) {
      const isSeated = seats.includes(key);
      if (chosen === undefined || (isSeated && !seated)) {
        [chosen, seated] = [key, isSeated];
      } else if (isSeated === seated && key < chosen) {
        chosen = key;
      }
    }
  }
  ambiguous.push(user.key);
  return chosen === undefined ? undefined : { kind: 'object', key: chosen };
}

/** The first list (made for the agent alone) and new items of the second. */
function union(first: string[], second: readonly string[]) {
  if (second.length === 0) return first;
  const out = [...first];
  for (const item of second) if (!out.includes(item)) out.push(item);
  return out;
}
