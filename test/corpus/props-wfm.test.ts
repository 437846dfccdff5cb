/** Malformed WfmAssignment props: each throws a GenesysPropsError. */
import { describeCases, assignment } from './props-support';

describeCases('WfmAssignment props', [
  [
    'WfmAssignment agent a string',
    (o) => assignment(o, { agent: 'weiling' }),
    'sg/Bad',
    'agent',
    'weiling',
  ],
  [
    'WfmAssignment agent a site',
    (o) => assignment(o, { agent: o.site }),
    'sg/Bad',
    'agent',
  ],
  [
    'WfmAssignment without agent',
    (o) => assignment(o, { agent: undefined }),
    'sg/Bad',
    'agent',
    undefined,
  ],
  [
    'WfmAssignment businessUnitId empty',
    (o) => assignment(o, { businessUnitId: '' }),
    'sg/Bad',
    'businessUnitId',
  ],
  [
    'WfmAssignment managementUnitId null',
    (o) => assignment(o, { managementUnitId: null }),
    'sg/Bad',
    'managementUnitId',
  ],
  [
    'WfmAssignment scheduleId whitespace',
    (o) => assignment(o, { scheduleId: '  ' }),
    'sg/Bad',
    'scheduleId',
  ],
  [
    'WfmAssignment weekId not a date',
    (o) => assignment(o, { weekId: '2026-1-7' }),
    'sg/Bad',
    'weekId',
    '2026-1-7',
  ],
  [
    'WfmAssignment weekId zero-width',
    (o) => assignment(o, { weekId: '2026-12-07\u200b' }),
    'sg/Bad',
    'weekId',
    '2026-12-07\u200b',
  ],
  [
    'WfmAssignment level NaN',
    (o) => assignment(o, { skills: [{ skill: 's', level: NaN }] }),
    'sg/Bad',
    'skills[0].level',
  ],
  [
    'WfmAssignment skills an object',
    (o) => assignment(o, { skills: { skill: 's', level: 3 } }),
    'sg/Bad',
    'skills',
    { skill: 's', level: 3 },
  ],
  [
    'WfmAssignment trunk empty',
    (o) => assignment(o, { trunk: '' }),
    'sg/Bad',
    'trunk',
  ],
]);
