import { TrunkFacts } from '../facts/types';
import { TrunkNode, TrunkState } from '../model/types';
import { text } from './fields';
import { TfBlock, TfModule } from './module';
import { PolicyLookup } from './policies';
import { Workspace } from './workspace';

/** Provider type of a trunk's base settings. */
export const TRUNK_TYPE =
  'genesyscloud_telephony_providers_edges_trunkbasesettings';

/** Provider type of a routing queue. */
export const QUEUE_TYPE = 'genesyscloud_routing_queue';

/** Looks like a Terraform address rather than a trunk id. */
const ADDRESS = /^(data\.)?genesyscloud_\w+\.[\w-]+$/;

/**
 * The trunks of a module: every trunkbasesettings resource, the data
 * sources the facts list, and existing trunks the facts name by id, each
 * with the trunk id, state, capacity and policy the facts give it. Queues
 * the facts name go into `queues`, by trunk key.
 */
export function trunks(
  ws: Workspace,
  module: TfModule,
  policies: PolicyLookup,
  queues: Map<string, string>,
): TrunkNode[] {
  const entries = module.facts?.facts.trunks ?? [];
  const byAddress = new Map<string, [TrunkFacts, number]>();
  const out: TrunkNode[] = [];

  entries.forEach((entry, i) => {
    const block = module.block(entry.trunk);
    if (block && block.type === TRUNK_TYPE) {
      byAddress.set(block.address, [entry, i]);
    } else if (block || ADDRESS.test(entry.trunk)) {
      module.failFacts(
        ['trunks', i, 'trunk'],
        `trunks[${i}].trunk names no ${TRUNK_TYPE} block ("${entry.trunk}")`,
      );
    }
  });
  const blocks = [...module.resources(TRUNK_TYPE)];
  for (const block of module.dataSources(TRUNK_TYPE)) {
    if (byAddress.has(block.address)) blocks.push(block);
  }
  for (const block of blocks) {
    const [entry, i] = byAddress.get(block.address) ?? [undefined, -1];
    out.push(fromBlock(ws, module, block, policies, entry, i));
  }
  entries.forEach((entry, i) => {
    if (module.block(entry.trunk)) return;
    out.push(existing(ws, module, policies, entry, i));
  });
  entries.forEach((entry, i) => {
    if (entry.queue === undefined) return;
    const queue = module.block(entry.queue);
    if (!queue || queue.type !== QUEUE_TYPE || queue.data) {
      module.failFacts(
        ['trunks', i, 'queue'],
        `trunks[${i}].queue names no ${QUEUE_TYPE} ("${entry.queue}")`,
      );
    }
    const trunk = module.block(entry.trunk)?.key;
    queues.set(trunk ?? entry.path ?? `trunks/${entry.trunk}`, queue.key);
  });
  return out;
}

function fromBlock(
  ws: Workspace,
  module: TfModule,
  block: TfBlock,
  policies: PolicyLookup,
  entry: TrunkFacts | undefined,
  index: number,
): TrunkNode {
  const resolver = ws.resolver(module);
  const name = text(module, block, 'name');
  const trunkType = text(module, block, 'trunk_type');
  const metaBaseId = text(module, block, 'trunk_meta_base_id');
  const inbound = entry?.inboundSite
    ? resolver.facts(entry.inboundSite)
    : optionalRef(ws, module, block, 'inbound_site_id');
  const site = optionalRef(ws, module, block, 'site_id');
  const state = entry?.state ?? text(module, block, 'state') ?? 'active';
  const key = ws.intern(block.key);
  const node: TrunkNode = {
    key,
    path: key,
    stack: module.stack,
    address: block.address,
    origin: block.data ? 'imported' : 'declared',
    ...(name !== undefined ? { name } : {}),
    trunkId: entry?.trunkId ?? name ?? block.label,
    state: state as TrunkState,
    ...(trunkType !== undefined ? { trunkType } : {}),
    ...(metaBaseId !== undefined ? { metaBaseId } : {}),
    ...(inbound ? { inboundSite: inbound } : {}),
    ...(site ? { site } : {}),
    ...common(module, policies, entry, index),
    source: module.sources.of(block.key, block),
  };
  return node;
}

function existing(
  ws: Workspace,
  module: TfModule,
  policies: PolicyLookup,
  entry: TrunkFacts,
  index: number,
): TrunkNode {
  const key = ws.intern(entry.path ?? `trunks/${entry.trunk}`);
  ws.addKey(key);
  const inbound = entry.inboundSite;
  const node: TrunkNode = {
    key,
    path: key,
    stack: module.stack,
    origin: 'imported',
    id: entry.trunk,
    ...(entry.name !== undefined ? { name: entry.name } : {}),
    trunkId: entry.trunkId ?? entry.trunk,
    state: entry.state ?? 'active',
    ...(inbound ? { inboundSite: ws.resolver(module).facts(inbound) } : {}),
    ...common(module, policies, entry, index),
    source: module.sources.ofFacts(key, ['trunks', index]),
  };
  return node;
}

function common(
  module: TfModule,
  policies: PolicyLookup,
  entry: TrunkFacts | undefined,
  index: number,
): Pick<TrunkNode, 'regions' | 'agentCapacity' | 'policy'> {
  if (!entry) return {};
  let policy: string | undefined;
  if (entry.policy !== undefined) {
    policy = policies.find(module, entry.policy);
    if (policy === undefined) {
      module.failFacts(
        ['trunks', index, 'policy'],
        `trunks[${index}].policy names no policy ("${entry.policy}")`,
      );
    }
  }
  return {
    ...(entry.regions ? { regions: [...entry.regions] } : {}),
    ...(entry.agentCapacity !== undefined
      ? { agentCapacity: entry.agentCapacity }
      : {}),
    ...(policy !== undefined ? { policy } : {}),
  };
}

function optionalRef(
  ws: Workspace,
  module: TfModule,
  block: TfBlock,
  name: string,
) {
  const value = text(module, block, name);
  return value === undefined ? undefined : ws.resolver(module).value(value);
}
