import { MappingModel } from '../model/types';
import { Suppression } from '../validation/suppression';
import { factsFromModel } from './from-model';
import { FACTS_KEY, MappingFacts } from './types';

/** What embedding needs of a stack; a cdktf TerraformStack fits. */
export interface FactsHost {
  readonly node: { readonly id: string };
  addOverride(path: string, value: unknown): void;
}

/**
 * Writes each stack's mapping facts into its Terraform JSON, at the
 * top-level `"//"` key that Terraform ignores, so that the command-line
 * check can rebuild the model from the synthesized files alone.
 *
 * `defer` wraps the builder of a stack's facts into the override value.
 * GenesysApp passes a cdktf Lazy: the facts are then built when cdktf
 * writes the stack, instead of being held and deep-merged through its
 * preparation; at 50,000 agents they are tens of megabytes of objects.
 * Default: build them now.
 */
export function embedFacts(
  stacks: readonly FactsHost[],
  model: MappingModel,
  suppressions: readonly Suppression[],
  defer: (build: () => MappingFacts) => unknown = (build) => build(),
): void {
  for (const stack of stacks) {
    const build = () => factsFromModel(model, stack.node.id, suppressions);
    // The override path splits on dots; neither part contains one.
    stack.addOverride(`//.${FACTS_KEY}`, defer(build));
  }
}
