import { ByocTrunk, RoutingPolicy } from '../../constructs';
import { agentMissingRequiredLanguage } from '../../lib/rules/agent-missing-required-language';
import {
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

/** A trunk whose policy requires English at 3 or more. */
function englishTrunk(fx: TestApp): ByocTrunk {
  const policy = new RoutingPolicy(fx.stack, 'EnglishPolicy', {
    name: 'Singapore English line',
    requiredLanguages: [{ language: fx.languages.english, minProficiency: 3 }],
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
        path: 'apac/Learner',
        language: 'English',
        found: '2',
        expected: 'English at proficiency >= 3',
      }),
    ]);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(agentMissingRequiredLanguage, degenerateModel())).toEqual(
      [],
    );
  });
});
