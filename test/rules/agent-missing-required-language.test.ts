import {
  ByocTrunk,
  GenesysCloudStack,
  ILanguage,
  Language,
  RoutingPolicy,
} from '../../constructs';
import { agentMissingRequiredLanguage } from '../../lib/rules/agent-missing-required-language';
import {
  REGION,
  TestApp,
  addAgent,
  addTrunk,
  findingsOf,
  testApp,
} from '../support/app';
import { crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';

const RULE = agentMissingRequiredLanguage.id;
const TRUNK = 'byoc_singapore_english';

/** A trunk whose policy requires `english` (by default the declared one) at 3. */
function englishTrunk(
  fx: TestApp,
  english: ILanguage = fx.languages.english,
): ByocTrunk {
  const policy = new RoutingPolicy(fx.stack, 'EnglishPolicy', {
    name: 'Singapore English line',
    requiredLanguages: [{ language: english, minProficiency: 3 }],
  });
  return addTrunk(fx, TRUNK, { policy });
}

describe('agent-missing-required-language', () => {
  test.each([3, 5])('passes a linked agent with English at %p', (level) => {
    const fx = testApp();
    addAgent(fx, 'Speaker', {
      languages: [{ language: fx.languages.english, proficiency: level }],
      trunk: englishTrunk(fx),
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('flags a linked agent without the language', () => {
    const fx = testApp();
    addAgent(fx, 'Silent', { trunk: englishTrunk(fx) });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'error',
        path: 'apac/Silent',
        agent: { name: 'Agent Silent', email: 'silent@apac.example.com' },
        trunk: TRUNK,
        language: 'English',
        found: 'language missing',
        expected: 'English at proficiency >= 3',
      }),
    ]);
  });

  test('flags a linked agent below the minimum', () => {
    const fx = testApp();
    addAgent(fx, 'Learner', {
      languages: [{ language: 'English', proficiency: 2 }],
      trunk: englishTrunk(fx),
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: 'apac/Learner',
        agent: { name: 'Agent Learner', email: 'learner@apac.example.com' },
        trunk: TRUNK,
        language: 'English',
        found: '2',
        expected: 'English at proficiency >= 3',
      }),
    ]);
  });

  test('passes an agent holding another import of the language by id', () => {
    const fx = testApp();
    const other = new GenesysCloudStack(fx.app, 'shared', { region: REGION });
    const attrs = { languageId: 'lang-mandarin', name: 'Mandarin' };
    const required = Language.fromLanguageAttributes(fx.stack, 'Zh', attrs);
    const held = Language.fromLanguageAttributes(other, 'Zh', attrs);
    addAgent(fx, 'Speaker', {
      languages: [{ language: held, proficiency: 4 }],
      trunk: englishTrunk(fx, required),
    });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(agentMissingRequiredLanguage, degenerateModel())).toEqual(
      [],
    );
  });
});
