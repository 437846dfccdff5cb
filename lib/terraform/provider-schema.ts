import * as fs from 'fs';
import * as path from 'path';
import { packageInfo } from '../util/package';

/** A Terraform type constraint as `terraform providers schema -json` prints. */
export type CtyType =
  | 'string'
  | 'number'
  | 'bool'
  | 'dynamic'
  | [
      'list' | 'set' | 'map' | 'object' | 'tuple',
      CtyType | Record<string, CtyType> | CtyType[],
      ...unknown[],
    ];

/** One attribute of a schema block. */
export interface SchemaAttribute {
  readonly type?: CtyType;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
}

/** A nested block type. */
export interface SchemaBlockType {
  readonly nesting_mode: 'single' | 'list' | 'set' | 'map' | 'group';
  readonly block: SchemaBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

/** A schema block: attributes and nested blocks. */
export interface SchemaBlock {
  readonly attributes?: Record<string, SchemaAttribute>;
  readonly block_types?: Record<string, SchemaBlockType>;
}

/** The schema of one provider. */
export interface ProviderSchema {
  readonly provider: { readonly block: SchemaBlock };
  readonly resource_schemas: Record<string, { readonly block: SchemaBlock }>;
  readonly data_source_schemas: Record<string, { readonly block: SchemaBlock }>;
}

/** Registry address of the genesyscloud provider. */
export const GENESYSCLOUD_PROVIDER =
  'registry.terraform.io/mypurecloud/genesyscloud';

/**
 * Path of the pinned provider schema snapshot shipped with the library:
 * the one `schema/genesyscloud-<version>.json`, the file the bindings are
 * generated from.
 */
export const SNAPSHOT_PATH = findSnapshot(
  path.join(packageInfo().root, 'schema'),
);

function findSnapshot(dir: string): string {
  const found = fs
    .readdirSync(dir)
    .filter((name) => /^genesyscloud-\d+\.\d+\.\d+\.json$/.test(name));
  // The generator script refuses to run otherwise, so this is one file.
  return path.join(dir, found.sort()[found.length - 1] ?? 'genesyscloud.json');
}

let cached: ProviderSchema | undefined;

/** The genesyscloud provider schema from the pinned snapshot. */
export function genesysProviderSchema(): ProviderSchema {
  if (cached) return cached;
  const document = JSON.parse(fs.readFileSync(SNAPSHOT_PATH, 'utf8')) as {
    provider_schemas: Record<string, ProviderSchema>;
  };
  cached = document.provider_schemas[GENESYSCLOUD_PROVIDER];
  return cached;
}
