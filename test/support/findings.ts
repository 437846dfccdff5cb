/** Small queries over findings, shared by the rule tests. */
import { MappingModel } from '../../lib/model/types';
import { Rule } from '../../lib/rules/rule';
import { validateModel } from '../../lib/validation/engine';
import { Finding } from '../../lib/validation/finding';

/** The findings of one rule. */
export function ofRule(
  findings: readonly Finding[],
  ruleId: string,
): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

/** The rule ids of the findings, in report order. */
export function ruleIds(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.ruleId);
}

/** Runs only `rule` over the model and returns its findings. */
export function check(rule: Rule, model: MappingModel): Finding[] {
  return [...validateModel(model, { rules: [rule] }).findings];
}

/** The `rule-crashed` findings of running only `rule` over the model. */
export function crashes(rule: Rule, model: MappingModel): Finding[] {
  return ofRule(check(rule, model), 'rule-crashed');
}
