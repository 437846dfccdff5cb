import {
  CtyType,
  ProviderSchema,
  SchemaBlock,
  genesysProviderSchema,
} from './provider-schema';

/** A place where Terraform JSON does not match the provider schema. */
export interface SchemaViolation {
  /** Address such as `resource.genesyscloud_user.agent.routing_skills`. */
  readonly address: string;
  readonly problem: string;
}

const META_ARGUMENTS = new Set([
  '//',
  'count',
  'for_each',
  'depends_on',
  'provider',
  'lifecycle',
  'connection',
  'provisioner',
  'alias',
]);
const PREFIX = 'genesyscloud';

/**
 * Checks every genesyscloud resource, data source and provider block of a
 * Terraform JSON document against the provider schema: each attribute
 * exists on the type and is settable, required attributes and blocks are
 * present, and blocks and object attributes have the right shape.
 */
export function checkSchemaConformance(
  document: Record<string, unknown>,
  schema: ProviderSchema = genesysProviderSchema(),
): SchemaViolation[] {
  const out: SchemaViolation[] = [];
  const sections: Array<['resource' | 'data', Record<string, unknown>]> = [
    ['resource', asObject(document.resource)],
    ['data', asObject(document.data)],
  ];
  for (const [section, types] of sections) {
    const schemas =
      section === 'resource'
        ? schema.resource_schemas
        : schema.data_source_schemas;
    for (const [type, instances] of Object.entries(types)) {
      if (!type.startsWith(`${PREFIX}_`)) continue;
      const typeSchema = schemas[type];
      for (const [name, body] of Object.entries(asObject(instances))) {
        const address = `${section}.${type}.${name}`;
        if (!typeSchema) {
          out.push({ address, problem: `${type} is not in the schema` });
          continue;
        }
        checkBlock(address, body, typeSchema.block, out);
      }
    }
  }
  const providers = asObject(document.provider)[PREFIX];
  for (const [i, body] of toArray(providers).entries()) {
    checkBlock(`provider.${PREFIX}[${i}]`, body, schema.provider.block, out);
  }
  return out;
}

function checkBlock(
  address: string,
  body: unknown,
  block: SchemaBlock,
  out: SchemaViolation[],
): void {
  if (!isObject(body)) {
    out.push({ address, problem: 'must be an object' });
    return;
  }
  const attributes = block.attributes ?? {};
  const blocks = block.block_types ?? {};
  for (const [key, value] of Object.entries(body)) {
    if (META_ARGUMENTS.has(key)) continue;
    const at = `${address}.${key}`;
    const attribute = attributes[key];
    if (attribute) {
      if (attribute.computed && !attribute.optional && !attribute.required) {
        out.push({ address: at, problem: 'is read-only (computed)' });
      } else if (attribute.type) {
        checkValue(at, value, attribute.type, out);
      }
      continue;
    }
    const nested = blocks[key];
    if (!nested) {
      out.push({ address: at, problem: 'is not an attribute of this type' });
      continue;
    }
    const items = nested.nesting_mode === 'single' ? [value] : toArray(value);
    if (nested.max_items !== undefined && items.length > nested.max_items) {
      out.push({
        address: at,
        problem: `has ${items.length} blocks; at most ${nested.max_items}`,
      });
    }
    items.forEach((item, i) =>
      checkBlock(`${at}[${i}]`, item, nested.block, out),
    );
  }
  for (const [key, attribute] of Object.entries(attributes)) {
    if (attribute.required && body[key] === undefined) {
      out.push({ address: `${address}.${key}`, problem: 'is required' });
    }
  }
  for (const [key, nested] of Object.entries(blocks)) {
    const count = body[key] === undefined ? 0 : toArray(body[key]).length;
    if (nested.min_items && count < nested.min_items) {
      out.push({
        address: `${address}.${key}`,
        problem: `needs at least ${nested.min_items} block(s)`,
      });
    }
  }
}

function checkValue(
  address: string,
  value: unknown,
  type: CtyType,
  out: SchemaViolation[],
): void {
  if (value === null || isExpression(value)) return;
  const fail = (expected: string): void => {
    out.push({ address, problem: `must be ${expected}` });
  };
  if (type === 'dynamic') return;
  if (type === 'string') {
    if (typeof value !== 'string') fail('a string');
    return;
  }
  if (type === 'number') {
    if (typeof value !== 'number') fail('a number');
    return;
  }
  if (type === 'bool') {
    if (typeof value !== 'boolean') fail('a boolean');
    return;
  }
  const [kind, element, optional] = type;
  if (kind === 'list' || kind === 'set') {
    if (!Array.isArray(value)) return fail(`a ${kind}`);
    value.forEach((v, i) =>
      checkValue(`${address}[${i}]`, v, element as CtyType, out),
    );
  } else if (kind === 'map') {
    if (!isObject(value)) return fail('a map');
    for (const [k, v] of Object.entries(value)) {
      checkValue(`${address}.${k}`, v, element as CtyType, out);
    }
  } else if (kind === 'object') {
    if (!isObject(value)) return fail('an object');
    const fields = element as Record<string, CtyType>;
    const optionalFields = new Set(
      Array.isArray(optional) ? (optional as string[]) : [],
    );
    for (const [k, v] of Object.entries(value)) {
      if (!(k in fields)) {
        out.push({ address: `${address}.${k}`, problem: 'is not a field' });
      } else {
        checkValue(`${address}.${k}`, v, fields[k], out);
      }
    }
    for (const k of Object.keys(fields)) {
      if (!(k in value) && !optionalFields.has(k)) {
        out.push({ address: `${address}.${k}`, problem: 'is required' });
      }
    }
  }
}

function isExpression(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asObject(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

function toArray(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
