import { ModelIndex } from '../model/model-index';
import { Ref } from '../model/types';
import { targetName } from './helpers';
import { EntryOwner, agentOwner, policyOwner } from './owners';
import { FindingDraft, Rule } from './rule';

/** An agent or policy names each skill and language once. */
export const duplicateSkillOrLanguage: Rule = {
  id: 'duplicate-skill-or-language',
  severity: 'error',
  summary:
    'An agent or routing policy lists the same skill or language more ' +
    'than once.',
  rationale:
    "Genesys keys an agent's skills and languages by id: both entries are " +
    'written to the user, and which proficiency Genesys keeps is ' +
    'arbitrary. A routing policy that requires a skill twice states two ' +
    'minimums for it, and only one can be meant.',
  fix:
    'Keep one entry per skill and language, with the proficiency or ' +
    'minimum you mean.',
  suppressible: true,
  scope: ['agent', 'policy'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    for (const agent of index.model.agents) {
      const skills = repeats(index, agent.skills, 'skill');
      const languages = repeats(index, agent.languages, 'language');
      // Most agents list each entry once; build no owner for them.
      if (skills.length === 0 && languages.length === 0) continue;
      const owner = agentOwner(agent);
      for (const r of skills) yield finding(owner, 'skill', r);
      for (const r of languages) yield finding(owner, 'language', r);
    }
    for (const policy of index.model.policies) {
      const owner = policyOwner(policy);
      for (const r of repeats(index, policy.requiredSkills, 'skill')) {
        yield finding(owner, 'skill', r);
      }
      for (const r of repeats(index, policy.requiredLanguages, 'language')) {
        yield finding(owner, 'language', r);
      }
    }
  },
};

/** An entry naming the same target as an earlier entry of its list. */
interface Repeat {
  /** 1-based position of the repeated entry. */
  readonly position: number;
  /** 1-based position of the first entry naming the same target. */
  readonly first: number;
  readonly name: string;
}

/**
 * Entries that resolve to the same skill or language as an earlier one,
 * whether named by construct, exact id or exact name. Unresolvable
 * entries are left to reference-unresolvable.
 */
function repeats(
  index: ModelIndex,
  entries: readonly { readonly ref: Ref }[],
  kind: 'skill' | 'language',
): Repeat[] {
  if (entries.length < 2) return [];
  const seen = new Map<string, number>();
  const out: Repeat[] = [];
  entries.forEach((entry, i) => {
    const res =
      kind === 'skill' ? index.skill(entry.ref) : index.language(entry.ref);
    if (!res.ok) return;
    const first = seen.get(res.target.key);
    if (first === undefined) {
      seen.set(res.target.key, i + 1);
      return;
    }
    const name = targetName(index, entry.ref, res.target);
    out.push({ position: i + 1, first, name });
  });
  return out;
}

function finding(
  owner: EntryOwner,
  kind: 'skill' | 'language',
  r: Repeat,
): FindingDraft {
  return {
    path: owner.path,
    subject: `${owner.key}|${kind}#${r.position}`,
    source: owner.node.source,
    agent: owner.agent,
    [kind]: r.name,
    found: `${kind} ${r.name} at entries ${r.first} and ${r.position}`,
    expected: `one entry for ${kind} ${r.name}`,
    message:
      `${owner.label} lists ${kind} ${r.name} more than once ` +
      `(entries ${r.first} and ${r.position}).`,
    fix:
      `Remove entry ${r.position} and keep one ${kind} ${r.name} entry ` +
      'with the value you mean.',
  };
}
