import { ModelIndex } from '../model/model-index';
import { SourceLocation } from '../model/types';
import { agentInfo, agentLabel, show, validProficiency } from './helpers';
import { FindingDraft, Rule } from './rule';

export { MAX_PROFICIENCY, MIN_PROFICIENCY, validProficiency } from './helpers';

/** Proficiencies and levels must lie within 0 to 5. */
export const proficiencyOutOfRange: Rule = {
  id: 'proficiency-out-of-range',
  severity: 'error',
  summary:
    'A proficiency or level is outside 0 to 5 (languages: whole numbers ' +
    'only).',
  rationale:
    'Genesys stores skill proficiency as a number from 0 to 5 and language ' +
    'proficiency as a whole number from 0 to 5; anything else is rejected ' +
    'by the API.',
  fix: 'Use a number from 0 to 5; for languages, a whole number.',
  suppressible: false,
  scope: ['agent', 'policy', 'assignment'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    for (const agent of index.model.agents) {
      // Most agents are valid; skip building their owner and generators.
      if (
        agent.skills.every((e) => validProficiency(e.proficiency, 'skill')) &&
        agent.languages.every((e) =>
          validProficiency(e.proficiency, 'language'),
        )
      ) {
        continue;
      }
      const owner = {
        path: agent.path,
        key: agent.key,
        node: agent,
        agent: agentInfo(agent),
        label: `Agent ${agentLabel(agent)}`,
      };
      for (const [i, e] of agent.skills.entries()) {
        yield* judge(index, owner, 'skill', i, e.ref, e.proficiency);
      }
      for (const [i, e] of agent.languages.entries()) {
        yield* judge(index, owner, 'language', i, e.ref, e.proficiency);
      }
    }
    for (const policy of index.model.policies) {
      const owner = {
        path: policy.path,
        key: policy.key,
        node: policy,
        label: `Routing policy ${policy.name}`,
      };
      for (const [i, r] of policy.requiredSkills.entries()) {
        yield* judge(index, owner, 'skill', i, r.ref, r.minProficiency);
      }
      for (const [i, r] of policy.requiredLanguages.entries()) {
        yield* judge(index, owner, 'language', i, r.ref, r.minProficiency);
      }
    }
    for (const assignment of index.model.assignments) {
      if (assignment.skills.every((s) => validProficiency(s.level, 'skill'))) {
        continue;
      }
      const agent = index.agent(assignment.agent);
      const owner = {
        path: assignment.path,
        key: assignment.key,
        node: assignment,
        agent: agent ? agentInfo(agent) : undefined,
        label: `The assignment on schedule ${assignment.scheduleId}`,
      };
      for (const [i, s] of assignment.skills.entries()) {
        yield* judge(index, owner, 'skill', i, s.ref, s.level);
      }
    }
  },
};

interface Owner {
  path: string;
  key: string;
  /** The judged object; its source is read only for a finding. */
  node: { readonly source?: SourceLocation };
  agent?: FindingDraft['agent'];
  label: string;
}

function* judge(
  index: ModelIndex,
  owner: Owner,
  kind: 'skill' | 'language',
  /** Position of the entry in its list, for a unique subject. */
  position: number,
  ref: Parameters<ModelIndex['describe']>[0],
  value: unknown,
): Iterable<FindingDraft> {
  if (validProficiency(value, kind)) return;
  const name = index.describe(ref);
  const expected =
    kind === 'skill' ? 'a number from 0 to 5' : 'a whole number from 0 to 5';
  yield {
    path: owner.path,
    subject: `${owner.key}|${kind}#${position + 1}`,
    source: owner.node.source,
    agent: owner.agent,
    [kind]: name,
    found: show(value),
    expected,
    message:
      `${owner.label} gives ${kind} ${name} proficiency ${show(value)}; ` +
      `it must be ${expected}.`,
    fix: `Set the ${kind} ${name} proficiency to ${expected}.`,
  };
}
