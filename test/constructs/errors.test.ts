import { Construct } from 'constructs';
import {
  GenesysConstructError,
  GenesysPropsError,
  requireList,
} from '../../constructs';
import { isLibraryError } from '../../lib/util/library-error';
import { capText, renderValue } from '../../lib/util/render-value';
import { newApp, singapore } from './harness';

describe('renderValue', () => {
  test.each([
    ['a string', 'sales', '"sales"'],
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
    ['NaN', NaN, 'NaN'],
    ['-Infinity', -Infinity, '-Infinity'],
    ['a bigint', BigInt(7), '7'],
    ['an object', { skill: 's' }, '{"skill":"s"}'],
    ['a function', function pick() {}, '[function pick]'],
    ['a null-prototype cycle', cycle(), '[object Object]'],
  ])('shows %s', (_name, value, shown) => {
    expect(renderValue(value)).toBe(shown);
  });

  test('cuts a long string and notes its length', () => {
    expect(renderValue('x'.repeat(100), 10)).toBe(
      '"xxxxxxxxxx"… (100 characters)',
    );
  });

  test('cuts long JSON and notes its length', () => {
    expect(renderValue([1, 2, 3, 4, 5, 6], 5)).toBe('[1,2,… (13 characters)');
  });

  test('never splits a surrogate pair', () => {
    expect(capText('ab\u{1F4DE}cd', 3)).toBe('ab… (6 characters)');
  });

  test('a construct shows as its path', () => {
    const { app } = newApp();
    const { stack } = singapore(app);
    expect(renderValue(new Construct(stack, 'Thing'))).toBe('sg/Thing');
  });
});

describe('library errors', () => {
  test('name the construct, the problem and the fix', () => {
    const error = new GenesysConstructError(
      'sg/Ana',
      'was created late.',
      'create it earlier.',
    );
    expect(error.message).toBe(
      'sg/Ana: was created late. Fix: create it earlier.',
    );
    expect(isLibraryError(error)).toBe(true);
    expect(isLibraryError(new Error('other'))).toBe(false);
    expect(isLibraryError('text')).toBe(false);
  });

  test('requireList copies arrays and treats null as empty', () => {
    const { app } = newApp();
    const { stack } = singapore(app);
    const items = [1, 2];
    const copy = requireList(stack, 'items', items, 'numbers');
    expect(copy).toEqual(items);
    expect(copy).not.toBe(items);
    expect(requireList(stack, 'items', null, 'numbers')).toEqual([]);
    expect(() => requireList(stack, 'items', 'ab', 'numbers')).toThrow(
      new GenesysPropsError('sg', 'items', 'ab', 'a list (array) of numbers'),
    );
  });

  test('a construct created after synthesis started is refused', () => {
    const { app } = newApp();
    const { stack } = singapore(app);
    app.synth();
    expect(() => singapore(app, 'late')).toThrow(
      expect.objectContaining({
        name: 'GenesysConstructError',
        constructPath: 'late/Site',
      }),
    );
    expect(stack.node.path).toBe('sg');
  });
});

function cycle(): object {
  const node = Object.create(null) as Record<string, unknown>;
  node.self = node;
  return node;
}
