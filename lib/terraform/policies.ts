import { PolicyNode } from '../model/types';
import { DEFAULT_MAX_AGENTS } from '../rules/trunk-capacity-exceeded';
import { TfModule } from './module';
import { Workspace } from './workspace';

/** Provider type of the skill group that states a policy. */
export const SKILL_GROUP_TYPE = 'genesyscloud_routing_skill_group';

/** Policy keys by the names a trunk may use for them. */
export class PolicyLookup {
  private readonly local = new Map<TfModule, Map<string, string>>();
  private readonly keys = new Set<string>();

  /** Records a policy of a module under its name and skill group. */
  add(module: TfModule, policy: PolicyNode): void {
    let names = this.local.get(module);
    if (!names) {
      names = new Map();
      this.local.set(module, names);
    }
    names.set(policy.name, policy.key);
    if (policy.address) names.set(policy.address, policy.key);
    this.keys.add(policy.key);
  }

  /**
   * The key of the policy a trunk of `module` names: by name or skill
   * group in the same facts, or by key (construct path) anywhere.
   */
  find(module: TfModule, name: string): string | undefined {
    const local = this.local.get(module)?.get(name);
    if (local !== undefined) return local;
    return this.keys.has(name) ? name : undefined;
  }
}

/** The routing policies the facts of a module declare. */
export function policies(
  ws: Workspace,
  module: TfModule,
  lookup: PolicyLookup,
): PolicyNode[] {
  const resolver = ws.resolver(module);
  return (module.facts?.facts.policies ?? []).map((entry, i) => {
    let key = entry.path ?? `policies/${entry.name}`;
    if (entry.skillGroup !== undefined) {
      const block = module.block(entry.skillGroup);
      if (!block || block.type !== SKILL_GROUP_TYPE) {
        module.failFacts(
          ['policies', i, 'skillGroup'],
          `policies[${i}].skillGroup names no ${SKILL_GROUP_TYPE} ` +
            `("${entry.skillGroup}")`,
        );
      }
      key = block.key;
    }
    ws.addKey(key);
    const node: PolicyNode = {
      key,
      path: key,
      stack: module.stack,
      ...(entry.skillGroup !== undefined ? { address: entry.skillGroup } : {}),
      name: entry.name,
      maxAgents: entry.maxAgents ?? DEFAULT_MAX_AGENTS,
      requiredSkills: (entry.requiredSkills ?? []).map((r) => ({
        ref: resolver.facts(r.skill),
        minProficiency: r.minProficiency,
      })),
      requiredLanguages: (entry.requiredLanguages ?? []).map((r) => ({
        ref: resolver.facts(r.language),
        minProficiency: r.minProficiency,
      })),
      source: module.sources.ofFacts(key, ['policies', i]),
    };
    lookup.add(module, node);
    return node;
  });
}
