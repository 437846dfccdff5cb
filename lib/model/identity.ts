import { NamedObject, TrunkNode } from './types';

/**
 * Which object each skill, language or site of a collection stands for,
 * by key. A declared object stands for itself: its Genesys id is unknown
 * until apply, so only identity can tell it apart. An import stands for
 * the existing Genesys object it names, so two imports of one object are
 * one object wherever they are declared: imports with the same Genesys id
 * are the same, and an import by name is the import by id that carries
 * that name, or else the same as every other import of that name. Each
 * group is represented by its member with the smallest key, so the
 * choice does not depend on declaration order. Linear in the collection.
 */
export function canonicalNamed<T extends NamedObject>(
  list: readonly T[],
): Map<string, T> {
  // Of several imports by id carrying one name, the smallest key decides.
  const idOfName = new Map<string, T>();
  for (const item of list) {
    if (!importedById(item) || item.name === undefined) continue;
    const known = idOfName.get(item.name);
    if (!known || item.key < known.key) idOfName.set(item.name, item);
  }
  const identity = (item: T): string | undefined => {
    if (item.origin !== 'imported') return undefined;
    if (importedById(item)) return `id\u0000${item.id}`;
    if (isBlankText(item.name)) return undefined;
    const byId = idOfName.get(item.name as string);
    return byId ? `id\u0000${byId.id}` : `name\u0000${item.name}`;
  };
  return represent(list, identity, (a, b) => a.key < b.key);
}

/**
 * Which trunk each trunk stands for, by key. Trunks imported by the same
 * exact id are one trunk, represented by the first of them in the model,
 * as a literal trunk id resolves to the first trunk with that id. Declared
 * trunks stand for themselves. Linear in the trunks.
 */
export function canonicalTrunks(
  list: readonly TrunkNode[],
): Map<string, TrunkNode> {
  const identity = (trunk: TrunkNode): string | undefined =>
    trunk.origin === 'imported' && !isBlankText(trunk.trunkId)
      ? trunk.trunkId
      : undefined;
  return represent(list, identity, () => false);
}

/** True for an empty, whitespace-only, null or undefined string. */
export function isBlankText(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}

function importedById(item: NamedObject): boolean {
  return item.origin === 'imported' && !isBlankText(item.id);
}

/**
 * Maps every key to the representative of its identity group: the first
 * member, or a later one that `before` puts ahead of it. Objects without
 * an identity represent themselves.
 */
function represent<T extends { readonly key: string }>(
  list: readonly T[],
  identity: (item: T) => string | undefined,
  before: (a: T, b: T) => boolean,
): Map<string, T> {
  const groups = new Map<string, T>();
  const identities = new Map<string, string>();
  for (const item of list) {
    const id = identity(item);
    if (id === undefined) continue;
    identities.set(item.key, id);
    const known = groups.get(id);
    if (!known || before(item, known)) groups.set(id, item);
  }
  const out = new Map<string, T>();
  for (const item of list) {
    const id = identities.get(item.key);
    out.set(item.key, id === undefined ? item : (groups.get(id) as T));
  }
  return out;
}
