import { Ref, SiteNode, TrunkNode } from '../model/types';
import { nested, text, texts } from './fields';
import { TfBlock, TfModule } from './module';
import { QUEUE_TYPE } from './trunks';
import { Workspace } from './workspace';

/** Provider type of a phone. */
export const PHONE_TYPE = 'genesyscloud_telephony_providers_edges_phone';

/**
 * What ties users to trunks outside the facts, by the parsed body of the
 * user's block: an identity that costs no string hashing.
 */
export interface TrunkTies {
  /** Trunk keys whose queue has the user as a member. */
  readonly seats: Map<object, string[]>;
  /** Sites (by identity) of each user's WebRTC phones. */
  readonly phoneSites: Map<object, string[]>;
  /** Trunk keys by the identity of their inbound site. */
  readonly trunksBySite: Map<string, string[]>;
}

/**
 * Queue seats and WebRTC phones of every user. A trunk's queue is the one
 * the facts name, else the queue declared as the trunk's `Queue` child,
 * else the only queue routing with the policy's skill group.
 */
export function trunkTies(
  ws: Workspace,
  trunks: readonly TrunkNode[],
  sites: readonly SiteNode[],
  named: ReadonlyMap<string, string>,
): TrunkTies {
  const queues = new Map<string, [TfModule, TfBlock]>();
  const bySkillGroup = new Map<string, string[]>();
  for (const module of ws.modules) {
    for (const block of module.resources(QUEUE_TYPE)) {
      queues.set(block.key, [module, block]);
      for (const group of groupsOf(ws, module, block)) {
        push(bySkillGroup, group, block.key);
      }
    }
  }
  const seats = new Map<object, string[]>();
  for (const trunk of trunks) {
    const candidates = trunk.policy ? bySkillGroup.get(trunk.policy) : [];
    const chosen =
      named.get(trunk.key) ??
      (queues.has(`${trunk.key}/Queue`) ? `${trunk.key}/Queue` : undefined) ??
      (candidates?.length === 1 ? candidates[0] : undefined);
    if (chosen === undefined && (candidates?.length ?? 0) > 1) {
      ws.notes.push(
        `Trunk ${trunk.path}: several queues use the skill group of its ` +
          'policy; name one with "queue" in the facts to count its members.',
      );
    }
    const queue = chosen === undefined ? undefined : queues.get(chosen);
    if (!queue) continue;
    const [module, block] = queue;
    const resolver = ws.resolver(module);
    for (const member of nested(module, block, 'members')) {
      const user = resolver.body(member.user_id);
      if (user) push(seats, user, trunk.key);
    }
  }
  return { seats, ...phoneTies(ws, trunks, sites) };
}

function phoneTies(
  ws: Workspace,
  trunks: readonly TrunkNode[],
  sites: readonly SiteNode[],
): Pick<TrunkTies, 'phoneSites' | 'trunksBySite'> {
  const siteIds = new Map<string, string>();
  for (const site of sites) if (site.id) siteIds.set(site.id, site.key);
  // A site is its key; an id no site has stands for itself, marked with
  // a character no key contains.
  const identity = (ref: Ref | undefined): string | undefined => {
    if (!ref) return undefined;
    if (ref.kind === 'object') return ref.key;
    if (!ref.value) return undefined;
    return siteIds.get(ref.value) ?? `\u0000${ref.value}`;
  };
  const trunksBySite = new Map<string, string[]>();
  for (const trunk of trunks) {
    const site = identity(trunk.inboundSite);
    if (site !== undefined) push(trunksBySite, site, trunk.key);
  }
  const phoneSites = new Map<object, string[]>();
  for (const module of ws.modules) {
    const resolver = ws.resolver(module);
    module.forEachBody(PHONE_TYPE, (body, label) => {
      const userId = body.web_rtc_user_id;
      const siteId = body.site_id;
      if (userId === undefined || siteId === undefined) return;
      if (typeof siteId !== 'string' || typeof userId !== 'string') {
        // Rare: take the slow path that reports the value's place.
        const block = module.block(`${PHONE_TYPE}.${label}`)!;
        text(module, block, 'site_id');
        text(module, block, 'web_rtc_user_id');
      }
      const site = identity(resolver.value(siteId));
      const user = resolver.body(userId);
      if (!user || site === undefined || !trunksBySite.has(site)) return;
      push(phoneSites, user, site);
    });
  }
  return { phoneSites, trunksBySite };
}

function groupsOf(ws: Workspace, module: TfModule, block: TfBlock): string[] {
  const resolver = ws.resolver(module);
  const keys: string[] = [];
  for (const item of texts(module, block, 'skill_groups') ?? []) {
    const ref = resolver.value(item);
    if (ref.kind === 'object') keys.push(ref.key);
  }
  return keys;
}

function push<K>(map: Map<K, string[]>, key: K, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
