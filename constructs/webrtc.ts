import { IConstruct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { TelephonyProvidersEdgesPhonebasesettings } from './provider';

/** Phone meta base of Genesys WebRTC softphones. */
export const WEBRTC_PHONE_META_BASE = 'inin_webrtc_softphone.json';

const SETTINGS = new WeakMap<TerraformStack, string>();

/**
 * Uses an existing WebRTC phone base settings object for every phone of
 * the stack, instead of creating one.
 */
export function useWebRtcPhoneBaseSettings(
  stack: TerraformStack,
  phoneBaseSettingsId: string,
): void {
  SETTINGS.set(stack, phoneBaseSettingsId);
}

/**
 * The WebRTC phone base settings id for phones in `scope`'s stack. The
 * stack creates the settings once, on first use, unless an existing one
 * was given with {@link useWebRtcPhoneBaseSettings}.
 */
export function webRtcPhoneBaseSettingsId(scope: IConstruct): string {
  const stack = TerraformStack.of(scope);
  const known = SETTINGS.get(stack);
  if (known) return known;
  const settings = new TelephonyProvidersEdgesPhonebasesettings(
    stack,
    'WebRtcPhoneBaseSettings',
    {
      name: `${stack.node.id} WebRTC agents`,
      description: 'WebRTC softphones of agents mapped to BYOC trunks',
      phoneMetaBaseId: WEBRTC_PHONE_META_BASE,
    },
  );
  SETTINGS.set(stack, settings.id);
  return settings.id;
}
