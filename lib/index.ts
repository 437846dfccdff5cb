export * from './model/types';
export { ModelIndex } from './model/model-index';
export * from './rules';
export { META_RULES } from './validation/meta-rules';
export * from './validation/engine';
export * from './validation/finding';
export * from './validation/suppression';
export * from './report';
export * from './terraform/provider-schema';
export * from './terraform/schema-conformance';
export * from './wfm/payload';
export * from './facts/types';
export { factsFromModel } from './facts/from-model';
export { readFactsFile } from './facts/read';
export {
  TerraformModel,
  TerraformModelOptions,
  modelFromJson,
  modelFromTerraformFiles,
} from './terraform/model-from-json';
export { CliIo, runCli } from './cli/run';
export { InputError, InputPlace } from './util/input-error';
