import { MappingModel } from '../model/types';
import { Suppression } from '../validation/suppression';
import { factsFromModel } from './from-model';
import { FACTS_KEY } from './types';

/** What embedding needs of a stack; a cdktf TerraformStack fits. */
export interface FactsHost {
  readonly node: { readonly id: string };
  addOverride(path: string, value: unknown): void;
}

/**
 * Writes each stack's mapping facts into its Terraform JSON, at the
 * top-level `"//"` key that Terraform ignores, so that the command-line
 * check can rebuild the model from the synthesized files alone.
 */
export function embedFacts(
  stacks: readonly FactsHost[],
  model: MappingModel,
  suppressions: readonly Suppression[],
): void {
  for (const stack of stacks) {
    const facts = factsFromModel(model, stack.node.id, suppressions);
    // The override path splits on dots; neither part contains one.
    stack.addOverride(`//.${FACTS_KEY}`, facts);
  }
}
