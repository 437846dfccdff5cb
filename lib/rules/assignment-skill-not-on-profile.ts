import { ModelIndex } from '../model/model-index';
import { AssignmentNode } from '../model/types';
import {
  agentInfo,
  agentLabel,
  isNumber,
  isSet,
  resolvedProficiencies,
  targetName,
  trunkIdOf,
} from './helpers';
import { FindingDraft, Rule } from './rule';

/** A WFM assignment may only schedule skills the agent holds. */
export const assignmentSkillNotOnProfile: Rule = {
  id: 'assignment-skill-not-on-profile',
  severity: 'error',
  summary:
    "A WFM assignment gives a skill the agent's profile lacks, or a level " +
    "above the agent's proficiency.",
  rationale:
    'WFM schedules an agent for a skill at a level; Genesys verifies the ' +
    'profile holds that skill at that level or higher, and rejects the ' +
    'bulk assignment otherwise.',
  fix:
    "Add the skill to the agent's profile at the assigned level or " +
    'higher, or lower the level in the assignment.',
  suppressible: true,
  scope: ['assignment'],
  *check(index: ModelIndex): Iterable<FindingDraft> {
    const assignments = index.model.assignments;
    const agents = index.assignmentAgents();
    for (let at = 0; at < assignments.length; at++) {
      const assignment = assignments[at];
      const agent = agents[at];
      if (!agent || assignment.skills.length === 0) continue;
      const held = resolvedProficiencies(index, agent.skills, 'skill');
      const trunk = associatedTrunk(index, assignment);
      for (let i = 0; i < assignment.skills.length; i++) {
        const entry = assignment.skills[i];
        const skill = index.skill(entry.ref);
        if (!skill.ok || !isNumber(entry.level)) continue;
        const name = targetName(index, entry.ref, skill.target);
        const level = held.get(skill.target.key);
        const missing = !held.has(skill.target.key);
        if (!missing && (!isNumber(level) || level >= entry.level)) continue;
        yield {
          path: assignment.path,
          subject: `${assignment.key}|${skill.target.key}#${i + 1}`,
          source: assignment.source,
          agent: agentInfo(agent),
          trunk,
          skill: name,
          found: missing ? 'skill missing' : String(level),
          expected: `${name} at proficiency >= ${entry.level}`,
          message: missing
            ? `The assignment of ${agentLabel(agent)} on schedule ` +
              `${assignment.scheduleId} gives skill ${name} at level ` +
              `${entry.level}, but the agent's profile lacks the skill.`
            : `The assignment of ${agentLabel(agent)} on schedule ` +
              `${assignment.scheduleId} gives skill ${name} at level ` +
              `${entry.level}, above the agent's proficiency ${level}.`,
          fix: missing
            ? `Add ${name} to the agent at proficiency ${entry.level} or ` +
              'higher, or drop it from the assignment.'
            : `Raise the agent's ${name} proficiency to ${entry.level}, or ` +
              `assign level ${level}.`,
        };
      }
    }
  },
};

/** The trunk id of the assignment's trunk association, if it has one. */
function associatedTrunk(
  index: ModelIndex,
  assignment: AssignmentNode,
): string | undefined {
  const ref = assignment.trunk;
  return isSet(ref) ? trunkIdOf(index, ref) : undefined;
}
