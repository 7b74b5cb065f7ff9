import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, type JsonInput } from './canonical-json.js';

describe('canonicalJson', () => {
  it.each<[string, JsonInput, string]>([
    ['null', null, 'null'],
    ['a boolean', true, 'true'],
    ['an integer', 42, '42'],
    ['a negative fraction', -1.5, '-1.5'],
    ['a string with escapes', 'a"b\\c\n', '"a\\"b\\\\c\\n"'],
    ['Vietnamese text as is', 'Trần Thị Yến', '"Trần Thị Yến"'],
    ['an empty object', {}, '{}'],
    ['an empty array', [], '[]'],
    ['sorted keys', { b: 1, a: 2, C: 3 }, '{"C":3,"a":2,"b":1}'],
    [
      'nested objects sorted',
      { z: { y: 1, x: [2, { b: 1, a: 0 }] } },
      '{"z":{"x":[2,{"a":0,"b":1}],"y":1}}',
    ],
    ['undefined members left out', { a: undefined, b: null }, '{"b":null}'],
    ['keys by code unit, not locale', { é: 1, z: 2, Z: 3 }, '{"Z":3,"z":2,"é":1}'],
  ])('writes %s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('refuses non-finite numbers', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson({ a: Number.POSITIVE_INFINITY })).toThrow(TypeError);
  });

  it('parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value as JsonInput);
        expect(JSON.parse(text)).toStrictEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('does not depend on the order keys were written in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed as JsonInput)).toBe(canonicalJson(record as JsonInput));
      }),
    );
  });

  it('has no whitespace outside strings', () => {
    expect(canonicalJson({ a: [1, 2], b: { c: 'x y' } })).toBe('{"a":[1,2],"b":{"c":"x y"}}');
  });
});
