import { emptyModel } from '../../lib/model/types';
import { renderText } from '../../lib/report';
import { validateModel } from '../../lib/validation/engine';
import { sampleInput } from './fixtures';

const ANSI = /\u001b\[/;

describe('renderText', () => {
  const text = renderText(sampleInput(), { color: false });

  test('lists a heading per rule with findings, in rule order', () => {
    const input = sampleInput();
    const active = new Set(
      input.result.findings.filter((f) => !f.suppressed).map((f) => f.ruleId),
    );
    const ids = input.result.rules
      .map((rule) => rule.id)
      .filter((id) => active.has(id));
    const headings = text.split('\n').filter((line) => /^[a-z]/.test(line));
    expect(headings.map((line) => line.split(/\s+/)[0])).toEqual(ids);
    expect(headings).toContainEqual(
      expect.stringMatching(/^trunk-id-unknown\s+error\s+1 finding$/),
    );
    expect(headings).toContainEqual(
      expect.stringMatching(/^unused-suppression\s+warning\s+1 finding$/),
    );
  });

  test('shows path, source, found, needed and fix of a finding', () => {
    const bob = block(text, 'trunk-id-unknown');
    expect(bob).toContain('at App/Stack/Bob');
    expect(bob).toMatch(/^\s+src\/agents\.ts:12$/m);
    expect(bob).toMatch(/^\s+trunk link declared here: policy\.yaml:7:5$/m);
    expect(bob).toContain('found: "trunk-l"');
    expect(bob).toContain('needed: trunk-1 | trunk-2');
    expect(bob).toMatch(/fix: .*"trunk-1"/);

    const dan = block(text, 'agent-without-trunk-link');
    expect(dan).toContain('at App/Stack/Dan');
    expect(dan).toContain('src/roster dir/agents.csv:4:7');
  });

  test('omits the source line when the source is unknown', () => {
    const eve = block(text, 'proficiency-out-of-range');
    expect(eve).toContain('at App/Stack/Eve');
    expect(eve).not.toMatch(/:\d+(:\d+)?$/m);
  });

  test('lists suppressed findings apart, with path and reason', () => {
    const [active, suppressed] = text.split(/^Suppressed$/m);
    expect(active).not.toContain('trunk-inactive');
    expect(suppressed).toContain('trunk-inactive');
    expect(suppressed).toContain('App/Stack/TrunkTwo');
    expect(suppressed).toContain('Trunk is being migrated this week');
  });

  test('ends with the counts of findings and of the model', () => {
    const last = text.trimEnd().split('\n').pop();
    expect(last).toBe(
      '3 errors, 1 warning, 1 suppressed in 5 agents, 2 trunks',
    );
  });

  test('says in report-only mode that errors did not fail', () => {
    const reportOnly = renderText(sampleInput({ reportOnly: true }), {
      color: false,
    });
    expect(reportOnly).toMatch(/report-only/i);
    expect(text).not.toMatch(/report-only/i);
  });

  test('uses ANSI colours only when asked to', () => {
    expect(text).not.toMatch(ANSI);
    const colored = renderText(sampleInput(), { color: true });
    expect(colored).toMatch(ANSI);
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(text);
  });

  test('prints one success line with the counts when nothing is found', () => {
    const model = {
      ...emptyModel(),
      agents: sampleInput().model.agents.slice(0, 1),
      trunks: sampleInput().model.trunks.slice(0, 1),
    };
    const clean = renderText(
      { model, result: validateModel(model), reportOnly: false },
      { color: false },
    );
    expect(clean.trimEnd().split('\n')).toHaveLength(1);
    expect(clean).toContain('1 agent, 1 trunk');
  });
});

/** The lines of one rule's block, up to the next blank-line heading. */
function block(text: string, ruleId: string): string {
  const start = text.indexOf(`${ruleId} `);
  const end = text.indexOf('\n\n', text.indexOf('fix:', start));
  return text.slice(start, end === -1 ? undefined : end);
}
