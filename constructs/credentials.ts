import { GenesysPropsError } from './errors';

/** Environment variables the provider reads its credentials from. */
export const CREDENTIAL_ENVIRONMENT = [
  'GENESYSCLOUD_OAUTHCLIENT_ID',
  'GENESYSCLOUD_OAUTHCLIENT_SECRET',
  'GENESYSCLOUD_ACCESS_TOKEN',
] as const;

/**
 * Names of settings that hold a credential, in props (camelCase) and in
 * Terraform JSON (snake_case): `password`, `sipPassword`, `authPassword`,
 * `clientSecret`, `oauthclient_id`, `accessToken`, `apiKey` and the like.
 */
const CREDENTIAL_KEY = new RegExp(
  [
    'password',
    'passwd',
    'passphrase',
    'secret',
    'client_?id$',
    '(access|auth|bearer|refresh|api)_?token$',
    '^token$',
    'api_?key',
    'private_?key',
    'credentials?$',
  ].join('|'),
  'i',
);

/** True when a setting of this name holds a credential. */
export function isCredentialKey(key: string): boolean {
  return CREDENTIAL_KEY.test(key);
}

/**
 * The refusal of a literal credential. The value is never echoed: it
 * would reach logs and reports.
 */
export function credentialError(
  path: string,
  property: string,
): GenesysPropsError {
  return new GenesysPropsError(
    path,
    property,
    '(redacted)',
    'no credentials in code: set ' +
      `${CREDENTIAL_ENVIRONMENT.join(', ')} in the environment, where ` +
      'the genesyscloud provider reads them at plan and apply time',
  );
}

/**
 * Refuses props that carry a credential. Credentials written into props
 * end up in the synthesized JSON, in state and in logs; the provider reads
 * them from the environment instead. Only own top-level keys are checked;
 * callers pass nested settings that could hold one (SIP) with a `prefix`
 * for the property name.
 */
export function refuseCredentials(
  path: string,
  props: object | undefined | null,
  prefix = '',
): void {
  if (!props || typeof props !== 'object') return;
  for (const key of Object.keys(props)) {
    if (!isCredentialKey(key)) continue;
    const value = (props as Record<string, unknown>)[key];
    if (value === undefined || value === null || value === '') continue;
    throw credentialError(path, prefix + key);
  }
}
