import { Construct } from 'constructs';
import { TerraformElement, TerraformStack } from 'cdktf';
import { FACTS_KEY, MappingFacts } from '../lib/facts/types';
import { refuseCredentials } from './credentials';
import { requireText } from './errors';
import { refuseCredentialsInJson } from './provider-credentials';
import { resolveStringsInPlace } from './resolve-json';
import { useWebRtcPhoneBaseSettings } from './webrtc';
import { GenesyscloudProvider } from './provider';

/** Environment variable of the organization's region. */
export const REGION_ENVIRONMENT = 'GENESYSCLOUD_REGION';

/** Terraform versions a stack needs: `terraform_data` came in 1.4. */
export const REQUIRED_TERRAFORM_VERSION = '>= 1.4';

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
 * A stack with the genesyscloud provider configured and Terraform 1.4 or
 * later required. Credentials are never part of the configuration: the
 * provider reads them from GENESYSCLOUD_OAUTHCLIENT_ID and
 * GENESYSCLOUD_OAUTHCLIENT_SECRET, or GENESYSCLOUD_ACCESS_TOKEN. A literal
 * credential put on the provider (a prop, a setter or an override) stops
 * synthesis with a GenesysPropsError, and nothing is written.
 */
export class GenesysCloudStack extends TerraformStack {
  /** The generated provider configuration. */
  readonly provider: GenesyscloudProvider;
  /** Region declared for the organization, if any. */
  readonly region?: string;
  private mappingFacts?: () => MappingFacts;

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
    new RequiredVersion(this, 'RequiredTerraformVersion');
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

  /**
   * Prepares the stack as cdktf does, then orders every stack's
   * dependencies by construct path. cdktf records them in the order it
   * meets cross-stack references, which follows declaration order, and
   * writes them so into manifest.json; sorted, the same app writes the
   * same manifest however its constructs were declared.
   */
  prepareStack(): void {
    super.prepareStack();
    for (const stack of this.node.root.node.findAll()) {
      if (!TerraformStack.isStack(stack)) continue;
      stack.dependencies.sort((a, b) =>
        a.node.path < b.node.path ? -1 : a.node.path > b.node.path ? 1 : 0,
      );
    }
  }

  /**
   * Gives the stack the builder of its mapping facts, which GenesysApp
   * hands it before synthesis; the facts are built when the stack's JSON
   * is, and added to it under `"//"`.
   */
  attachMappingFacts(build: () => MappingFacts): void {
    this.mappingFacts = build;
  }

  /**
   * The stack's Terraform JSON, with the mapping facts when the app gave
   * them; refuses a literal credential in a genesyscloud provider block,
   * which a stack-level override can add.
   */
  toTerraform(): ReturnType<TerraformStack['toTerraform']> {
    const json = super.toTerraform();
    refuseCredentialsInJson(this.node.path, json);
    if (this.mappingFacts) {
      // Built from resolved values but for the odd token in an id.
      const facts = resolveStringsInPlace(this.mappingFacts(), this);
      const meta = (json['//'] ??= {}) as Record<string, unknown>;
      meta[FACTS_KEY] = facts;
    }
    return json;
  }
}

/** Adds `required_version` to the stack's `terraform` block. */
class RequiredVersion extends TerraformElement {
  toTerraform(): { terraform: { required_version: string } } {
    return { terraform: { required_version: REQUIRED_TERRAFORM_VERSION } };
  }

  toHclTerraform(): { terraform: { required_version: string } } {
    return this.toTerraform();
  }
}
