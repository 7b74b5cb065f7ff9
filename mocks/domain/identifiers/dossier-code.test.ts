import { expect, it } from 'vitest';
import type { Result } from '../../../contracts/result.js';
import type { DossierCodeExpectations, DossierCodeParts } from './dossier-code.js';
import {
  createDossierCodeFormat,
  generateDossierCode,
  parseDossierCode,
  validateDossierCode,
} from './dossier-code.js';
import type { IdentifierError } from './errors.js';

const codeOf = (r: Result<unknown, IdentifierError>) => (r.ok ? 'OK' : r.error.code);
const group = '000.00.00.H38-260915-0007';

it.each([
  { value: group, code: 'OK' },
  ...['KS', 'TT', 'BHYT', 'CC', 'KT', 'XTT', 'MT', 'TU'].map((leg) => ({
    value: `${group}-${leg}`,
    code: 'OK',
  })),
  { value: `${group}-XX`, code: 'DOSSIER_CODE_UNKNOWN_LEG' },
  { value: `${group}-ks`, code: 'DOSSIER_CODE_FORMAT' },
  { value: `${group}-`, code: 'DOSSIER_CODE_FORMAT' },
  { value: '000.00.00.H38-260915-007', code: 'DOSSIER_CODE_FORMAT' },
  { value: '000.00.00.H38-20260915-0007', code: 'DOSSIER_CODE_FORMAT' },
  { value: 'H38-260915-0007', code: 'DOSSIER_CODE_FORMAT' },
  { value: '000.00.00.H38-260231-0007', code: 'DOSSIER_CODE_INVALID_DATE' },
  { value: '000.00.00.H38-261301-0007', code: 'DOSSIER_CODE_INVALID_DATE' },
  { value: '000.00.00.H38-260915-0000', code: 'DOSSIER_CODE_SEQUENCE_ZERO' },
])('validates $value as $code', ({ value, code }) => {
  expect(codeOf(validateDossierCode(value))).toBe(code);
});

it('parses a leg code into agency, date, sequence, leg and group code', () => {
  expect(parseDossierCode(`${group}-BHYT`)).toEqual({
    ok: true,
    value: { agency: '000.00.00.H38', date: '2026-09-15', seq: 7, leg: 'BHYT', groupCode: group },
  });
});

it('parses a group code without a leg', () => {
  const parsed = parseDossierCode(group);
  expect(parsed.ok && parsed.value).toEqual({
    agency: '000.00.00.H38',
    date: '2026-09-15',
    seq: 7,
    groupCode: group,
  });
});

it.each<{ value: string; expected: DossierCodeExpectations; code: string }>([
  { value: `${group}-KS`, expected: { leg: 'KS', groupCode: group }, code: 'OK' },
  { value: `${group}-KS`, expected: { leg: 'TT' }, code: 'DOSSIER_CODE_LEG_MISMATCH' },
  { value: group, expected: { leg: 'KS' }, code: 'DOSSIER_CODE_LEG_MISMATCH' },
  {
    value: '000.00.00.H38-260915-0008-KS',
    expected: { groupCode: group },
    code: 'DOSSIER_CODE_GROUP_MISMATCH',
  },
])('checks $value against $expected: $code', ({ value, expected, code }) => {
  expect(codeOf(validateDossierCode(value, expected))).toBe(code);
});

it.each<{ parts: DossierCodeParts; value: string }>([
  { parts: { agency: '000.00.00.H38', date: '2026-09-15', seq: 7 }, value: group },
  {
    parts: { agency: '000.00.00.H01', date: '2025-12-31', seq: 9999, leg: 'XTT' },
    value: '000.00.00.H01-251231-9999-XTT',
  },
])('composes $value', ({ parts, value }) => {
  expect(generateDossierCode(parts)).toBe(value);
});

it.each<{ parts: DossierCodeParts; code: string }>([
  { parts: { agency: '000.00.00.H38', date: '2026-02-30', seq: 1 }, code: 'INVALID_DATE' },
  { parts: { agency: '000.00.00.H38', date: '1999-12-31', seq: 1 }, code: 'INVALID_DATE' },
  { parts: { agency: '000.00.00.H38', date: '2026-09-15', seq: 0 }, code: 'OUT_OF_RANGE' },
  { parts: { agency: '000.00.00.H38', date: '2026-09-15', seq: 10_000 }, code: 'OUT_OF_RANGE' },
  { parts: { agency: 'H38', date: '2026-09-15', seq: 1 }, code: 'INVALID_FORMAT' },
])('refuses to compose from $parts', ({ parts, code }) => {
  expect(() => generateDossierCode(parts)).toThrow(expect.objectContaining({ code }));
});

it('composes and reads codes of a configured template', () => {
  const format = createDossierCodeFormat('HS{yyyyMMdd}.{agency}/{seq6}');
  const value = generateDossierCode(
    { agency: '000.00.00.H79', date: '2026-01-02', seq: 5, leg: 'TT' },
    format,
  );
  expect(value).toBe('HS20260102.000.00.00.H79/000005-TT');
  expect(parseDossierCode(value, format)).toEqual({
    ok: true,
    value: {
      agency: '000.00.00.H79',
      date: '2026-01-02',
      seq: 5,
      leg: 'TT',
      groupCode: 'HS20260102.000.00.00.H79/000005',
    },
  });
  expect(codeOf(parseDossierCode(group, format))).toBe('DOSSIER_CODE_FORMAT');
});

it.each([
  { template: '{agency}-{seq4}', why: 'no date' },
  { template: '{agency}-{yyMMdd}', why: 'no sequence' },
  { template: '{yyMMdd}-{seq4}', why: 'no agency' },
  { template: '{agency}-{yyMMdd}-{seq4}-{seq4}', why: 'a repeated token' },
  { template: '{agency}-{ddMMyy}-{seq4}', why: 'an unknown token' },
  { template: '{agency}-{yyMMdd}-{seq0}', why: 'a zero-width sequence' },
  { template: '{agency}-{yyMMdd}-{seq4', why: 'an unclosed brace' },
])('refuses a template with $why', ({ template }) => {
  expect(() => createDossierCodeFormat(template)).toThrow(
    expect.objectContaining({ code: 'INVALID_TEMPLATE' }),
  );
});
