import { Construct } from 'constructs';
import { DeclarationSite } from '../lib/model/source';
import { AgentState, SourceLocation } from '../lib/model/types';
import { IByocTrunk, ITrunkAgent } from './byoc-trunk';
import { refuseCredentials } from './credentials';
import { requireChoice, requireText } from './errors';
import { ILanguage } from './language';
import {
  IModelObject,
  addressOf,
  checkRef,
  requireLeveledRefs,
  toRef,
} from './refs';
import {
  IMappingParticipant,
  MappingRegistry,
  ModelBuilderSink,
  stackName,
} from './registry';
import { ISkill } from './skill';
import { TelephonyProvidersEdgesPhone, User } from './provider';

/** A skill on an agent profile. */
export interface AgentSkill {
  /** The skill, or its exact id or name. */
  readonly skill: ISkill | string;
  /** Proficiency from 0 to 5; decimals allowed. */
  readonly proficiency: number;
}

/** A language on an agent profile. */
export interface AgentLanguage {
  /** The language, or its exact id or name. */
  readonly language: ILanguage | string;
  /** Proficiency, a whole number from 0 to 5. */
  readonly proficiency: number;
}

/** Properties of an {@link Agent}. */
export interface AgentProps {
  /** Display name. */
  readonly name: string;
  /** Email; unique in the organization. */
  readonly email: string;
  /** Routing skills with proficiencies. Default: none. */
  readonly skills?: AgentSkill[];
  /** Routing languages with proficiencies. Default: none. */
  readonly languages?: AgentLanguage[];
  /**
   * Trunk link on the profile: a trunk construct, or the exact id of a
   * declared or imported trunk. Gives the agent a WebRTC phone on the
   * trunk's inbound site and a seat in the trunk's queue. Default: none.
   */
  readonly trunk?: IByocTrunk | string;
  /** Account state. Default: `active`. */
  readonly state?: AgentState;
  /** Division. Default: the home division. */
  readonly divisionId?: string;
  /** Department. Default: none. */
  readonly department?: string;
  /** Job title. Default: none. */
  readonly title?: string;
  /**
   * Where the agent was declared, for findings. Default: the file and
   * line of the `new Agent` call. Rosters set their row here.
   */
  readonly source?: SourceLocation;
}

const STATES: readonly AgentState[] = ['active', 'inactive', 'deleted'];

/** An agent as trunks and WFM assignments use it. */
export interface IAgent extends ITrunkAgent {
  /** Email; unique in the organization. */
  readonly email: string;
  /** WebRTC phone made for the trunk link, once the app is finalized. */
  readonly phone?: TelephonyProvidersEdgesPhone;
}

/**
 * An agent: a `genesyscloud_user` with routing skills and languages, and
 * optionally a trunk link that the app makes real with a WebRTC phone on
 * the trunk's inbound site and membership in the trunk's queue.
 */
export class Agent extends Construct implements IAgent, IMappingParticipant {
  /** The generated user. */
  readonly resource: User;
  /** Genesys id of the user (a token until apply). */
  readonly userId: string;
  /** Display name. */
  readonly agentName: string;
  /** Email; unique in the organization. */
  readonly email: string;
  /** Account state. */
  readonly state: AgentState;
  /** Routing skills with proficiencies, as declared. */
  readonly skills: readonly AgentSkill[];
  /** Routing languages with proficiencies, as declared. */
  readonly languages: readonly AgentLanguage[];
  /** Trunk link as declared: a trunk construct or a trunk id. */
  readonly trunk?: IByocTrunk | string;
  /** Identity of the agent in the mapping model. */
  readonly modelKey: string;
  /** WebRTC phone made for the trunk link, once the app is finalized. */
  phone?: TelephonyProvidersEdgesPhone;
  /** The trunk the link resolved to, once the app is finalized. */
  linkedTrunk?: IByocTrunk;
  private readonly declaredAt?: DeclarationSite;
  private readonly source?: SourceLocation;
  private readonly queueTrunks: IModelObject[] = [];

  constructor(scope: Construct, id: string, props: AgentProps) {
    super(scope, id);
    this.modelKey = this.node.path;
    refuseCredentials(this.modelKey, props);
    this.agentName = requireText(this, 'name', props?.name);
    this.email = requireText(this, 'email', props.email);
    this.state = requireChoice(this, 'state', props.state ?? 'active', STATES);
    this.skills = requireLeveledRefs<AgentSkill>(
      this,
      'skills',
      props.skills,
      'skill',
      'proficiency',
      false,
    );
    this.languages = requireLeveledRefs<AgentLanguage>(
      this,
      'languages',
      props.languages,
      'language',
      'proficiency',
      true,
    );
    if (props.trunk !== undefined) checkRef(this, 'trunk', props.trunk);
    this.trunk = props.trunk;
    this.source = props.source;
    if (!props.source) this.declaredAt = new DeclarationSite();
    this.resource = new User(this, 'Resource', {
      name: this.agentName,
      email: this.email,
      state: this.state,
      divisionId: props.divisionId,
      department: props.department,
      title: props.title,
    });
    this.userId = this.resource.id;
    MappingRegistry.of(this).register(this);
  }

  /**
   * Seats the agent in a trunk's queue without a trunk link. The mapping
   * rules then require a link; prefer the `trunk` prop.
   */
  addToTrunkQueue(trunk: IByocTrunk): void {
    this.queueTrunks.push(trunk);
    trunk.queue?.addMember(this.userId, this.modelKey);
  }

  /** Resolves skills and the trunk link into provider resources. */
  finalizeMapping(registry: MappingRegistry): void {
    this.resource.putRoutingSkills(
      this.skills.map((s) => ({
        skillId: resolveId(registry, 'skills', s.skill),
        proficiency: s.proficiency,
      })),
    );
    this.resource.putRoutingLanguages(
      this.languages.map((l) => ({
        languageId: resolveId(registry, 'languages', l.language),
        proficiency: l.proficiency,
      })),
    );
    const trunk =
      typeof this.trunk === 'string'
        ? (registry.trunkById(this.trunk) as IByocTrunk | undefined)
        : this.trunk;
    this.phone = trunk?.attachAgent(this);
    this.linkedTrunk = trunk;
  }

  /** Adds the agent to the model. */
  contributeToModel(builder: ModelBuilderSink): void {
    builder.add('agents', {
      key: this.modelKey,
      path: this.modelKey,
      stack: stackName(this),
      address: addressOf(this.resource),
      name: this.agentName,
      email: this.email,
      state: this.state,
      skills: this.skills.map((s) => ({
        ref: toRef(s.skill),
        proficiency: s.proficiency,
      })),
      languages: this.languages.map((l) => ({
        ref: toRef(l.language),
        proficiency: l.proficiency,
      })),
      ...(this.trunk !== undefined ? { trunk: toRef(this.trunk) } : {}),
      queueTrunks: this.queueTrunks.map((t) => t.modelKey),
      // A value, not a getter: an accessor made every agent node a
      // dictionary-mode object of about a kilobyte.
      source: this.source ?? this.declaredAt?.get(),
    });
  }
}

function resolveId(
  registry: MappingRegistry,
  kind: 'skills' | 'languages',
  ref: ISkill | ILanguage | string,
): string {
  if (typeof ref !== 'string') {
    return 'skillId' in ref ? ref.skillId : ref.languageId;
  }
  const found = registry.findByLiteral(kind, ref) as
    (ISkill & ILanguage) | undefined;
  if (!found) return ref;
  return kind === 'skills' ? found.skillId : found.languageId;
}
