import { jsonLocator, lineIndex, positionAt } from '../../lib/util/json-text';

describe('lineIndex', () => {
  const text = 'ab\ncd\n\nefg';

  test.each([
    [0, 1, 1],
    [2, 1, 3], // the newline itself ends line 1
    [3, 2, 1],
    [6, 3, 1],
    [7, 4, 1],
    [9, 4, 3],
  ])('offset %i is line %i, column %i', (offset, line, column) => {
    expect(lineIndex(text)(offset)).toEqual({ line, column });
    expect(positionAt(text, offset)).toEqual({ line, column });
  });

  test('places every line of a large text', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `line ${i}`);
    const big = lines.join('\n');
    const at = lineIndex(big);
    let offset = 0;
    lines.forEach((line, i) => {
      if (i % 9_973 === 0) {
        expect(at(offset + 2)).toEqual({ line: i + 1, column: 3 });
      }
      offset += line.length + 1;
    });
  });
});

describe('jsonLocator', () => {
  test('points at the property of a nested value, then its parent', () => {
    const text = '{\n  "a": {\n    "b": [1, 2]\n  }\n}';
    const locate = jsonLocator('f.json', text);
    expect(locate(['a', 'b', 1])).toEqual({
      file: 'f.json',
      line: 3,
      column: 14,
    });
    expect(locate(['a', 'b'])).toEqual({ file: 'f.json', line: 3, column: 5 });
    expect(locate(['a', 'missing'])).toEqual({
      file: 'f.json',
      line: 2,
      column: 3,
    });
  });
});
