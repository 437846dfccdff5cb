import { Construct, IConstruct } from 'constructs';
import { Lazy, TerraformResource, TerraformStack } from 'cdktf';
import { DeclarationSite } from '../lib/model/source';
import { DEFAULT_MAX_AGENTS } from '../lib/rules/trunk-capacity-exceeded';
import { refuseCredentials } from './credentials';
import { GenesysPropsError, requireText } from './errors';
import { ILanguage, Language } from './language';
import { addressOf, requireLeveledRefs, toRef } from './refs';
import {
  IMappingParticipant,
  MappingRegistry,
  ModelBuilderSink,
  stackName,
} from './registry';
import { ISkill, Skill } from './skill';
import { RoutingSkillGroup } from './provider';

/** A skill a routing policy requires, at a minimum proficiency. */
export interface SkillRequirement {
  /** The skill, or its exact id or name. */
  readonly skill: ISkill | string;
  /** Lowest acceptable proficiency, 0 to 5. */
  readonly minProficiency: number;
}

/** A language a routing policy requires, at a minimum proficiency. */
export interface LanguageRequirement {
  /** The language, or its exact id or name. */
  readonly language: ILanguage | string;
  /** Lowest acceptable proficiency, a whole number from 0 to 5. */
  readonly minProficiency: number;
}

/** Properties of a {@link RoutingPolicy}. */
export interface RoutingPolicyProps {
  /** Policy name; also the name of its skill group. */
  readonly name: string;
  /** Description of the skill group. Default: none. */
  readonly description?: string;
  /** Skills every agent on the trunk needs. Default: none. */
  readonly requiredSkills?: SkillRequirement[];
  /** Languages every agent on the trunk needs. Default: none. */
  readonly requiredLanguages?: LanguageRequirement[];
  /** Most agents one trunk may carry under this policy. Default: 50. */
  readonly maxAgents?: number;
  /** Division of the skill group. Default: the home division. */
  readonly divisionId?: string;
}

/** A routing policy as trunks use it. */
export interface IRoutingPolicy extends IConstruct {
  /** Identity of the policy in the mapping model. */
  readonly modelKey: string;
  /** Policy name; also the name of its skill group. */
  readonly policyName: string;
  /** Genesys id of the policy's skill group (a token until apply). */
  readonly skillGroupId: string;
}

/**
 * What a trunk expects of its agents. Genesys has no trunk policy object,
 * so the policy becomes a `genesyscloud_routing_skill_group` whose skill
 * conditions state the requirements; each trunk that carries the policy
 * routes through a queue that uses this group.
 *
 * The conditions name skills and languages, so the group depends on the
 * skills and languages of its stack that it requires, and Terraform
 * creates them first. Imported ones exist already. Across stacks there is
 * no such dependency: deploy the stack that declares them first.
 */
export class RoutingPolicy
  extends Construct
  implements IRoutingPolicy, IMappingParticipant
{
  /** The generated skill group. */
  readonly skillGroup: RoutingSkillGroup;
  /** Genesys id of the skill group (a token until apply). */
  readonly skillGroupId: string;
  /** Policy name; also the name of its skill group. */
  readonly policyName: string;
  /** Most agents one trunk may carry under this policy. */
  readonly maxAgents: number;
  /** Skills every agent on the trunk needs, as declared. */
  readonly requiredSkills: readonly SkillRequirement[];
  /** Languages every agent on the trunk needs, as declared. */
  readonly requiredLanguages: readonly LanguageRequirement[];
  /** Identity of the policy in the mapping model. */
  readonly modelKey: string;
  private readonly declaredAt = new DeclarationSite();
  private registry?: MappingRegistry;

  constructor(scope: Construct, id: string, props: RoutingPolicyProps) {
    super(scope, id);
    this.modelKey = this.node.path;
    refuseCredentials(this.modelKey, props);
    this.policyName = requireText(this, 'name', props?.name);
    this.maxAgents = props.maxAgents ?? DEFAULT_MAX_AGENTS;
    if (!Number.isInteger(this.maxAgents) || this.maxAgents < 1) {
      throw new GenesysPropsError(
        this.node.path,
        'maxAgents',
        props.maxAgents,
        'a whole number of at least 1',
      );
    }
    this.requiredSkills = requireLeveledRefs<SkillRequirement>(
      this,
      'requiredSkills',
      props.requiredSkills,
      'skill',
      'minProficiency',
      false,
    );
    this.requiredLanguages = requireLeveledRefs<LanguageRequirement>(
      this,
      'requiredLanguages',
      props.requiredLanguages,
      'language',
      'minProficiency',
      true,
    );
    this.skillGroup = new RoutingSkillGroup(this, 'SkillGroup', {
      name: this.policyName,
      description: props.description,
      divisionId: props.divisionId,
      skillConditions: Lazy.stringValue({
        produce: () => this.skillConditions(),
      }),
    });
    this.skillGroupId = this.skillGroup.id;
    MappingRegistry.of(this).register(this);
  }

  /**
   * Remembers the registry used to resolve string references, and makes
   * the skill group depend on the required skills and languages that the
   * stack creates.
   */
  finalizeMapping(registry: MappingRegistry): void {
    this.registry = registry;
    const targets = [
      ...this.requiredSkills.map((r) => resolve(registry, 'skills', r.skill)),
      ...this.requiredLanguages.map((r) =>
        resolve(registry, 'languages', r.language),
      ),
    ];
    const stack = TerraformStack.of(this);
    const addresses = new Set<string>();
    for (const target of targets) {
      const resource = createdResource(target);
      if (resource && TerraformStack.of(resource) === stack) {
        addresses.add(addressOf(resource));
      }
    }
    if (addresses.size > 0) this.skillGroup.dependsOn = [...addresses];
  }

  /** Adds the policy to the model. */
  contributeToModel(builder: ModelBuilderSink): void {
    builder.add('policies', {
      key: this.modelKey,
      path: this.modelKey,
      stack: stackName(this),
      address: addressOf(this.skillGroup),
      name: this.policyName,
      maxAgents: this.maxAgents,
      requiredSkills: this.requiredSkills.map((r) => ({
        ref: toRef(r.skill),
        minProficiency: r.minProficiency,
      })),
      requiredLanguages: this.requiredLanguages.map((r) => ({
        ref: toRef(r.language),
        minProficiency: r.minProficiency,
      })),
      source: this.declaredAt.get(),
    });
  }

  /**
   * The skill-group conditions: every required skill and language at or
   * above its minimum, joined with And. Genesys matches them by name.
   */
  private skillConditions(): string {
    const condition = {
      routingSkillConditions: this.requiredSkills.map((r) => ({
        routingSkill: this.nameOf('skills', r.skill),
        comparator: 'GreaterThanOrEqualTo',
        proficiency: r.minProficiency,
        childConditions: [],
      })),
      languageSkillConditions: this.requiredLanguages.map((r) => ({
        languageSkill: this.nameOf('languages', r.language),
        comparator: 'GreaterThanOrEqualTo',
        proficiency: r.minProficiency,
        childConditions: [],
      })),
      operation: 'And',
    };
    return JSON.stringify([condition]);
  }

  private nameOf(
    kind: 'skills' | 'languages',
    ref: ISkill | ILanguage | string,
  ): string {
    if (typeof ref !== 'string') {
      return 'skillName' in ref ? ref.skillName : ref.languageName;
    }
    return this.registry?.findByLiteral(kind, ref)?.facts.name ?? ref;
  }
}

function resolve(
  registry: MappingRegistry,
  kind: 'skills' | 'languages',
  ref: ISkill | ILanguage | string,
): IConstruct | undefined {
  return typeof ref === 'string' ? registry.findByLiteral(kind, ref) : ref;
}

/** The resource that creates a declared skill or language, if it is one. */
function createdResource(
  target: IConstruct | undefined,
): TerraformResource | undefined {
  if (target instanceof Skill || target instanceof Language) {
    return target.resource;
  }
  return undefined;
}
