import fc from 'fast-check';
import { expect, it } from 'vitest';
import { toneMarkCanonical } from './tone-mark.js';
import { nameKey, namesEqual, normalizeName } from './vietnamese-name.js';

// Syllables mixing both tone placements, cases, stray white space and decomposed forms.
const syllables = [
  'Nguyễn', 'Thị', 'Hoà', 'Hòa', 'HOÀ', 'Thuỷ', 'Thủy', 'khoẻ', 'Quý', 'Quỳnh', 'Hoàng',
  'Đức', 'ĐỖ', 'Ngoài', 'Uỷ', 'Xoã', 'Văn', 'An', 'Hoa', 'Hoạ', 'Thuỵ',
]; // prettier-ignore
const name = fc
  .array(
    fc.record({
      syllable: fc.constantFrom(...syllables),
      gap: fc.constantFrom(' ', '  ', '\t', '\u00A0'),
      nfd: fc.boolean(),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) =>
    parts.map((p) => (p.nfd ? p.syllable.normalize('NFD') : p.syllable) + p.gap).join(''),
  );
const marks = (s: string) => [...s.normalize('NFD')].filter((c) => /\p{M}/u.test(c)).sort();

it('normalises names idempotently', () => {
  fc.assert(
    fc.property(name, (n) => {
      expect(normalizeName(normalizeName(n))).toBe(normalizeName(n));
    }),
  );
});

it('builds comparison keys idempotently', () => {
  fc.assert(
    fc.property(name, (n) => {
      expect(nameKey(nameKey(n))).toBe(nameKey(n));
    }),
  );
});

it('moves tone marks without dropping any diacritic', () => {
  fc.assert(
    fc.property(name, fc.constantFrom('old' as const, 'new' as const), (n, style) => {
      expect(marks(toneMarkCanonical(n, style))).toEqual(marks(n));
    }),
  );
});

it('treats both tone placements, any case and any spacing as the same name', () => {
  fc.assert(
    fc.property(name, (n) => {
      expect(namesEqual(toneMarkCanonical(n, 'new').toUpperCase(), `  ${n} `)).toBe(true);
    }),
  );
});

it('converts between the two placements without loss', () => {
  fc.assert(
    fc.property(name, (n) => {
      const old = toneMarkCanonical(n, 'old');
      expect(toneMarkCanonical(toneMarkCanonical(old, 'new'), 'old')).toBe(old);
    }),
  );
});
