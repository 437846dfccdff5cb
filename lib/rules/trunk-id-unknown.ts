import { ModelIndex } from '../model/model-index';
import { Ref } from '../model/types';
import { agentInfo, agentLabel, hasTrunkLink, isSet } from './helpers';
import { nearMisses } from './near-misses';
import { FindingDraft, Rule } from './rule';

/** Trunk links and trunk associations must name a known trunk exactly. */
export const trunkIdUnknown: Rule = {
  id: 'trunk-id-unknown',
  severity: 'error',
  summary:
    'A trunk link or trunk association names a trunk id that no declared ' +
    'or imported trunk has.',
  rationale:
    'Genesys matches trunk ids exactly. An id with a typo, different case ' +
    'or stray spaces points at no trunk, and the assignment is rejected ' +
    'with 400 INVALID_AGENT_TRUNK_MAPPING.',
  fix:
    'Use the exact id of a declared trunk, or import the existing trunk ' +
    'with ByocTrunk.fromTrunkAttributes.',
  suppressible: false,
  scope: ['agent', 'assignment'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    const ids = index.trunkIds();
    // Agents often share one mistyped id; compare each against the trunks
    // once, so the rule stays linear in agents however many trunks exist.
    const known = new Map<string, string[]>();
    const hintsFor = (raw: string) => {
      let hints = known.get(raw);
      if (!hints) known.set(raw, (hints = nearMisses(raw, ids)));
      return hints;
    };
    for (const agent of index.model.agents) {
      if (!agent.trunk || !hasTrunkLink(agent)) continue;
      if (index.trunk(agent.trunk).ok) continue;
      yield finding(index, agent.trunk, hintsFor, {
        path: agent.path,
        subject: agent.key,
        source: agent.source,
        link: agent.linkSource,
        agent: agentInfo(agent),
        what: `Agent ${agentLabel(agent)} has a trunk link`,
      });
    }
    for (const assignment of index.model.assignments) {
      const ref = assignment.trunk;
      if (!isSet(ref)) continue;
      if (index.trunk(ref).ok) continue;
      const agent = index.agent(assignment.agent);
      yield finding(index, ref, hintsFor, {
        path: assignment.path,
        subject: assignment.key,
        source: assignment.source,
        agent: agent ? agentInfo(agent) : undefined,
        what:
          `The assignment on schedule ${assignment.scheduleId} has a ` +
          'trunk association',
      });
    }
  },
};

/** How a finding names the place of a trunk link kept elsewhere. */
const LINK_DECLARED = 'trunk link declared here';

interface Where {
  path: string;
  subject: string;
  source?: FindingDraft['source'];
  /** Where the trunk link was declared, when not at `source`. */
  link?: FindingDraft['source'];
  agent?: FindingDraft['agent'];
  what: string;
}

function finding(
  index: ModelIndex,
  ref: Ref,
  hintsFor: (raw: string) => readonly string[],
  where: Where,
): FindingDraft {
  const value = index.describe(ref);
  const raw = ref.kind === 'literal' ? (ref.value ?? '') : value;
  const hints = hintsFor(raw);
  const hint = hints.length
    ? ` Did you mean ${hints.map((h) => `"${h}"`).join(' or ')}?`
    : '';
  return {
    path: where.path,
    subject: where.subject,
    source: where.source,
    ...(where.link
      ? { related: [{ source: where.link, message: LINK_DECLARED }] }
      : {}),
    agent: where.agent,
    trunk: raw,
    found: value,
    expected: hints.length ? hints.join(' | ') : 'the id of a known trunk',
    message: `${where.what} to ${value}, which no trunk has.${hint}`,
    fix: hints.length
      ? `Change the trunk id to "${hints[0]}" (ids match exactly).`
      : 'Declare a ByocTrunk with this trunk id, or import the existing ' +
        'trunk with ByocTrunk.fromTrunkAttributes.',
  };
}
