import { LoadedFacts } from '../facts/read';
import { MappingModel, SiteNode, StackNode } from '../model/types';
import { Suppression } from '../validation/suppression';
import { LoadedPayload } from '../wfm/read-payload';
import { UserLookup, agents } from './agents';
import { assignments } from './assignments';
import { TfFile, isObject, readTerraformInputs } from './inputs';
import { trunkTies } from './links';
import { TfModule } from './module';
import { namedObjects } from './named-objects';
import { PolicyLookup, policies } from './policies';
import { trunks } from './trunks';
import { Workspace } from './workspace';

/** Environment variable of the organization's region. */
export const REGION_VARIABLE = 'GENESYSCLOUD_REGION';

/** Options of {@link modelFromJson}. */
export interface TerraformModelOptions {
  /**
   * Facts for files that carry none of their own, such as an export.
   * Default: none (no policies; links come from WebRTC phones).
   */
  readonly policy?: LoadedFacts;
  /** WFM payload files, for stacks whose facts list no assignments. */
  readonly payloads?: readonly LoadedPayload[];
  /** Region of the organization; wins over every other source. */
  readonly region?: string;
  /** Environment to read GENESYSCLOUD_REGION from. Default: none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A model rebuilt from Terraform JSON, ready for validateModel. */
export interface TerraformModel {
  readonly model: MappingModel;
  /** The facts' suppressions, in the order they apply. */
  readonly suppressions: readonly Suppression[];
  /** Warnings for the user about facts or files that were not used. */
  readonly notes: readonly string[];
}

/**
 * Reads Terraform JSON files and directories (resolved against `cwd`)
 * and builds the mapping model; see {@link modelFromJson}.
 */
export function modelFromTerraformFiles(
  inputs: readonly string[],
  options: TerraformModelOptions & { readonly cwd?: string } = {},
): TerraformModel {
  return modelFromJson(readTerraformInputs(inputs, options.cwd), options);
}

/**
 * Builds the mapping model of parsed Terraform JSON: a `cdk.tf.json` with
 * the facts GenesysApp embedded, giving the same model synthesis checked,
 * or an export described by a policy file. Time and memory grow linearly
 * with the number of blocks.
 */
export function modelFromJson(
  files: readonly TfFile[],
  options: TerraformModelOptions = {},
): TerraformModel {
  const ws = new Workspace(files, options.policy);
  const each = <T>(build: (module: TfModule) => T[]): T[] =>
    ws.modules.flatMap(build);

  // Kinds are built in dependency order across all modules, so facts may
  // refer to objects of other stacks by construct path.
  const skills = each((m) => namedObjects(ws, m, 'skill'));
  const languages = each((m) => namedObjects(ws, m, 'language'));
  const sites: SiteNode[] = each((m) => namedObjects(ws, m, 'site'));
  const lookup = new PolicyLookup();
  const policyNodes = each((m) => policies(ws, m, lookup));
  const queues = new Map<string, string>();
  const trunkNodes = each((m) => trunks(ws, m, lookup, queues));
  const ties = trunkTies(ws, trunkNodes, sites, queues);
  const users = new UserLookup(ws);
  const agentNodes = agents(ws, users, trunkNodes, ties);
  const assignmentNodes = assignments(ws, users, options.payloads ?? []);

  return {
    model: {
      stacks: ws.modules.map((m) => stackNode(m, options)),
      skills,
      languages,
      sites,
      policies: policyNodes,
      trunks: trunkNodes,
      agents: agentNodes,
      assignments: assignmentNodes,
    },
    suppressions: suppressionsOf(ws.modules),
    notes: ws.notes,
  };
}

/**
 * The region a stack's trunks must serve: the option, else the facts,
 * else the provider's `aws_region`, else GENESYSCLOUD_REGION.
 */
function stackNode(
  module: TfModule,
  options: TerraformModelOptions,
): StackNode {
  const region =
    options.region ||
    module.facts?.facts.organization?.region ||
    providerRegion(module) ||
    options.env?.[REGION_VARIABLE];
  return { name: module.stack, ...(region ? { orgRegion: region } : {}) };
}

function providerRegion(module: TfModule): string | undefined {
  for (const file of module.files) {
    const providers = file.json.provider;
    const config = isObject(providers) ? providers.genesyscloud : undefined;
    const list = Array.isArray(config) ? config : [config];
    for (const entry of list) {
      if (!isObject(entry) || entry.alias !== undefined) continue;
      const region = entry.aws_region;
      if (typeof region === 'string' && !region.includes('${')) return region;
    }
  }
  return undefined;
}

/**
 * Suppressions of every module. App-wide ones appear in each stack's
 * facts; a copy already taken from an earlier stack is dropped, while
 * repeats within one stack stay: synthesis saw them twice too.
 */
function suppressionsOf(modules: readonly TfModule[]): Suppression[] {
  const earlier = new Set<string>();
  const out: Suppression[] = [];
  for (const module of modules) {
    const mine: string[] = [];
    for (const s of module.facts?.facts.suppressions ?? []) {
      const id = JSON.stringify([s.path, s.ruleId, s.reason]);
      mine.push(id);
      if (earlier.has(id)) continue;
      out.push({ path: s.path, ruleId: s.ruleId, reason: s.reason });
    }
    for (const id of mine) earlier.add(id);
  }
  return out;
}
