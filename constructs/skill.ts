import { Construct, IConstruct } from 'constructs';
import { refuseCredentials } from './credentials';
import { requireText } from './errors';
import { ModelBuilderSink } from './registry';
import { addressOf } from './refs';
import { RoutingObject } from './routing-object';
import { DataGenesyscloudRoutingSkill, RoutingSkill } from './provider';

/** A routing skill, declared in the app or imported. */
export interface ISkill extends IConstruct {
  /** Genesys id of the skill (a token until apply for declared skills). */
  readonly skillId: string;
  /** Name of the skill; skill-group conditions match skills by name. */
  readonly skillName: string;
  /** Identity of the skill in the mapping model. */
  readonly modelKey: string;
}

/** Properties of a {@link Skill}. */
export interface SkillProps {
  /** Skill name, unique in the organization. */
  readonly name: string;
}

/** Attributes of an existing skill, for {@link Skill.fromSkillAttributes}. */
export interface SkillAttributes {
  /** Exact Genesys id of the skill. */
  readonly skillId: string;
  /** Exact name of the skill. */
  readonly name: string;
}

/** A `genesyscloud_routing_skill` managed by the app. */
export class Skill extends RoutingObject implements ISkill {
  /** Imports an existing skill by name, through a data source. */
  static fromSkillName(scope: Construct, id: string, name: string): ISkill {
    return new ImportedSkill(scope, id, { name });
  }

  /** Imports an existing skill by its exact id and name. */
  static fromSkillAttributes(
    scope: Construct,
    id: string,
    attrs: SkillAttributes,
  ): ISkill {
    return new ImportedSkill(scope, id, attrs);
  }

  /** The generated provider resource. */
  readonly resource: RoutingSkill;
  /** Genesys id of the skill (a token until apply). */
  readonly skillId: string;
  /** Name of the skill. */
  readonly skillName: string;

  constructor(scope: Construct, id: string, props: SkillProps) {
    super(scope, id, { kind: 'skills', origin: 'declared', name: props?.name });
    refuseCredentials(this.node.path, props);
    const name = requireText(this, 'name', props?.name);
    this.resource = new RoutingSkill(this, 'Resource', { name });
    this.skillId = this.resource.id;
    this.skillName = name;
  }

  protected get address(): string {
    return addressOf(this.resource);
  }

  /** Adds the skill to the model. */
  contributeToModel(builder: ModelBuilderSink): void {
    builder.add('skills', this.describe());
  }
}

class ImportedSkill extends RoutingObject implements ISkill {
  readonly skillId: string;
  private lookup?: DataGenesyscloudRoutingSkill;

  protected get address(): string | undefined {
    return this.lookup ? addressOf(this.lookup) : undefined;
  }
  readonly skillName: string;

  constructor(
    scope: Construct,
    id: string,
    attrs: { name: string; skillId?: string },
  ) {
    super(scope, id, {
      kind: 'skills',
      origin: 'imported',
      name: attrs?.name,
      id: attrs?.skillId,
    });
    refuseCredentials(this.node.path, attrs);
    this.skillName = requireText(this, 'name', attrs?.name);
    if (attrs?.skillId !== undefined) {
      this.skillId = requireText(this, 'skillId', attrs.skillId);
    } else {
      const lookup = (this.lookup = new DataGenesyscloudRoutingSkill(
        this,
        'Lookup',
        {
          name: this.skillName,
        },
      ));
      this.skillId = lookup.id;
    }
  }

  contributeToModel(builder: ModelBuilderSink): void {
    builder.add('skills', this.describe());
  }
}
