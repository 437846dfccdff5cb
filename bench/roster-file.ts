import * as fs from 'fs';
import { BUSINESS_UNIT, OrgSpec, WEEK } from './org';

const HEADER = [
  'email',
  'name',
  'state',
  'skills',
  'languages',
  'trunk',
  'schedule_id',
  'business_unit_id',
  'management_unit_id',
  'week_id',
  'assigned_skills',
  'trunk_association',
];

/**
 * Writes the org's agents as a CSV roster (docs/roster-format.md): the
 * same agents, assignments and planted mistakes, every reference by name.
 */
export function writeRosterCsv(file: string, org: OrgSpec): void {
  const out = fs.openSync(file, 'w');
  let chunk = HEADER.join(',') + '\n';
  for (const a of org.agents) {
    const skills = a.skills.map((s) => {
      const name = typeof s.skill === 'string' ? s.skill : org.skills[s.skill];
      return `${name}:${s.proficiency}`;
    });
    const languages = a.languages.map(
      (l) => `${org.languages[l.language]}:${l.proficiency}`,
    );
    const trunk =
      typeof a.trunk === 'number' ? org.trunks[a.trunk].trunkId : a.trunk;
    const assigned = a.assignedSkills.map(
      (s) => `${org.skills[s.skill]}:${s.level}`,
    );
    const row = [
      a.email,
      a.name,
      a.state,
      skills.join(';'),
      languages.join(';'),
      trunk ?? '',
      a.scheduleId,
      BUSINESS_UNIT,
      a.managementUnitId,
      WEEK,
      assigned.join(';'),
      org.trunks[a.association].trunkId,
    ];
    chunk += row.join(',') + '\n';
    if (chunk.length > 1 << 20) {
      fs.writeSync(out, chunk);
      chunk = '';
    }
  }
  fs.writeSync(out, chunk);
  fs.closeSync(out);
}
