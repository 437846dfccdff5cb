import { TerraformStack } from 'cdktf';
import { MappingModel, StackNode } from '../lib/model/types';
import { GenesysCloudStack, REGION_ENVIRONMENT } from './genesys-stack';
import { Collections, MappingRegistry } from './registry';

/** Builds the mapping model of an app from its registry. */
export function buildModel(registry: MappingRegistry): MappingModel {
  const collections: { [K in keyof Collections]: Collections[K][] } = {
    skills: [],
    languages: [],
    sites: [],
    policies: [],
    trunks: [],
    agents: [],
    assignments: [],
  };
  const sink = {
    add<K extends keyof Collections>(kind: K, node: Collections[K]) {
      collections[kind].push(node);
    },
  };
  const stacks = new Map<string, StackNode>();
  for (const participant of registry.participants) {
    participant.contributeToModel(sink);
    const stack = TerraformStack.of(participant);
    if (!stacks.has(stack.node.id)) {
      stacks.set(stack.node.id, describeStack(stack));
    }
  }
  return { stacks: [...stacks.values()], ...collections };
}

function describeStack(stack: TerraformStack): StackNode {
  const declared =
    stack instanceof GenesysCloudStack ? stack.region : undefined;
  const orgRegion = declared ?? process.env[REGION_ENVIRONMENT];
  return { name: stack.node.id, ...(orgRegion ? { orgRegion } : {}) };
}
