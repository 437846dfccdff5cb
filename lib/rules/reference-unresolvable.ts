import { ModelIndex, Resolution } from '../model/model-index';
import { NamedObject, Ref } from '../model/types';
import { EntryOwner, agentOwner, assignmentOwner, policyOwner } from './owners';
import { FindingDraft, Rule } from './rule';

/** Every skill and language reference must name a known object. */
export const referenceUnresolvable: Rule = {
  id: 'reference-unresolvable',
  severity: 'error',
  summary: 'A skill or language reference is empty, null or unresolvable.',
  rationale:
    'Genesys rejects a routing skill or language with a null or unknown ' +
    'id; bulk WFM updates fail as a whole when one skill id is null.',
  fix:
    'Reference a Skill or Language construct, or the exact id or name of ' +
    'one declared or imported in the app.',
  suppressible: false,
  scope: ['agent', 'policy', 'assignment'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    const skill = (ref: Ref) => index.skill(ref);
    const language = (ref: Ref) => index.language(ref);
    for (const agent of index.model.agents) {
      // Most agents resolve; skip building their owner and generators.
      if (
        allResolve(agent.skills, skill) &&
        allResolve(agent.languages, language)
      ) {
        continue;
      }
      const owner = agentOwner(agent);
      yield* scan(agent.skills, 'skill', skill, owner, index);
      yield* scan(agent.languages, 'language', language, owner, index);
    }
    for (const policy of index.model.policies) {
      const owner = policyOwner(policy);
      yield* scan(policy.requiredSkills, 'skill', skill, owner, index);
      yield* scan(policy.requiredLanguages, 'language', language, owner, index);
    }
    for (const assignment of index.model.assignments) {
      if (allResolve(assignment.skills, skill)) continue;
      const owner = assignmentOwner(index, assignment);
      yield* scan(assignment.skills, 'skill', skill, owner, index);
    }
  },
};

function allResolve(
  entries: readonly { ref: Ref }[],
  resolve: (ref: Ref) => Resolution<NamedObject>,
): boolean {
  for (const entry of entries) if (!resolve(entry.ref).ok) return false;
  return true;
}

function* scan(
  entries: readonly { ref: Ref }[],
  kind: 'skill' | 'language',
  resolve: (ref: Ref) => Resolution<NamedObject>,
  owner: EntryOwner,
  index: ModelIndex,
): Iterable<FindingDraft> {
  let position = 0;
  for (const entry of entries) {
    position++;
    const result = resolve(entry.ref);
    if (result.ok) continue;
    const value = index.describe(entry.ref);
    const empty = result.reason === 'empty';
    yield {
      path: owner.path,
      subject: `${owner.key}|${kind}#${position}`,
      source: owner.node.source,
      agent: owner.agent,
      [kind]: value,
      found: value,
      expected: `a declared or imported ${kind}`,
      message: empty
        ? `${owner.label} has a ${kind} reference that is ${value}.`
        : `${owner.label} references ${kind} ${value}, which no declared ` +
          `or imported ${kind} has as its id or name.`,
      fix: empty
        ? `Set the ${kind} to a ${kind === 'skill' ? 'Skill' : 'Language'} ` +
          'construct or an exact id; never leave it empty or null.'
        : `Declare the ${kind}, import it by name or id, or correct the ` +
          'reference.',
    };
  }
}
