import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { refuseCredentials } from './credentials';
import { requireText } from './errors';
import { useWebRtcPhoneBaseSettings } from './webrtc';
import { GenesyscloudProvider } from './provider';

/** Environment variable of the organization's region. */
export const REGION_ENVIRONMENT = 'GENESYSCLOUD_REGION';

/** Properties of a {@link GenesysCloudStack}. */
export interface GenesysCloudStackProps {
  /**
   * AWS region of the Genesys Cloud organization, for example
   * `ap-southeast-1`; written as the provider's `aws_region` and used to
   * check trunk regions. Default: read by the provider from
   * GENESYSCLOUD_REGION at apply time, and by validation at synth time.
   */
  readonly region?: string;
  /**
   * Existing WebRTC phone base settings for agent phones. Default: the
   * stack creates one when the first agent is linked to a trunk.
   */
  readonly webRtcPhoneBaseSettingsId?: string;
}

/**
 * A stack with the genesyscloud provider configured. Credentials are
 * never part of the configuration: the provider reads them from
 * GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET.
 */
export class GenesysCloudStack extends TerraformStack {
  /** The generated provider configuration. */
  readonly provider: GenesyscloudProvider;
  /** Region declared for the organization, if any. */
  readonly region?: string;

  constructor(
    scope: Construct,
    id: string,
    props: GenesysCloudStackProps = {},
  ) {
    super(scope, id);
    refuseCredentials(this.node.path, props);
    if (props.region !== undefined) {
      this.region = requireText(
        this,
        'region',
        props.region,
        'an AWS region such as ap-southeast-1',
      );
    }
    this.provider = new GenesyscloudProvider(this, 'genesyscloud', {
      awsRegion: this.region,
    });
    if (props.webRtcPhoneBaseSettingsId !== undefined) {
      useWebRtcPhoneBaseSettings(
        this,
        requireText(
          this,
          'webRtcPhoneBaseSettingsId',
          props.webRtcPhoneBaseSettingsId,
        ),
      );
    }
  }
}
