import { ImportFacts, ImportKind } from '../facts/types';
import { NamedObject, SiteNode } from '../model/types';
import { text, texts } from './fields';
import { TfBlock, TfModule } from './module';
import { Workspace } from './workspace';

/** Provider types of each kind of named object. */
export const NAMED_TYPES: Readonly<Record<ImportKind, string>> = {
  skill: 'genesyscloud_routing_skill',
  language: 'genesyscloud_routing_language',
  site: 'genesyscloud_telephony_providers_edges_site',
};

/**
 * The skills, languages or sites of a module: declared resources, data
 * source lookups (imported by name), and imports by id from the facts.
 */
export function namedObjects(
  ws: Workspace,
  module: TfModule,
  kind: ImportKind,
): SiteNode[] {
  const type = NAMED_TYPES[kind];
  const imports = module.facts?.facts.imports ?? [];
  const byAddress = new Map<string, ImportFacts>();
  const out: SiteNode[] = [];

  imports.forEach((entry, i) => {
    if (entry.kind !== kind || entry.address === undefined) return;
    const block = module.block(entry.address);
    if (!block || block.type !== type || !block.data) {
      module.failFacts(
        ['imports', i, 'address'],
        `imports[${i}].address names no data.${type} block ` +
          `("${entry.address}")`,
      );
    }
    byAddress.set(entry.address, entry);
  });
  for (const block of module.resources(type)) {
    out.push(fromBlock(ws, module, block, kind, 'declared'));
  }
  for (const block of module.dataSources(type)) {
    const node = fromBlock(ws, module, block, kind, 'imported');
    const regions = byAddress.get(block.address)?.mediaRegions;
    out.push(regions ? { ...node, mediaRegions: [...regions] } : node);
  }
  imports.forEach((entry, index) => {
    if (entry.kind !== kind || entry.id === undefined) return;
    if (entry.address !== undefined) return;
    const key = ws.intern(entry.path ?? `${kind}s/${entry.id}`);
    ws.addKey(key);
    const node: NamedObject & { mediaRegions?: readonly string[] } = {
      key,
      path: key,
      stack: module.stack,
      origin: 'imported',
      id: entry.id,
      ...(entry.name !== undefined ? { name: entry.name } : {}),
      ...(entry.mediaRegions ? { mediaRegions: [...entry.mediaRegions] } : {}),
      source: module.sources.ofFacts(key, ['imports', index]),
    };
    out.push(node);
  });
  return out;
}

function fromBlock(
  ws: Workspace,
  module: TfModule,
  block: TfBlock,
  kind: ImportKind,
  origin: 'declared' | 'imported',
): SiteNode {
  const name = text(module, block, 'name');
  const key = ws.intern(block.key);
  const node: SiteNode = {
    key,
    path: key,
    stack: module.stack,
    address: block.address,
    origin,
    ...(name !== undefined ? { name } : {}),
    ...(kind === 'site' && !block.data ? siteFacts(module, block) : {}),
    source: module.sources.of(block.key, block),
  };
  return node;
}

function siteFacts(
  module: TfModule,
  block: TfBlock,
): Pick<SiteNode, 'mediaModel' | 'mediaRegions'> {
  const mediaModel = text(module, block, 'media_model');
  const mediaRegions = texts(module, block, 'media_regions');
  return {
    ...(mediaModel !== undefined ? { mediaModel } : {}),
    ...(mediaRegions !== undefined ? { mediaRegions } : {}),
  };
}
