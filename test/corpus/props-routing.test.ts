/**
 * Malformed RoutingPolicy, Skill and Language props, and arguments of
 * their importers: each throws a GenesysPropsError on the prop.
 */
import { Language, Skill } from '../../constructs';
import { any, describeCases, policy } from './props-support';

describeCases('RoutingPolicy props', [
  [
    'RoutingPolicy name empty',
    (o) => policy(o, { name: '' }),
    'sg/Bad',
    'name',
  ],
  [
    'RoutingPolicy name an array',
    (o) => policy(o, { name: ['Sales'] }),
    'sg/Bad',
    'name',
  ],
  [
    'RoutingPolicy maxAgents 0',
    (o) => policy(o, { maxAgents: 0 }),
    'sg/Bad',
    'maxAgents',
  ],
  [
    'RoutingPolicy maxAgents NaN',
    (o) => policy(o, { maxAgents: NaN }),
    'sg/Bad',
    'maxAgents',
  ],
  [
    'RoutingPolicy maxAgents Infinity',
    (o) => policy(o, { maxAgents: Infinity }),
    'sg/Bad',
    'maxAgents',
  ],
  [
    'RoutingPolicy skill minimum 6',
    (o) => policy(o, { requiredSkills: [{ skill: 's', minProficiency: 6 }] }),
    'sg/Bad',
    'requiredSkills[0].minProficiency',
  ],
  [
    'RoutingPolicy skill missing',
    (o) => policy(o, { requiredSkills: [{ minProficiency: 3 }] }),
    'sg/Bad',
    'requiredSkills[0].skill',
  ],
  [
    'RoutingPolicy requiredSkills an object',
    (o) => policy(o, { requiredSkills: { skill: 's', minProficiency: 3 } }),
    'sg/Bad',
    'requiredSkills',
    { skill: 's', minProficiency: 3 },
  ],
  [
    'RoutingPolicy requiredSkills a string',
    (o) => policy(o, { requiredSkills: 'skill_inbound_sales' }),
    'sg/Bad',
    'requiredSkills',
    'skill_inbound_sales',
  ],
  [
    'RoutingPolicy requiredLanguages a string',
    (o) => policy(o, { requiredLanguages: 'English' }),
    'sg/Bad',
    'requiredLanguages',
    'English',
  ],
  [
    'RoutingPolicy language decimal',
    (o) =>
      policy(o, {
        requiredLanguages: [{ language: 'English', minProficiency: 3.5 }],
      }),
    'sg/Bad',
    'requiredLanguages[0].minProficiency',
  ],
]);

describeCases('Skill and Language props', [
  [
    'Skill name empty',
    (o) => new Skill(o.stack, 'Bad', { name: '' }),
    'sg/Bad',
    'name',
  ],
  [
    'Skill without props',
    (o) => new Skill(o.stack, 'Bad', any(undefined as never)),
    'sg/Bad',
    'name',
  ],
  [
    'Skill.fromSkillName blank',
    (o) => Skill.fromSkillName(o.stack, 'Bad', ' '),
    'sg/Bad',
    'name',
  ],
  [
    'Skill.fromSkillAttributes id blank',
    (o) =>
      Skill.fromSkillAttributes(o.stack, 'Bad', { skillId: '\n', name: 'S' }),
    'sg/Bad',
    'skillId',
  ],
  [
    'Skill.fromSkillAttributes name null',
    (o) =>
      Skill.fromSkillAttributes(
        o.stack,
        'Bad',
        any({ skillId: 'id', name: null }),
      ),
    'sg/Bad',
    'name',
  ],
  [
    'Skill.fromSkillAttributes without attrs',
    (o) => Skill.fromSkillAttributes(o.stack, 'Bad', any(undefined as never)),
    'sg/Bad',
    'name',
  ],
  [
    'Language name whitespace',
    (o) => new Language(o.stack, 'Bad', { name: '\u3000' }),
    'sg/Bad',
    'name',
  ],
  [
    'Language.fromLanguageName empty',
    (o) => Language.fromLanguageName(o.stack, 'Bad', ''),
    'sg/Bad',
    'name',
  ],
  [
    'Language.fromLanguageAttributes id a number',
    (o) =>
      Language.fromLanguageAttributes(
        o.stack,
        'Bad',
        any({ languageId: 5, name: 'L' }),
      ),
    'sg/Bad',
    'languageId',
    5,
  ],
]);
