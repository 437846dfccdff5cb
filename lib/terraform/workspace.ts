import { LoadedFacts, checkFacts } from '../facts/read';
import { FACTS_KEY } from '../facts/types';
import { jsonLocator } from '../util/json-text';
import { TfFile, isObject } from './inputs';
import { TfModule } from './module';
import { ModuleLookup, Resolver } from './refs';

/** Types whose blocks are model objects, which facts may name by path. */
const MODEL_TYPES = [
  'genesyscloud_routing_skill',
  'genesyscloud_routing_language',
  'genesyscloud_telephony_providers_edges_site',
  'genesyscloud_telephony_providers_edges_trunkbasesettings',
  'genesyscloud_routing_skill_group',
  'genesyscloud_user',
];

/**
 * Stack name of the module of files that cdktf did not write: named after
 * the file `genesyscloud_tf_export` writes, whatever the files are called.
 */
export const EXPORT_STACK = 'genesyscloud';

/**
 * The modules being checked together, the keys they declare and the
 * warnings met while reading them. cdktf stacks are one module each, with
 * the facts GenesysApp embedded; every other file belongs to one export
 * module, which the policy file's facts describe.
 */
export class Workspace implements ModuleLookup {
  readonly modules: readonly TfModule[];
  /** Warnings for the user: facts that name nothing, ignored files. */
  readonly notes: string[] = [];
  private readonly extraKeys = new Set<string>();
  private paths?: Set<string>;
  private readonly resolvers = new Map<TfModule, Resolver>();
  private readonly byStack = new Map<string, TfModule>();
  private readonly interned = new Map<string, string>();

  constructor(files: readonly TfFile[], policy?: LoadedFacts) {
    this.modules = groupModules(files, policy, this.notes);
    for (const module of this.modules) {
      if (!this.byStack.has(module.stack)) {
        this.byStack.set(module.stack, module);
      }
    }
  }

  /** The resolver of a module. */
  resolver(module: TfModule): Resolver {
    let resolver = this.resolvers.get(module);
    if (!resolver) {
      resolver = new Resolver(module, this);
      this.resolvers.set(module, resolver);
    }
    return resolver;
  }

  module(stack: string): { module: TfModule; resolver: Resolver } | undefined {
    const module = this.byStack.get(stack);
    return module && { module, resolver: this.resolver(module) };
  }

  hasKey(key: string): boolean {
    if (this.extraKeys.has(key)) return true;
    // Addresses are looked up per module. Other keys are construct paths,
    // which always hold a slash: other strings need no table.
    if (!key.includes('/')) return false;
    if (!this.paths) {
      this.paths = new Set();
      for (const module of this.modules) {
        for (const path of module.pathKeys(MODEL_TYPES)) this.paths.add(path);
      }
    }
    return this.paths.has(key);
  }

  /**
   * One string for all equal keys of skills, languages, sites and trunks,
   * and of the references to them: the rules look such keys up hundreds
   * of thousands of times, and equal strings that are one string compare
   * without reading their characters.
   */
  intern(key: string): string {
    const known = this.interned.get(key);
    if (known !== undefined) return known;
    this.interned.set(key, key);
    return key;
  }

  /** Records a key that only the facts declare, such as an import. */
  addKey(key: string): void {
    this.extraKeys.add(key);
  }
}

function groupModules(
  files: readonly TfFile[],
  policy: LoadedFacts | undefined,
  notes: string[],
): TfModule[] {
  const stacks = new Map<string, TfFile[]>();
  const plain: TfFile[] = [];
  for (const file of files) {
    const stack = stackName(file);
    if (stack === undefined) {
      plain.push(file);
      continue;
    }
    const list = stacks.get(stack);
    if (list) list.push(file);
    else stacks.set(stack, [file]);
  }
  const modules: TfModule[] = [];
  for (const [stack, list] of stacks) {
    const embedded = list.map(embeddedFacts).find((f) => f !== undefined);
    if (policy && embedded) {
      notes.push(
        `${policy.file} was not applied to stack ${stack}, which carries ` +
          'its own mapping facts.',
      );
    }
    const facts = embedded ?? policy;
    modules.push(new TfModule(stack, list, facts, embedded !== undefined));
  }
  if (plain.length > 0) {
    modules.push(new TfModule(EXPORT_STACK, plain, policy, false));
  }
  return modules;
}

/** The cdktf stack a file was synthesized for, if it was. */
function stackName(file: TfFile): string | undefined {
  const meta = file.json['//'];
  if (!isObject(meta)) return undefined;
  const name = isObject(meta.metadata) ? meta.metadata.stackName : undefined;
  if (typeof name === 'string') return name;
  return meta[FACTS_KEY] !== undefined ? EXPORT_STACK : undefined;
}

function embeddedFacts(file: TfFile): LoadedFacts | undefined {
  const meta = file.json['//'];
  const value = isObject(meta) ? meta[FACTS_KEY] : undefined;
  if (value === undefined) return undefined;
  const locate = jsonLocator(file.file, file.text);
  return {
    ...checkFacts(value, file.file, (inner) =>
      locate(['//', FACTS_KEY, ...inner]),
    ),
    absolute: file.absolute,
  };
}
