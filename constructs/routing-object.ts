import { Construct } from 'constructs';
import { DeclarationSite } from '../lib/model/source';
import { NamedObject, Origin } from '../lib/model/types';
import {
  IMappingParticipant,
  MappingRegistry,
  ModelBuilderSink,
  stackName,
} from './registry';

/** Facts about a skill, language or site known at synth time. */
export interface RoutingObjectFacts {
  /** Model collection the object belongs to. */
  readonly kind: 'skills' | 'languages' | 'sites';
  readonly origin: Origin;
  /** Display name, when known at synth time. */
  readonly name?: string;
  /** Genesys id, when known at synth time. */
  readonly id?: string;
}

/**
 * Base of the skill, language and site constructs: registers the object
 * with the app's mapping registry and describes it to the model.
 */
export abstract class RoutingObject
  extends Construct
  implements IMappingParticipant
{
  /** Identity of the object in the mapping model. */
  readonly modelKey: string;
  protected readonly declaredAt = new DeclarationSite();

  protected constructor(
    scope: Construct,
    id: string,
    readonly facts: RoutingObjectFacts,
  ) {
    super(scope, id);
    this.modelKey = this.node.path;
    MappingRegistry.of(this).register(this);
  }

  /** Terraform address of the main resource or lookup, if any. */
  protected abstract get address(): string | undefined;

  /** The model node of this object. */
  protected describe(): NamedObject {
    const address = this.address;
    return {
      ...(address ? { address } : {}),
      key: this.modelKey,
      path: this.modelKey,
      stack: stackName(this),
      origin: this.facts.origin,
      ...(this.facts.name !== undefined ? { name: this.facts.name } : {}),
      ...(this.facts.id !== undefined ? { id: this.facts.id } : {}),
      source: this.declaredAt.get(),
    };
  }

  /** Adds the object to the model. */
  abstract contributeToModel(builder: ModelBuilderSink): void;
}
