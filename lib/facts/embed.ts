import * as path from 'path';
import { MappingModel } from '../model/types';
import { Suppression } from '../validation/suppression';
import { factsFromModel } from './from-model';
import { DEFAULT_EMBEDDED_ROOT, MappingFacts } from './types';

/** What embedding needs of a stack; a cdktf TerraformStack fits. */
export interface FactsHost {
  readonly node: { readonly id: string };
}

/**
 * Gives each stack the builder of its mapping facts, for its Terraform
 * JSON to hold at the top-level `"//"` key that Terraform ignores, so that
 * the command-line check can rebuild the model from the synthesized files
 * alone. `place` puts a builder where the stack will call it when it is
 * written: at 50,000 agents the facts are tens of megabytes of objects,
 * better built late and once.
 *
 * `outdir`, the app's output directory, places the stack files; source
 * files in the facts are relative to the working directory, and the
 * facts record where that is from the stack file when it is not the
 * default `../../..`. Default: none recorded.
 */
export function embedFacts<S extends FactsHost>(
  stacks: readonly S[],
  model: MappingModel,
  suppressions: readonly Suppression[],
  place: (stack: S, build: () => MappingFacts) => void,
  outdir?: string,
): void {
  for (const stack of stacks) {
    const root = outdir && rootOf(outdir, stack.node.id);
    place(stack, (): MappingFacts => {
      const facts = factsFromModel(model, stack.node.id, suppressions);
      if (!root) return facts;
      const { version, ...rest } = facts;
      return { version, root, ...rest };
    });
  }
}

/** The working directory as seen from a stack's directory, if unusual. */
function rootOf(outdir: string, stack: string): string | undefined {
  const dir = path.resolve(outdir, 'stacks', stack);
  const root = path.relative(dir, process.cwd()).split(path.sep).join('/');
  return root === DEFAULT_EMBEDDED_ROOT ? undefined : root || '.';
}
