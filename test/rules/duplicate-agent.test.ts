import { duplicateAgent } from '../../lib/rules/duplicate-agent';
import { addAgent, addShift, findingsOf, testApp } from '../support/app';
import { crashes, ofRule } from '../support/findings';
import { degenerateModel } from '../support/degenerate';

const RULE = duplicateAgent.id;

describe('duplicate-agent', () => {
  test('passes distinct emails, and one agent on two schedules', () => {
    const fx = testApp();
    const agent = addAgent(fx, 'WeiLing');
    addAgent(fx, 'Arjun');
    addShift(fx, agent, 'Week1', { scheduleId: 'schedule_apac_001' });
    addShift(fx, agent, 'Week2', { scheduleId: 'schedule_apac_002' });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([]);
  });

  test.each([
    ['different case', 'WeiLing.Tan@APAC.example.com'],
    ['surrounding spaces', ' weiling.tan@apac.example.com '],
  ])('flags a second declaration of an email with %s', (_how, email) => {
    const fx = testApp();
    addAgent(fx, 'WeiLing', { email: 'weiling.tan@apac.example.com' });
    addAgent(fx, 'WeiLingCopy', { email });

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'error',
        path: 'apac/WeiLingCopy',
        agent: { name: 'Agent WeiLingCopy', email },
        found: 'apac/WeiLingCopy',
        expected: 'one declaration (first at apac/WeiLing)',
      }),
    ]);
  });

  test('flags a second assignment of one agent to the same schedule', () => {
    const fx = testApp();
    const agent = addAgent(fx, 'WeiLing');
    addShift(fx, agent, 'ShiftA');
    addShift(fx, agent, 'ShiftB');

    expect(ofRule(findingsOf(fx.app), RULE)).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        path: 'apac/ShiftB',
        agent: {
          name: 'Agent WeiLing',
          email: 'weiling@apac.example.com',
        },
        found: 'apac/ShiftB',
        expected: 'one assignment (first at apac/ShiftA)',
      }),
    ]);
  });

  test('cannot be suppressed', () => {
    expect(duplicateAgent.suppressible).toBe(false);
  });

  test('does not crash on a degenerate model', () => {
    expect(crashes(duplicateAgent, degenerateModel())).toEqual([]);
  });
});
