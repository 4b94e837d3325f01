import { describe, expect, it } from 'vitest';
import { findDuplicateKeys } from '../../rules/pack/json-duplicate-keys';

describe('findDuplicateKeys', () => {
  it('finds nothing in JSON without duplicates, whatever the strings hold', () => {
    const text = JSON.stringify({ a: 'say "a": 1, "a": 2 {', b: ['a', 'a', { a: 1 }, { a: 2 }], c: { a: { a: 'x\\' } }, 'a\\"b': 1, 'a"b': 2 }, null, 2);
    expect(findDuplicateKeys(text)).toEqual([]);
  });

  it('gives the key, its path through objects and arrays, and its line', () => {
    const text = '{\n  "x": [1, {"k": 1},\n    {"k": 1, "k": 2}],\n  "y": {"z": {}, "z": []}\n}';
    expect(findDuplicateKeys(text)).toEqual([
      { key: 'k', path: ['x', 2, 'k'], line: 3 },
      { key: 'z', path: ['y', 'z'], line: 4 },
    ]);
  });

  it('compares keys as JSON.parse reads them (escapes decoded)', () => {
    expect(findDuplicateKeys('{"id": 1, "\\u0069d": 2}')).toEqual([{ key: 'id', path: ['id'], line: 1 }]);
    expect(findDuplicateKeys('{"a\\\\": 1, "a\\\\": 2}')).toEqual([{ key: 'a\\', path: ['a\\'], line: 1 }]);
  });

  it('treats each object on its own, including objects after nested values and in top-level arrays', () => {
    expect(findDuplicateKeys('[{"a": 1}, {"a": 2}, {"b": {"a": 1}, "a": 1}]')).toEqual([]);
    expect(findDuplicateKeys('[{"a": {"b": [1, {"c": 1}]}, "a": 2}]')).toEqual([{ key: 'a', path: [0, 'a'], line: 1 }]);
  });

  it('stops at the limit', () => {
    const text = '{' + Array.from({ length: 50 }, () => '"a": 1').join(', ') + '}';
    expect(findDuplicateKeys(text, 5)).toHaveLength(5);
  });
});
