import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { DeclarationSite } from '../lib/model/source';
import { TrunkNode, TrunkState } from '../lib/model/types';
import {
  BYOC_META_BASE_ID,
  BYOC_TRUNK_TYPE,
} from '../lib/rules/trunk-not-byoc-cloud';
import { refuseCredentials } from './credentials';
import {
  GenesysPropsError,
  requireChoice,
  requireList,
  requireText,
} from './errors';
import { IModelObject, addressOf, toRef } from './refs';
import {
  IMappingParticipant,
  MappingRegistry,
  ModelBuilderSink,
  stackName,
} from './registry';
import { IRoutingPolicy } from './routing-policy';
import { ISite } from './site';
import { ByocSipSettings, sipProperties } from './sip-settings';
import { TrunkQueue, TrunkQueueProps } from './trunk-queue';
import { webRtcPhoneBaseSettingsId } from './webrtc';
import {
  TelephonyProvidersEdgesPhone,
  TelephonyProvidersEdgesTrunkbasesettings,
} from './provider';

/** A user a trunk carries calls to. */
export interface ITrunkAgent extends IModelObject {
  /** Genesys id of the user (a token until apply). */
  readonly userId: string;
  /** Display name of the agent. */
  readonly agentName: string;
}

/** A BYOC trunk, declared in the app or imported. */
export interface IByocTrunk extends IModelObject {
  /** The id agents and WFM assignments use to name this trunk. */
  readonly trunkId: string;
  /** The routing policy the trunk applies, if any. */
  readonly policy?: IRoutingPolicy;
  /** Site that takes the trunk's inbound calls, when known. */
  readonly inboundSite?: ISite;
  /** Queue that holds the trunk's agents, when the trunk has a policy. */
  readonly queue?: TrunkQueue;
  /**
   * Links an agent: queue membership and a WebRTC phone on the inbound
   * site. Returns the phone, if one was created.
   */
  attachAgent(agent: ITrunkAgent): TelephonyProvidersEdgesPhone | undefined;
  /** Id to use in WFM trunk associations (a token for declared trunks). */
  readonly associationId: string;
}

/** Properties of a {@link ByocTrunk}. */
export interface ByocTrunkProps {
  /** Trunk name. */
  readonly name: string;
  /**
   * The id agents and WFM assignments use for this trunk, for example
   * `byoc_singapore_main`. Unique in the app. Default: the construct id.
   */
  readonly trunkId?: string;
  /** Description. Default: none. */
  readonly description?: string;
  /** Site that takes the trunk's inbound calls; Genesys requires one. */
  readonly inboundSite: ISite;
  /** Media site of the trunk. Default: chosen by Genesys. */
  readonly site?: ISite;
  /** Requirements the trunk applies to its agents. */
  readonly policy: IRoutingPolicy;
  /** Trunk state. Default: `active`. */
  readonly state?: TrunkState;
  /** Agent capacity of the trunk. Default: the policy's maxAgents. */
  readonly agentCapacity?: number;
  /** SIP settings of the carrier connection. Default: Genesys defaults. */
  readonly sip?: ByocSipSettings;
  /** Settings of the trunk's agent queue. Default: see TrunkQueueProps. */
  readonly queue?: TrunkQueueProps;
}

/** What a user declares about an existing trunk, for the importer. */
export interface ByocTrunkAttributes {
  /** Exact Genesys id of the existing trunk. */
  readonly trunkId: string;
  /** Name, for messages. Default: none. */
  readonly name?: string;
  /** Routing policy the trunk applies. Default: none (no checks). */
  readonly policy?: IRoutingPolicy;
  /** Trunk state as the user knows it. */
  readonly state: TrunkState;
  /** AWS regions the trunk serves, for example `['ap-southeast-1']`. */
  readonly regions: string[];
  /** Agent capacity. Default: the policy's maxAgents. */
  readonly agentCapacity?: number;
  /** Inbound site, needed to give linked agents WebRTC phones. */
  readonly inboundSite?: ISite;
}

const STATES: readonly TrunkState[] = ['active', 'inactive'];

/** Shared behaviour of declared and imported trunks. */
abstract class TrunkBase
  extends Construct
  implements IByocTrunk, IMappingParticipant
{
  /** Identity of the trunk in the mapping model. */
  readonly modelKey: string;
  /** The id agents and WFM assignments use to name this trunk. */
  readonly trunkId: string;
  /** The routing policy the trunk applies, if any. */
  readonly policy?: IRoutingPolicy;
  /** Site that takes the trunk's inbound calls, when known. */
  readonly inboundSite?: ISite;
  /** Queue that holds the trunk's agents, when the trunk has a policy. */
  readonly queue?: TrunkQueue;
  /** Queues collect members after agents have linked. */
  readonly finalizePhase = 1;
  protected readonly declaredAt = new DeclarationSite();
  protected readonly state: TrunkState;
  protected readonly agentCapacity?: number;

  protected constructor(
    scope: Construct,
    id: string,
    fields: {
      trunkId?: string;
      name?: string;
      policy?: IRoutingPolicy;
      inboundSite?: ISite;
      state?: TrunkState;
      agentCapacity?: number;
      queue?: TrunkQueueProps;
    },
  ) {
    super(scope, id);
    this.modelKey = this.node.path;
    this.trunkId = requireText(this, 'trunkId', fields.trunkId ?? id);
    this.state = requireChoice(this, 'state', fields.state ?? 'active', STATES);
    if (fields.policy != null && !isPolicy(fields.policy)) {
      throw new GenesysPropsError(
        this.node.path,
        'policy',
        fields.policy,
        'a RoutingPolicy construct',
      );
    }
    this.policy = fields.policy ?? undefined;
    this.inboundSite = fields.inboundSite;
    this.agentCapacity = checkCapacity(this, fields.agentCapacity);
    const registry = MappingRegistry.of(this);
    const holder = registry.claimTrunkId(this.trunkId, this);
    if (holder) {
      throw new GenesysPropsError(
        this.node.path,
        'trunkId',
        this.trunkId,
        `an id no other trunk uses (${holder.node.path} has it)`,
      );
    }
    if (this.policy) {
      this.queue = new TrunkQueue(
        this,
        'Queue',
        fields.name ?? this.trunkId,
        this.policy,
        fields.queue,
      );
    }
    registry.register(this);
  }

  abstract readonly associationId: string;

  attachAgent(agent: ITrunkAgent): TelephonyProvidersEdgesPhone | undefined {
    this.queue?.addMember(agent.userId, agent.modelKey);
    if (!this.inboundSite) return undefined;
    // The phone lives with the agent when both share a stack. Across
    // stacks it lives with the trunk, so that dependencies run one way
    // (trunk stack on agent stack) as they do for queue membership.
    const sameStack = TerraformStack.of(agent) === TerraformStack.of(this);
    const scope = sameStack ? agent : this.phonesScope();
    const id = sameStack ? 'WebRtcPhone' : agent.node.addr;
    return new TelephonyProvidersEdgesPhone(scope, id, {
      name: `${agent.agentName} WebRTC`,
      state: 'active',
      siteId: this.inboundSite.siteId,
      phoneBaseSettingsId: webRtcPhoneBaseSettingsId(scope),
      webRtcUserId: agent.userId,
    });
  }

  finalizeMapping(): void {
    this.queue?.commitMembers();
  }

  abstract contributeToModel(builder: ModelBuilderSink): void;

  protected baseNode(): Omit<TrunkNode, 'origin'> {
    return {
      key: this.modelKey,
      path: this.modelKey,
      stack: stackName(this),
      trunkId: this.trunkId,
      state: this.state,
      ...(this.inboundSite ? { inboundSite: toRef(this.inboundSite) } : {}),
      ...(this.agentCapacity !== undefined
        ? { agentCapacity: this.agentCapacity }
        : {}),
      ...(this.policy ? { policy: this.policy.modelKey } : {}),
      source: this.declaredAt.get(),
    };
  }

  private phonesScope(): Construct {
    const existing = this.node.tryFindChild('Phones');
    return (existing as Construct) ?? new Construct(this, 'Phones');
  }
}

/**
 * A BYOC Cloud trunk: `genesyscloud_telephony_providers_edges_trunkbasesettings`
 * of type EXTERNAL on the BYOC carrier meta base, with its inbound site,
 * its routing policy and the queue that holds its agents.
 */
export class ByocTrunk extends TrunkBase {
  /**
   * Imports an existing trunk by its exact id, with the policy, state and
   * regions the user declares for it: Genesys stores no trunk policy.
   */
  static fromTrunkAttributes(
    scope: Construct,
    id: string,
    attrs: ByocTrunkAttributes,
  ): IByocTrunk {
    return new ImportedTrunk(scope, id, attrs);
  }

  /** The generated trunk base settings. */
  readonly resource: TelephonyProvidersEdgesTrunkbasesettings;
  /** Trunk name. */
  readonly trunkName: string;
  /** Id WFM trunk associations use: the trunk's Genesys id, a token. */
  readonly associationId: string;
  private readonly site?: ISite;

  constructor(scope: Construct, id: string, props: ByocTrunkProps) {
    super(scope, id, {
      trunkId: props?.trunkId,
      name: props?.name,
      policy: props?.policy,
      inboundSite: props?.inboundSite,
      state: props?.state,
      agentCapacity: props?.agentCapacity,
      queue: props?.queue,
    });
    refuseCredentials(this.node.path, props);
    this.trunkName = requireText(this, 'name', props?.name);
    if (!props.inboundSite) {
      throw new GenesysPropsError(
        this.node.path,
        'inboundSite',
        props.inboundSite,
        'a Site; Genesys rejects a BYOC trunk without one',
      );
    }
    if (!props.policy) {
      throw new GenesysPropsError(
        this.node.path,
        'policy',
        props.policy,
        'a RoutingPolicy construct',
      );
    }
    this.site = props.site;
    this.resource = new TelephonyProvidersEdgesTrunkbasesettings(
      this,
      'Resource',
      {
        name: this.trunkName,
        description: props.description,
        trunkMetaBaseId: BYOC_META_BASE_ID,
        trunkType: BYOC_TRUNK_TYPE,
        managed: false,
        inboundSiteId: props.inboundSite.siteId,
        siteId: props.site?.siteId,
        state: this.state,
        properties: sipProperties(this, this.trunkName, props.sip ?? undefined),
      },
    );
    this.associationId = this.resource.id;
  }

  /** Adds the trunk to the model. */
  contributeToModel(builder: ModelBuilderSink): void {
    builder.add('trunks', {
      ...this.baseNode(),
      origin: 'declared',
      address: addressOf(this.resource),
      name: this.trunkName,
      trunkType: BYOC_TRUNK_TYPE,
      metaBaseId: BYOC_META_BASE_ID,
      ...(this.site ? { site: toRef(this.site) } : {}),
    });
  }
}

class ImportedTrunk extends TrunkBase {
  private readonly regions: readonly string[];
  private readonly trunkName?: string;

  get associationId(): string {
    return this.trunkId;
  }

  constructor(scope: Construct, id: string, attrs: ByocTrunkAttributes) {
    super(scope, id, {
      trunkId: attrs?.trunkId ?? '',
      name: attrs?.name,
      policy: attrs?.policy,
      inboundSite: attrs?.inboundSite,
      state: attrs?.state,
      agentCapacity: attrs?.agentCapacity,
    });
    refuseCredentials(this.node.path, attrs);
    this.regions = requireList<string>(
      this,
      'regions',
      attrs.regions,
      'AWS regions',
    );
    this.regions.forEach((r, i) => requireText(this, `regions[${i}]`, r));
    this.trunkName = attrs.name ?? undefined;
  }

  contributeToModel(builder: ModelBuilderSink): void {
    builder.add('trunks', {
      ...this.baseNode(),
      origin: 'imported',
      id: this.trunkId,
      ...(this.trunkName ? { name: this.trunkName } : {}),
      regions: [...this.regions],
    });
  }
}

function checkCapacity(
  scope: Construct,
  value: number | undefined,
): number | undefined {
  if (value === undefined) return undefined;
  if (Number.isInteger(value) && value >= 1) return value;
  throw new GenesysPropsError(
    scope.node.path,
    'agentCapacity',
    value,
    'a whole number of at least 1',
  );
}

/** True for a routing policy: a construct with a model key and group. */
function isPolicy(value: unknown): value is IRoutingPolicy {
  if (value === null || typeof value !== 'object') return false;
  const policy = value as Partial<IRoutingPolicy>;
  return (
    Construct.isConstruct(value) &&
    typeof policy.modelKey === 'string' &&
    typeof policy.skillGroupId === 'string'
  );
}
