import * as path from 'path';
import { MappingModel } from '../model/types';
import { Suppression } from '../validation/suppression';
import { factsFromModel } from './from-model';
import { DEFAULT_EMBEDDED_ROOT, FACTS_KEY, MappingFacts } from './types';

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
 *
 * `outdir`, the app's output directory, places the stack files; source
 * files in the facts are relative to the working directory, and the
 * facts record where that is from the stack file when it is not the
 * default `../../..`. Default: none recorded.
 */
export function embedFacts(
  stacks: readonly FactsHost[],
  model: MappingModel,
  suppressions: readonly Suppression[],
  defer: (build: () => MappingFacts) => unknown = (build) => build(),
  outdir?: string,
): void {
  for (const stack of stacks) {
    const root = outdir && rootOf(outdir, stack.node.id);
    const build = (): MappingFacts => {
      const facts = factsFromModel(model, stack.node.id, suppressions);
      if (!root) return facts;
      const { version, ...rest } = facts;
      return { version, root, ...rest };
    };
    // The override path splits on dots; neither part contains one.
    stack.addOverride(`//.${FACTS_KEY}`, defer(build));
  }
}

/** The working directory as seen from a stack's directory, if unusual. */
function rootOf(outdir: string, stack: string): string | undefined {
  const dir = path.resolve(outdir, 'stacks', stack);
  const root = path.relative(dir, process.cwd()).split(path.sep).join('/');
  return root === DEFAULT_EMBEDDED_ROOT ? undefined : root || '.';
}
