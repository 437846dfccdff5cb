import { ModelIndex } from '../model/model-index';
import { show, validProficiency } from './helpers';
import { EntryOwner, agentOwner, assignmentOwner, policyOwner } from './owners';
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
      const owner = agentOwner(agent);
      for (const [i, e] of agent.skills.entries()) {
        yield* judge(index, owner, 'skill', i, e.ref, e.proficiency);
      }
      for (const [i, e] of agent.languages.entries()) {
        yield* judge(index, owner, 'language', i, e.ref, e.proficiency);
      }
    }
    for (const policy of index.model.policies) {
      const owner = policyOwner(policy);
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
      const owner = assignmentOwner(index, assignment);
      for (const [i, s] of assignment.skills.entries()) {
        yield* judge(index, owner, 'skill', i, s.ref, s.level);
      }
    }
  },
};

function* judge(
  index: ModelIndex,
  owner: EntryOwner,
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
