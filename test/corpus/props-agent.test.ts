/** Malformed Agent props: each throws a GenesysPropsError on the prop. */
import { Agent } from '../../constructs';
import { HUGE, MEGABYTE, agent, any, describeCases } from './props-support';

describeCases('Agent props', [
  [
    'Agent without props',
    (o) => new Agent(o.stack, 'Bad', any(undefined as never)),
    'sg/Bad',
    'name',
  ],
  ['Agent name null', (o) => agent(o, { name: null }), 'sg/Bad', 'name'],
  ['Agent name empty', (o) => agent(o, { name: '' }), 'sg/Bad', 'name'],
  [
    'Agent name whitespace',
    (o) => agent(o, { name: ' \t\n ' }),
    'sg/Bad',
    'name',
  ],
  ['Agent name a number', (o) => agent(o, { name: 42 }), 'sg/Bad', 'name'],
  ['Agent name an object', (o) => agent(o, { name: {} }), 'sg/Bad', 'name'],
  ['Agent email empty', (o) => agent(o, { email: '' }), 'sg/Bad', 'email'],
  [
    'Agent email a number',
    (o) => agent(o, { email: 1e308 }),
    'sg/Bad',
    'email',
  ],
  [
    'Agent state wrong case',
    (o) => agent(o, { state: 'ACTIVE' }),
    'sg/Bad',
    'state',
  ],
  ['Agent state empty', (o) => agent(o, { state: '' }), 'sg/Bad', 'state'],
  [
    'Agent skill null',
    (o) => agent(o, { skills: [null] }),
    'sg/Bad',
    'skills[0].skill',
  ],
  [
    'Agent skill blank',
    (o) => agent(o, { skills: [{ skill: ' ', proficiency: 1 }] }),
    'sg/Bad',
    'skills[0].skill',
  ],
  [
    'Agent skills an object',
    (o) => agent(o, { skills: {} }),
    'sg/Bad',
    'skills',
    {},
  ],
  [
    'Agent skills a string',
    (o) => agent(o, { skills: 'sales' }),
    'sg/Bad',
    'skills',
    'sales',
  ],
  [
    'Agent skills a number',
    (o) => agent(o, { skills: 5 }),
    'sg/Bad',
    'skills',
    5,
  ],
  [
    'Agent languages a string',
    (o) => agent(o, { languages: 'English' }),
    'sg/Bad',
    'languages',
    'English',
  ],
  [
    'Agent proficiency NaN',
    (o) => agent(o, { skills: [{ skill: 's', proficiency: NaN }] }),
    'sg/Bad',
    'skills[0].proficiency',
  ],
  [
    'Agent proficiency Infinity',
    (o) => agent(o, { skills: [{ skill: 's', proficiency: Infinity }] }),
    'sg/Bad',
    'skills[0].proficiency',
  ],
  [
    'Agent proficiency 1e308',
    (o) => agent(o, { skills: [{ skill: 's', proficiency: 1e308 }] }),
    'sg/Bad',
    'skills[0].proficiency',
  ],
  [
    'Agent proficiency a string',
    (o) => agent(o, { skills: [{ skill: 's', proficiency: '5' }] }),
    'sg/Bad',
    'skills[0].proficiency',
  ],
  [
    'Agent language decimal',
    (o) => agent(o, { languages: [{ language: 'English', proficiency: 2.5 }] }),
    'sg/Bad',
    'languages[0].proficiency',
  ],
  [
    'Agent language huge',
    (o) =>
      agent(o, { languages: [{ language: 'English', proficiency: HUGE }] }),
    'sg/Bad',
    'languages[0].proficiency',
  ],
  ['Agent trunk empty', (o) => agent(o, { trunk: '' }), 'sg/Bad', 'trunk'],
  ['Agent trunk null', (o) => agent(o, { trunk: null }), 'sg/Bad', 'trunk'],
  ['Agent trunk a number', (o) => agent(o, { trunk: 7 }), 'sg/Bad', 'trunk'],
  [
    'Agent state of 1 MB',
    (o) => agent(o, { state: MEGABYTE }),
    'sg/Bad',
    'state',
    MEGABYTE,
  ],
]);
