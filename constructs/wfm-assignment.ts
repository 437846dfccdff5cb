import { Construct } from 'constructs';
import { DeclarationSite } from '../lib/model/source';
import { SourceLocation } from '../lib/model/types';
import { PendingAssignment } from '../lib/wfm/payload';
import { IAgent } from './agent';
import { IByocTrunk } from './byoc-trunk';
import { refuseCredentials } from './credentials';
import { GenesysPropsError, requireText } from './errors';
import { checkRef, requireLeveledRefs, toRef } from './refs';
import {
  IMappingParticipant,
  MappingRegistry,
  ModelBuilderSink,
  stackName,
} from './registry';
import { ISkill } from './skill';
import { WfmBatches } from './wfm-batches';

/** A skill an assignment schedules the agent for, at a level. */
export interface WfmSkillLevel {
  /** The skill, or its exact id or name. */
  readonly skill: ISkill | string;
  /** Level from 0 to 5; at most the agent's proficiency. */
  readonly level: number;
}

/** Properties of a {@link WfmAssignment}. */
export interface WfmAssignmentProps {
  /** The agent to place on the schedule: an {@link Agent}. */
  readonly agent: IAgent;
  /** WFM business unit id. */
  readonly businessUnitId: string;
  /** WFM management unit id; at most 1,500 agents per unit. */
  readonly managementUnitId: string;
  /** Schedule id, for example `schedule_apac_001`. */
  readonly scheduleId: string;
  /** First day of the schedule week, `YYYY-MM-DD`. Default: none. */
  readonly weekId?: string;
  /** Skills scheduled, each at a level. Default: none. */
  readonly skills?: WfmSkillLevel[];
  /**
   * Trunk the shift's calls arrive on: a trunk construct or the exact id
   * of a declared or imported trunk. Must match the agent's trunk link.
   * Default: none.
   */
  readonly trunk?: IByocTrunk | string;
  /** Where it was declared, for findings. Default: the `new` call. */
  readonly source?: SourceLocation;
}

/**
 * An agent placed on a WFM schedule with skill levels and a trunk
 * association. The provider has no WFM scheduling resources, so the app
 * writes the bulk payload beside the stack and records each batch of 50
 * agents as a `terraform_data` resource that plan shows when it changes.
 */
export class WfmAssignment extends Construct implements IMappingParticipant {
  /** The agent placed on the schedule. */
  readonly agent: IAgent;
  /** Schedule id. */
  readonly scheduleId: string;
  /** WFM business unit id. */
  readonly businessUnitId: string;
  /** WFM management unit id. */
  readonly managementUnitId: string;
  /** First day of the schedule week, `YYYY-MM-DD`, if given. */
  readonly weekId?: string;
  /** Skills scheduled, each at a level, as declared. */
  readonly skills: readonly WfmSkillLevel[];
  /** Trunk association as declared: a trunk construct or a trunk id. */
  readonly trunk?: IByocTrunk | string;
  /** Identity of the assignment in the mapping model. */
  readonly modelKey: string;
  /** Payload entries are built after agents and trunks have linked. */
  readonly finalizePhase = 2;
  private readonly declaredAt?: DeclarationSite;
  private readonly source?: SourceLocation;

  constructor(scope: Construct, id: string, props: WfmAssignmentProps) {
    super(scope, id);
    this.modelKey = this.node.path;
    refuseCredentials(this.modelKey, props);
    if (!isAgent(props?.agent)) {
      throw new GenesysPropsError(
        this.node.path,
        'agent',
        props?.agent,
        'an Agent construct',
      );
    }
    this.agent = props.agent;
    this.businessUnitId = requireText(
      this,
      'businessUnitId',
      props.businessUnitId,
    );
    this.managementUnitId = requireText(
      this,
      'managementUnitId',
      props.managementUnitId,
    );
    this.scheduleId = requireText(this, 'scheduleId', props.scheduleId);
    if (props.weekId !== undefined) {
      this.weekId = requireText(
        this,
        'weekId',
        props.weekId,
        'a date YYYY-MM-DD',
      );
      if (!/^\d{4}-\d{2}-\d{2}$/.test(this.weekId)) {
        throw new GenesysPropsError(
          this.node.path,
          'weekId',
          props.weekId,
          'a date YYYY-MM-DD',
        );
      }
    }
    this.skills = requireLeveledRefs<WfmSkillLevel>(
      this,
      'skills',
      props.skills,
      'skill',
      'level',
      false,
    );
    if (props.trunk !== undefined) checkRef(this, 'trunk', props.trunk);
    this.trunk = props.trunk;
    this.source = props.source;
    if (!props.source) this.declaredAt = new DeclarationSite();
    MappingRegistry.of(this).register(this);
  }

  /** Hands the resolved payload entry to the stack's WFM batches. */
  finalizeMapping(registry: MappingRegistry): void {
    const trunk =
      typeof this.trunk === 'string'
        ? ((registry.trunkById(this.trunk) as IByocTrunk | undefined)
            ?.associationId ?? this.trunk)
        : this.trunk?.associationId;
    const pending: PendingAssignment = {
      order: `${this.agent.modelKey}\u0000${this.modelKey}`,
      businessUnitId: this.businessUnitId,
      managementUnitId: this.managementUnitId,
      scheduleId: this.scheduleId,
      ...(this.weekId !== undefined ? { weekId: this.weekId } : {}),
      agent: {
        agent_id: this.agent.userId,
        schedule_id: this.scheduleId,
        assignments: this.skills.map((s) => ({
          skill_id: resolveSkillId(registry, s.skill),
          level: s.level,
          ...(trunk !== undefined ? { trunk_association: trunk } : {}),
        })),
      },
    };
    WfmBatches.of(this).add(pending, this.agent);
  }

  /** Adds the assignment to the model. */
  contributeToModel(builder: ModelBuilderSink): void {
    builder.add('assignments', {
      key: this.modelKey,
      path: this.modelKey,
      stack: stackName(this),
      agent: this.agent.modelKey,
      scheduleId: this.scheduleId,
      businessUnitId: this.businessUnitId,
      managementUnitId: this.managementUnitId,
      ...(this.weekId !== undefined ? { weekId: this.weekId } : {}),
      skills: this.skills.map((s) => ({ ref: toRef(s.skill), level: s.level })),
      ...(this.trunk !== undefined ? { trunk: toRef(this.trunk) } : {}),
      source: this.source ?? this.declaredAt?.get(),
    });
  }
}

function resolveSkillId(
  registry: MappingRegistry,
  ref: ISkill | string,
): string {
  if (typeof ref !== 'string') return ref.skillId;
  const found = registry.findByLiteral('skills', ref) as ISkill | undefined;
  return found?.skillId ?? ref;
}

/**
 * True for an agent of the mapping model: a construct with the identity
 * and user id an {@link Agent} has.
 */
function isAgent(value: unknown): value is IAgent {
  if (value === null || typeof value !== 'object') return false;
  const agent = value as Partial<IAgent>;
  return (
    Construct.isConstruct(value) &&
    typeof agent.modelKey === 'string' &&
    typeof agent.userId === 'string' &&
    typeof agent.email === 'string'
  );
}
