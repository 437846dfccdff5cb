import { Construct, IConstruct } from 'constructs';
import { refuseCredentials } from './credentials';
import { GenesysPropsError, requireList, requireText } from './errors';
import { ModelBuilderSink } from './registry';
import { addressOf } from './refs';
import { RoutingObject } from './routing-object';
import {
  DataGenesyscloudTelephonyProvidersEdgesSite,
  Location,
  TelephonyProvidersEdgesSite,
} from './provider';

/** A telephony site, declared in the app or imported. */
export interface ISite extends IConstruct {
  /** Genesys id of the site (a token until apply for declared sites). */
  readonly siteId: string;
  /** Media regions of the site, when known at synth time. */
  readonly mediaRegions?: readonly string[];
  /** Identity of the site in the mapping model. */
  readonly modelKey: string;
}

/** Street address of a site's location. */
export interface SiteAddress {
  /** First line of the street address. */
  readonly street1: string;
  /** Second line of the street address. Default: none. */
  readonly street2?: string;
  /** City. */
  readonly city: string;
  /** State or province. Default: none. */
  readonly state?: string;
  /** Two-letter country code, for example `SG`. */
  readonly country: string;
  /** Postal code. */
  readonly zipCode: string;
}

/** Properties of a {@link Site}. */
export interface SiteProps {
  /** Site name. */
  readonly name: string;
  /** Street address of the location the site creates. */
  readonly address: SiteAddress;
  /** Emergency number of the location, in E.164. Default: none. */
  readonly emergencyNumber?: string;
  /**
   * Media regions, for example `['ap-southeast-1']`. The first is
   * preferred. Must include the organization's region for BYOC trunks.
   */
  readonly mediaRegions: string[];
  /** Let Genesys pick media regions by latency. Default: false. */
  readonly mediaRegionsUseLatencyBased?: boolean;
  /** Description. Default: none. */
  readonly description?: string;
}

/** Attributes of an existing site, for the importers. */
export interface SiteAttributes {
  /** Exact Genesys id of the site. */
  readonly siteId: string;
  /** Media regions of the site, for the region rule. Default: unknown. */
  readonly mediaRegions?: string[];
}

/**
 * A Cloud media site (`genesyscloud_telephony_providers_edges_site`) with
 * the `genesyscloud_location` it needs.
 */
export class Site extends RoutingObject implements ISite {
  /** Imports an existing site by name, through a data source. */
  static fromSiteName(
    scope: Construct,
    id: string,
    name: string,
    mediaRegions?: string[],
  ): ISite {
    return new ImportedSite(scope, id, { name, mediaRegions });
  }

  /** Imports an existing site by its exact id. */
  static fromSiteAttributes(
    scope: Construct,
    id: string,
    attrs: SiteAttributes,
  ): ISite {
    return new ImportedSite(scope, id, attrs);
  }

  /** The generated site resource. */
  readonly resource: TelephonyProvidersEdgesSite;
  /** The generated location resource. */
  readonly location: Location;
  /** Genesys id of the site (a token until apply). */
  readonly siteId: string;
  /** Media regions of the site, the preferred one first. */
  readonly mediaRegions: readonly string[];
  private readonly siteName: string;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id, { kind: 'sites', origin: 'declared', name: props?.name });
    refuseCredentials(this.node.path, props);
    this.siteName = requireText(this, 'name', props?.name);
    const regions = requireList<string>(
      this,
      'mediaRegions',
      props.mediaRegions,
      'AWS regions such as ap-southeast-1',
    );
    regions.forEach((r, i) => requireText(this, `mediaRegions[${i}]`, r));
    if (regions.length === 0) {
      throw new GenesysPropsError(
        this.node.path,
        'mediaRegions',
        props.mediaRegions,
        'at least one AWS region, such as ap-southeast-1',
      );
    }
    const address = props.address;
    this.location = new Location(this, 'Location', {
      name: this.siteName,
      address: {
        street1: requireText(this, 'address.street1', address?.street1),
        street2: address.street2,
        city: requireText(this, 'address.city', address.city),
        state: address.state,
        country: requireText(this, 'address.country', address.country),
        zipCode: requireText(this, 'address.zipCode', address.zipCode),
      },
      ...(props.emergencyNumber
        ? {
            emergencyNumber: { number: props.emergencyNumber, type: 'default' },
          }
        : {}),
    });
    this.resource = new TelephonyProvidersEdgesSite(this, 'Resource', {
      name: this.siteName,
      description: props.description,
      locationId: this.location.id,
      mediaModel: 'Cloud',
      mediaRegions: [...regions],
      mediaRegionsUseLatencyBased: props.mediaRegionsUseLatencyBased ?? false,
    });
    this.siteId = this.resource.id;
    this.mediaRegions = [...regions];
  }

  protected get address(): string {
    return addressOf(this.resource);
  }

  /** Adds the site to the model. */
  contributeToModel(builder: ModelBuilderSink): void {
    builder.add('sites', {
      ...this.describe(),
      name: this.siteName,
      mediaModel: 'Cloud',
      mediaRegions: this.mediaRegions,
    });
  }
}

class ImportedSite extends RoutingObject implements ISite {
  readonly siteId: string;
  private lookup?: DataGenesyscloudTelephonyProvidersEdgesSite;

  protected get address(): string | undefined {
    return this.lookup ? addressOf(this.lookup) : undefined;
  }
  readonly mediaRegions?: readonly string[];

  constructor(
    scope: Construct,
    id: string,
    attrs: { name?: string; siteId?: string; mediaRegions?: string[] },
  ) {
    super(scope, id, {
      kind: 'sites',
      origin: 'imported',
      name: attrs?.name,
      id: attrs?.siteId,
    });
    refuseCredentials(this.node.path, attrs);
    this.mediaRegions =
      attrs?.mediaRegions == null
        ? undefined
        : requireList<string>(
            this,
            'mediaRegions',
            attrs.mediaRegions,
            'AWS regions such as ap-southeast-1',
          );
    this.mediaRegions?.forEach((r, i) =>
      requireText(this, `mediaRegions[${i}]`, r),
    );
    if (attrs?.siteId !== undefined) {
      this.siteId = requireText(this, 'siteId', attrs.siteId);
    } else {
      const lookup = (this.lookup =
        new DataGenesyscloudTelephonyProvidersEdgesSite(this, 'Lookup', {
          name: requireText(this, 'name', attrs?.name),
        }));
      this.siteId = lookup.id;
    }
  }

  contributeToModel(builder: ModelBuilderSink): void {
    builder.add('sites', {
      ...this.describe(),
      ...(this.mediaRegions ? { mediaRegions: this.mediaRegions } : {}),
    });
  }
}
