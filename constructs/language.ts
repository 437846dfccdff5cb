import { Construct, IConstruct } from 'constructs';
import { refuseCredentials } from './credentials';
import { requireText } from './errors';
import { ModelBuilderSink } from './registry';
import { addressOf } from './refs';
import { RoutingObject } from './routing-object';
import { DataGenesyscloudRoutingLanguage, RoutingLanguage } from './provider';

/** A routing language, declared in the app or imported. */
export interface ILanguage extends IConstruct {
  /** Genesys id of the language (a token until apply for declared languages). */
  readonly languageId: string;
  /** Name of the language; skill-group conditions match languages by name. */
  readonly languageName: string;
  /** Identity of the language in the mapping model. */
  readonly modelKey: string;
}

/** Properties of a {@link Language}. */
export interface LanguageProps {
  /** Language name, unique in the organization. */
  readonly name: string;
}

/** Attributes of an existing language, for {@link Language.fromLanguageAttributes}. */
export interface LanguageAttributes {
  /** Exact Genesys id of the language. */
  readonly languageId: string;
  /** Exact name of the language. */
  readonly name: string;
}

/** A `genesyscloud_routing_language` managed by the app. */
export class Language extends RoutingObject implements ILanguage {
  /** Imports an existing language by name, through a data source. */
  static fromLanguageName(
    scope: Construct,
    id: string,
    name: string,
  ): ILanguage {
    return new ImportedLanguage(scope, id, { name });
  }

  /** Imports an existing language by its exact id and name. */
  static fromLanguageAttributes(
    scope: Construct,
    id: string,
    attrs: LanguageAttributes,
  ): ILanguage {
    return new ImportedLanguage(scope, id, attrs);
  }

  /** The generated provider resource. */
  readonly resource: RoutingLanguage;
  /** Genesys id of the language (a token until apply). */
  readonly languageId: string;
  /** Name of the language. */
  readonly languageName: string;

  constructor(scope: Construct, id: string, props: LanguageProps) {
    super(scope, id, {
      kind: 'languages',
      origin: 'declared',
      name: props?.name,
    });
    refuseCredentials(this.node.path, props);
    const name = requireText(this, 'name', props?.name);
    this.resource = new RoutingLanguage(this, 'Resource', { name });
    this.languageId = this.resource.id;
    this.languageName = name;
  }

  protected get address(): string {
    return addressOf(this.resource);
  }

  /** Adds the language to the model. */
  contributeToModel(builder: ModelBuilderSink): void {
    builder.add('languages', this.describe());
  }
}

class ImportedLanguage extends RoutingObject implements ILanguage {
  readonly languageId: string;
  private lookup?: DataGenesyscloudRoutingLanguage;

  protected get address(): string | undefined {
    return this.lookup ? addressOf(this.lookup) : undefined;
  }
  readonly languageName: string;

  constructor(
    scope: Construct,
    id: string,
    attrs: { name: string; languageId?: string },
  ) {
    super(scope, id, {
      kind: 'languages',
      origin: 'imported',
      name: attrs?.name,
      id: attrs?.languageId,
    });
    refuseCredentials(this.node.path, attrs);
    this.languageName = requireText(this, 'name', attrs?.name);
    if (attrs?.languageId !== undefined) {
      this.languageId = requireText(this, 'languageId', attrs.languageId);
    } else {
      const lookup = (this.lookup = new DataGenesyscloudRoutingLanguage(
        this,
        'Lookup',
        {
          name: this.languageName,
        },
      ));
      this.languageId = lookup.id;
    }
  }

  contributeToModel(builder: ModelBuilderSink): void {
    builder.add('languages', this.describe());
  }
}
