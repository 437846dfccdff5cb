import { IConstruct } from 'constructs';
import { requireList, requireProficiency, requireText } from './errors';
import { Ref } from '../lib/model/types';

/** An object with an identity in the mapping model. */
export interface IModelObject extends IConstruct {
  /** Identity of the object in the mapping model. */
  readonly modelKey: string;
}

/** One reference per object: agents share the refs of their skills. */
const OBJECT_REFS = new WeakMap<IModelObject, Ref>();

/** A model reference for a construct or a literal id string. */
export function toRef(value: IModelObject | string | null | undefined): Ref {
  if (value !== null && typeof value === 'object') {
    let ref = OBJECT_REFS.get(value);
    if (!ref)
      OBJECT_REFS.set(value, (ref = { kind: 'object', key: value.modelKey }));
    return ref;
  }
  return { kind: 'literal', value: value as string | null | undefined };
}

/** Throws unless `value` is a construct or a non-blank id string. */
export function checkRef(
  scope: IConstruct,
  property: string,
  value: unknown,
): void {
  if (value !== null && typeof value === 'object') return;
  requireText(scope, property, value, 'a construct or an exact id or name');
}

/**
 * A list prop whose entries each name a skill or language and give it a
 * level, such as an agent's skills: a list, each reference a construct or
 * non-blank text, each level within 0 to 5 (whole for languages).
 */
export function requireLeveledRefs<T extends object>(
  scope: IConstruct,
  property: string,
  value: unknown,
  ref: keyof T & string,
  level: keyof T & string,
  wholeNumbers: boolean,
): T[] {
  const list = requireList<T>(
    scope,
    property,
    value,
    `{ ${ref}, ${level} } entries`,
  );
  list.forEach((entry, i) => {
    checkRef(scope, `${property}[${i}].${ref}`, entry?.[ref]);
    requireProficiency(
      scope,
      `${property}[${i}].${level}`,
      entry[level],
      wholeNumbers,
    );
  });
  return list;
}

/** Terraform address of a generated resource or data source. */
export function addressOf(element: {
  readonly terraformResourceType: string;
  readonly friendlyUniqueId: string;
  readonly terraformMetaArguments?: unknown;
}): string {
  const isData = element.constructor.name.startsWith('Data');
  const address = `${element.terraformResourceType}.${element.friendlyUniqueId}`;
  return isData ? `data.${address}` : address;
}
