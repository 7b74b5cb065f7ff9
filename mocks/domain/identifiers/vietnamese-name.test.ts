import { expect, it } from 'vitest';
import { toneMarkCanonical } from './tone-mark.js';
import { nameKey, namesEqual, normalizeName } from './vietnamese-name.js';

it.each([
  { input: '  Nguyễn   Thị  Hoa ', output: 'Nguyễn Thị Hoa' },
  { input: 'Trần\tVăn\u00A0Nam\n', output: 'Trần Văn Nam' },
  { input: 'Nguye\u0302\u0303n Thi\u0323 Hoa', output: 'Nguyễn Thị Hoa' },
  { input: 'LÊ THỊ HOÀ', output: 'LÊ THỊ HOÀ' },
  { input: 'Hoà', output: 'Hoà' },
])('normalises $input to $output, keeping case, diacritics and tone placement', (row) => {
  expect(normalizeName(row.input)).toBe(row.output);
  expect(normalizeName(row.input)).toBe(row.output.normalize('NFC'));
});

it.each([
  { input: 'Hoà', old: 'Hòa', new: 'Hoà' },
  { input: 'Hòa', old: 'Hòa', new: 'Hoà' },
  { input: 'HOÀ', old: 'HÒA', new: 'HOÀ' },
  { input: 'Khoẻ', old: 'Khỏe', new: 'Khoẻ' },
  { input: 'Thuỷ', old: 'Thủy', new: 'Thuỷ' },
  { input: 'Thụy', old: 'Thụy', new: 'Thuỵ' },
  { input: 'Uỷ', old: 'Ủy', new: 'Uỷ' },
  { input: 'Thoả', old: 'Thỏa', new: 'Thoả' },
  { input: 'Xoã', old: 'Xõa', new: 'Xoã' },
  { input: 'Hoàng', old: 'Hoàng', new: 'Hoàng' },
  { input: 'Quỳnh', old: 'Quỳnh', new: 'Quỳnh' },
  { input: 'Quý', old: 'Quý', new: 'Quý' },
  { input: 'Ngoài', old: 'Ngoài', new: 'Ngoài' },
  { input: 'Hoặc', old: 'Hoặc', new: 'Hoặc' },
  { input: 'Mùa', old: 'Mùa', new: 'Mùa' },
  { input: 'Hoa', old: 'Hoa', new: 'Hoa' },
  { input: 'Khánh Hoà', old: 'Khánh Hòa', new: 'Khánh Hoà' },
])('places the tone of $input as $old (old style) and $new (new style)', (row) => {
  expect(toneMarkCanonical(row.input)).toBe(row.old);
  expect(toneMarkCanonical(row.input, 'new')).toBe(row.new);
});

it.each([
  { a: 'Nguyễn Thị Hoà', b: 'nguyễn  thị hòa', equal: true },
  { a: 'Phạm Thuỷ', b: 'PHẠM THỦY', equal: true },
  { a: 'ĐỖ VĂN ĐỨC', b: 'Đỗ Văn Đức', equal: true },
  { a: '\u00D0ỗ Văn Đức', b: 'Đỗ Văn Đức', equal: true },
  { a: 'Nguye\u0302\u0303n An', b: 'Nguyễn An', equal: true },
  { a: 'Hoa', b: 'Hòa', equal: false },
  { a: 'Nguyễn', b: 'Nguyen', equal: false },
  { a: 'Đức', b: 'Dức', equal: false },
  { a: 'Hoàng', b: 'Hoang', equal: false },
])('compares $a and $b as equal: $equal', ({ a, b, equal }) => {
  expect(namesEqual(a, b)).toBe(equal);
});

it('keeps every diacritic in the comparison key', () => {
  expect(nameKey('  Trần THỊ Thuỷ  ')).toBe('trần thị thủy');
});
