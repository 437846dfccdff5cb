import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../schemas/mapping-facts.schema.json';
import { JsonPath } from '../util/json-text';
import { MappingFacts } from './types';

/** One way a facts document breaks the schema, and where. */
export interface FactsProblem {
  /** Path of the offending value inside the facts document. */
  readonly path: JsonPath;
  readonly message: string;
}

let validator: ValidateFunction | undefined;

/**
 * Problems of a facts document: the JSON Schema first, then what a schema
 * cannot say (policy names are unique). Empty when the document is valid.
 */
export function factsProblems(value: unknown): FactsProblem[] {
  validator ??= new Ajv({ allErrors: true }).compile(schema);
  if (!validator(value)) return (validator.errors ?? []).map(toProblem);
  return crossChecks(value as MappingFacts);
}

/** `trunks[0].state` for a path, for messages. */
export function dottedPath(path: JsonPath): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(step)) out += out ? `.${step}` : step;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out || '(top level)';
}

function toProblem(error: ErrorObject): FactsProblem {
  const path: (string | number)[] = error.instancePath
    .split('/')
    .slice(1)
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const name = String(params.additionalProperty);
    return { path: [...path, name], message: `unknown property "${name}"` };
  }
  if (error.keyword === 'enum') {
    const allowed = (params.allowedValues as unknown[]).join(', ');
    return { path, message: `must be one of ${allowed}` };
  }
  if (error.keyword === 'anyOf') {
    return { path, message: 'needs an "id" or an "address"' };
  }
  return { path, message: error.message ?? 'is invalid' };
}

function crossChecks(facts: MappingFacts): FactsProblem[] {
  const problems: FactsProblem[] = [];
  const names = new Set<string>();
  (facts.policies ?? []).forEach((policy, i) => {
    if (names.has(policy.name)) {
      problems.push({
        path: ['policies', i, 'name'],
        message: `policy name "${policy.name}" is used twice`,
      });
    }
    names.add(policy.name);
  });
  return problems;
}
