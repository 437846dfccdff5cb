import { IConstruct } from 'constructs';
import { TerraformProvider, TerraformStack } from 'cdktf';
import { credentialError, isCredentialKey } from './credentials';
import { resolveJson } from './resolve-json';

/** Type name of the provider whose configuration is checked. */
const PROVIDER = 'genesyscloud';

/**
 * Refuses a genesyscloud provider in `scope` (an app or a stack) that
 * holds a literal credential, however it got there: a prop of the
 * generated provider, a setter such as `oauthclientSecret`, or
 * `addOverride`. A Terraform expression (such as a sensitive variable) is
 * allowed: it names a value kept elsewhere. Resolves only the provider
 * blocks, so it is cheap enough to run before anything is written.
 */
export function refuseProviderCredentials(scope: IConstruct): void {
  for (const construct of scope.node.findAll()) {
    if (!(construct instanceof TerraformProvider)) continue;
    if (construct.terraformResourceType !== PROVIDER) continue;
    const stack = TerraformStack.of(construct);
    const json = resolveJson(construct.toTerraform(), stack) as Json;
    for (const block of json.provider?.[PROVIDER] ?? []) {
      const found = literalCredential(block, '');
      if (found) throw credentialError(construct.node.path, found);
    }
  }
}

/**
 * Refuses a stack's synthesized Terraform JSON when a genesyscloud
 * provider block holds a literal credential; catches what was put there
 * with a stack-level override.
 */
export function refuseCredentialsInJson(path: string, json: unknown): void {
  const blocks = (json as Json | undefined)?.provider?.[PROVIDER] ?? [];
  blocks.forEach((block, i) => {
    const found = literalCredential(block, `provider.${PROVIDER}[${i}]`);
    if (found) throw credentialError(path, found);
  });
}

interface Json {
  readonly provider?: Record<string, readonly unknown[] | undefined>;
}

/** Where in `value` a credential setting holds a literal, if anywhere. */
function literalCredential(value: unknown, at: string): string | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = literalCredential(value[i], `${at}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const where = at ? `${at}.${key}` : key;
    if (isCredentialKey(key) && isLiteral(item)) return where;
    const found = literalCredential(item, where);
    if (found) return found;
  }
  return undefined;
}

function isLiteral(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (typeof value === 'object') return false;
  if (typeof value !== 'string') return true;
  return value.replace(/\$\{[^}]*\}/g, '').trim() !== '';
}
