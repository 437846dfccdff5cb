/**
 * The benchmark figures the READMEs quote are those of
 * bench/results/latest.json, rendered by the code that renders a run, so
 * a new run that is not quoted, or a figure edited by hand, fails here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Results, renderResults } from '../../bench/table';
import { fencedBlock } from '../support/markdown';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const results = JSON.parse(read('bench/results/latest.json')) as Results & {
  summaries: unknown;
  targets: unknown;
};
const rendered = renderResults(results);

describe('bench/results/latest.json', () => {
  test('holds the summaries and target checks of its own runs', () => {
    expect(JSON.parse(JSON.stringify(rendered.summaries))).toEqual(
      results.summaries,
    );
    expect(JSON.parse(JSON.stringify(rendered.targets))).toEqual(
      results.targets,
    );
  });
});

describe('the quoted figures', () => {
  test('bench/README.md shows the whole rendering of latest.json', () => {
    const marker = '<!-- bench: latest -->';
    const shown = fencedBlock(
      read('bench/README.md'),
      marker,
      'bench/README.md',
    );
    expect(`${shown}\n`).toBe(rendered.text);
  });

  test('README.md shows its targets and the machine', () => {
    const marker = '<!-- readme: bench -->';
    const shown = fencedBlock(read('README.md'), marker, 'README.md');
    const from = rendered.text.indexOf('targets:');
    expect(`${shown}\n`).toBe(rendered.text.slice(from));
  });
});
