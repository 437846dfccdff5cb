import { Construct } from 'constructs';
import { refuseCredentials } from './credentials';
import {
  GenesysPropsError,
  requireChoice,
  requireList,
  requireText,
} from './errors';

/** SIP settings of a BYOC carrier connection. */
export interface ByocSipSettings {
  /** Label shown in Genesys. Default: the trunk name. */
  readonly label?: string;
  /**
   * SIP servers or proxies of the carrier, `host` or `host:port`, for
   * outbound calls. Default: none (inbound only).
   */
  readonly serverProxies?: string[];
  /** SIP transport. Default: `udp`. */
  readonly protocol?: 'udp' | 'tcp' | 'tls';
  /** Carrier addresses (CIDR) allowed to send SIP. Default: none. */
  readonly allowList?: string[];
}

const PROTOCOLS = ['udp', 'tcp', 'tls'] as const;

/**
 * The trunk's `properties` JSON in the shape Genesys stores trunk
 * properties: each key holds `{ value: { instance } }`. Keys are sorted so
 * the synthesized JSON is stable. Credentials never go here: digest
 * authentication is configured out of band.
 */
export function sipProperties(
  scope: Construct,
  trunkName: string,
  sip: ByocSipSettings = {},
): string {
  // Digest credentials are configured out of band, never in props.
  refuseCredentials(scope.node.path, sip, 'sip.');
  const proxies = requireList<unknown>(
    scope,
    'sip.serverProxies',
    sip.serverProxies,
    'host or host:port strings',
  ).map((p, i) =>
    requireText(scope, `sip.serverProxies[${i}]`, p, 'host or host:port'),
  );
  const allow = requireList<unknown>(
    scope,
    'sip.allowList',
    sip.allowList,
    'CIDR blocks such as 203.0.113.0/24',
  ).map((cidr, i) => {
    if (typeof cidr !== 'string' || !/^[0-9a-fA-F:.]+\/\d{1,3}$/.test(cidr)) {
      throw new GenesysPropsError(
        scope.node.path,
        `sip.allowList[${i}]`,
        cidr,
        'a CIDR block such as 203.0.113.0/24',
      );
    }
    return cidr;
  });
  const protocol = requireChoice(
    scope,
    'sip.protocol',
    sip.protocol ?? 'udp',
    PROTOCOLS,
  );
  const properties: Record<string, unknown> = {
    trunk_access_acl_allowList: instance(allow),
    trunk_label: instance(
      sip.label == null
        ? trunkName
        : requireText(scope, 'sip.label', sip.label),
    ),
    trunk_transport_protocolVariant: instance(protocol),
    trunk_transport_serverProxyList: instance(proxies),
  };
  return JSON.stringify(properties);
}

function instance(value: unknown): { value: { instance: unknown } } {
  return { value: { instance: value } };
}
