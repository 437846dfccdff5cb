import {
  AgentNode,
  AssignmentNode,
  MappingModel,
  ModelObject,
  NamedObject,
  PolicyNode,
  Ref,
  SiteNode,
  TrunkNode,
} from '../model/types';
import { Suppression } from '../validation/suppression';
import {
  AgentLinkFacts,
  AssignmentFacts,
  FactsSource,
  ImportFacts,
  ImportKind,
  MappingFacts,
  PolicyFacts,
  TrunkFacts,
} from './types';

/**
 * The facts block GenesysApp embeds in one stack: everything a reader of
 * the stack's Terraform JSON needs to rebuild the same model, so that the
 * command-line check reports the same findings as synthesis. Output is
 * sorted, so equal apps give equal JSON.
 */
export function factsFromModel(
  model: MappingModel,
  stack: string,
  suppressions: readonly Suppression[],
): MappingFacts {
  const refs = new RefWriter(model, stack);
  const mine = <T extends ModelObject>(list: readonly T[]) =>
    list.filter((o) => o.stack === stack);
  const region = model.stacks.find((s) => s.name === stack)?.orgRegion;
  const all: ModelObject[] = [
    ...mine(model.skills),
    ...mine(model.languages),
    ...mine(model.sites),
    ...mine(model.policies),
    ...mine(model.trunks),
    ...mine(model.agents),
    ...mine(model.assignments),
  ];
  return {
    version: 1,
    organization: region === undefined ? {} : { region },
    policies: sortBy(mine(model.policies).map(policyFacts(refs)), 'name'),
    trunks: sortBy(mine(model.trunks).map(trunkFacts(refs)), 'trunk'),
    agents: sortBy(agentLinks(mine(model.agents), refs), 'user'),
    imports: sortBy(importFacts(model, stack), 'path'),
    assignments: sortBy(mine(model.assignments).map(assignment(refs)), 'path'),
    paths: sortedRecord(
      all.filter((o) => o.address).map((o) => [o.address!, o.path]),
    ),
    sources: sortedRecord(sources(all)),
    // Sorted: which suppression a finding reports does not depend on
    // their order (see validateModel).
    suppressions: suppressions
      .filter((s) => inStack(model, stack, s.path))
      .map(({ path, ruleId, reason }) => ({ path, ruleId, reason }))
      .sort(
        (a, b) =>
          compare(a.path, b.path) ||
          compare(a.ruleId, b.ruleId) ||
          compare(a.reason, b.reason),
      ),
  };
}

/** Writes references: addresses in this stack, construct paths beyond. */
class RefWriter {
  private readonly byKey = new Map<string, ModelObject>();
  private readonly policyNames = new Map<string, number>();

  constructor(
    model: MappingModel,
    private readonly stack: string,
  ) {
    for (const list of [
      model.skills,
      model.languages,
      model.sites,
      model.trunks,
      model.agents,
      model.policies,
    ]) {
      for (const item of list) this.byKey.set(item.key, item);
    }
    for (const policy of model.policies) {
      if (policy.stack !== stack) continue;
      const count = this.policyNames.get(policy.name) ?? 0;
      this.policyNames.set(policy.name, count + 1);
    }
  }

  ref(ref: Ref): string {
    if (ref.kind === 'literal') return ref.value ?? '';
    return this.key(ref.key);
  }

  key(key: string): string {
    const target = this.byKey.get(key);
    if (target?.address && target.stack === this.stack) return target.address;
    return key;
  }

  policy(key: string): string {
    const policy = this.byKey.get(key) as PolicyNode | undefined;
    if (!policy || policy.stack !== this.stack) return key;
    // A name shared by two policies would be ambiguous; use the address.
    if (this.policyNames.get(policy.name) === 1) return policy.name;
    return policy.address ?? key;
  }
}

function policyFacts(refs: RefWriter) {
  return (policy: PolicyNode): PolicyFacts => ({
    name: policy.name,
    ...(policy.address
      ? { skillGroup: policy.address }
      : { path: policy.path }),
    maxAgents: policy.maxAgents,
    requiredSkills: policy.requiredSkills.map((r) => ({
      skill: refs.ref(r.ref),
      minProficiency: r.minProficiency,
    })),
    requiredLanguages: policy.requiredLanguages.map((r) => ({
      language: refs.ref(r.ref),
      minProficiency: r.minProficiency,
    })),
  });
}

function trunkFacts(refs: RefWriter) {
  return (trunk: TrunkNode): TrunkFacts => {
    const existing = !trunk.address;
    return {
      trunk: trunk.address ?? trunk.id ?? trunk.trunkId,
      trunkId: trunk.trunkId,
      ...(existing && trunk.name ? { name: trunk.name } : {}),
      ...(existing ? { path: trunk.path } : {}),
      ...(trunk.policy ? { policy: refs.policy(trunk.policy) } : {}),
      state: trunk.state,
      ...(trunk.regions ? { regions: [...trunk.regions] } : {}),
      ...(trunk.agentCapacity !== undefined
        ? { agentCapacity: trunk.agentCapacity }
        : {}),
      ...(existing && trunk.inboundSite
        ? { inboundSite: refs.ref(trunk.inboundSite) }
        : {}),
    };
  };
}

function agentLinks(agents: AgentNode[], refs: RefWriter): AgentLinkFacts[] {
  const out: AgentLinkFacts[] = [];
  for (const agent of agents) {
    if (!agent.trunk && agent.queueTrunks.length === 0) continue;
    out.push({
      user: agent.address ?? agent.key,
      ...(agent.trunk ? { trunk: refs.ref(agent.trunk) } : {}),
      ...(agent.queueTrunks.length
        ? { queues: agent.queueTrunks.map((key) => refs.key(key)) }
        : {}),
    });
  }
  return out;
}

function importFacts(model: MappingModel, stack: string): ImportFacts[] {
  const out: ImportFacts[] = [];
  const add = (kind: ImportKind, item: NamedObject | SiteNode) => {
    if (item.stack !== stack || item.origin !== 'imported') return;
    const regions = (item as SiteNode).mediaRegions;
    // Lookups by name need no import, unless they bring media regions.
    if (item.address && !regions) return;
    if (!item.address && item.id === undefined) return;
    out.push({
      kind,
      ...(item.address ? { address: item.address } : { id: item.id }),
      ...(item.name !== undefined ? { name: item.name } : {}),
      path: item.path,
      ...(regions ? { mediaRegions: [...regions] } : {}),
    });
  };
  model.skills.forEach((s) => add('skill', s));
  model.languages.forEach((l) => add('language', l));
  model.sites.forEach((s) => add('site', s));
  return out;
}

function assignment(refs: RefWriter) {
  return (node: AssignmentNode): AssignmentFacts => ({
    agent: refs.key(node.agent),
    scheduleId: node.scheduleId,
    ...(node.businessUnitId !== undefined
      ? { businessUnitId: node.businessUnitId }
      : {}),
    ...(node.managementUnitId !== undefined
      ? { managementUnitId: node.managementUnitId }
      : {}),
    ...(node.weekId !== undefined ? { weekId: node.weekId } : {}),
    skills: node.skills.map((s) => ({
      skill: refs.ref(s.ref),
      level: s.level ?? null,
    })),
    ...(node.trunk ? { trunk: refs.ref(node.trunk) } : {}),
    path: node.path,
  });
}

function sources(objects: ModelObject[]): [string, FactsSource][] {
  const out: [string, FactsSource][] = [];
  for (const object of objects) {
    const source = object.source;
    if (!source) continue;
    const { file, line, column } = source;
    out.push([
      object.path,
      { file, line, ...(column === undefined ? {} : { column }) },
    ]);
  }
  return out;
}

/**
 * True when a suppression belongs to the stack: its path is in the stack,
 * or outside every stack (the app itself), which each stack then carries.
 */
function inStack(model: MappingModel, stack: string, path: string): boolean {
  const first = path.split('/')[0];
  if (first === stack) return true;
  return !model.stacks.some((s) => s.name === first);
}

function sortBy<T, K extends keyof T>(items: T[], key: K): T[] {
  return items.sort((a, b) => compare(String(a[key]), String(b[key])));
}

function sortedRecord<V>(entries: [string, V][]): Record<string, V> {
  entries.sort((a, b) => compare(a[0], b[0]));
  const out: Record<string, V> = {};
  for (const [key, value] of entries) out[key] = value;
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
