import { GenesysPropsError } from './errors';

/** Environment variables the provider reads its credentials from. */
export const CREDENTIAL_ENVIRONMENT = [
  'GENESYSCLOUD_OAUTHCLIENT_ID',
  'GENESYSCLOUD_OAUTHCLIENT_SECRET',
  'GENESYSCLOUD_ACCESS_TOKEN',
] as const;

const CREDENTIAL_KEY =
  /^(password|secret|.*client_?secret|.*client_?id|access_?token|token|api_?key)$/i;

/**
 * Refuses props that carry a credential. Credentials written into props
 * end up in the synthesized JSON, in state and in logs; the provider reads
 * them from the environment instead. Only own top-level keys are checked;
 * callers pass nested settings that could hold one (SIP) with a `prefix`
 * for the property name.
 */
export function refuseCredentials(
  path: string,
  props: object | undefined,
  prefix = '',
) {
  if (!props || typeof props !== 'object') return;
  for (const key of Object.keys(props)) {
    if (!CREDENTIAL_KEY.test(key)) continue;
    const value = (props as Record<string, unknown>)[key];
    if (value === undefined || value === null || value === '') continue;
    throw new GenesysPropsError(
      path,
      prefix + key,
      '(redacted)',
      'no credentials in props: set ' +
        `${CREDENTIAL_ENVIRONMENT.join(', ')} in the environment, where ` +
        'the genesyscloud provider reads them at plan and apply time',
    );
  }
}
