import { expect, it } from 'vitest';
import type { Result } from '../../../contracts/result.js';
import type { IdentifierError } from './errors.js';
import type { ResidenceNoticeInput, ResidenceNoticeKind } from './residence-notice.js';
import {
  generateResidenceNoticeNumber,
  parseResidenceNoticeNumber,
  validateResidenceNoticeNumber,
} from './residence-notice.js';

const codeOf = (r: Result<unknown, IdentifierError>) => (r.ok ? 'OK' : r.error.code);

it.each([
  { value: 'CT08-25459-2026-000123', code: 'OK' },
  { value: 'CT06-00004-2026-000001', code: 'OK' },
  { value: 'XTT-25459-2026-999999', code: 'OK' },
  { value: 'CT01-25459-2026-000123', code: 'RESIDENCE_NOTICE_UNKNOWN_FORM' },
  { value: 'CT08-25459-2026-000000', code: 'RESIDENCE_NOTICE_SEQUENCE_ZERO' },
  { value: 'CT08-2545-2026-000123', code: 'RESIDENCE_NOTICE_FORMAT' },
  { value: 'CT08-25459-26-000123', code: 'RESIDENCE_NOTICE_FORMAT' },
  { value: 'CT08-25459-2026-123', code: 'RESIDENCE_NOTICE_FORMAT' },
  { value: 'ct08-25459-2026-000123', code: 'RESIDENCE_NOTICE_FORMAT' },
  { value: 'CT08/25459/2026/000123', code: 'RESIDENCE_NOTICE_FORMAT' },
])('validates $value as $code', ({ value, code }) => {
  expect(codeOf(validateResidenceNoticeNumber(value))).toBe(code);
});

it('parses a result notice number into kind, commune, year and sequence', () => {
  expect(parseResidenceNoticeNumber('CT08-25459-2026-000123')).toEqual({
    ok: true,
    value: { kind: 'RESULT_NOTICE', formCode: 'CT08', maXa: '25459', year: 2026, seq: 123 },
  });
});

it.each<{ value: string; kind: ResidenceNoticeKind; code: string }>([
  { value: 'CT06-25459-2026-000001', kind: 'REFUSAL_SLIP', code: 'OK' },
  { value: 'XTT-25459-2026-000001', kind: 'DEREGISTRATION_NOTICE', code: 'OK' },
  {
    value: 'CT06-25459-2026-000001',
    kind: 'RESULT_NOTICE',
    code: 'RESIDENCE_NOTICE_KIND_MISMATCH',
  },
])('checks $value as a $kind: $code', ({ value, kind, code }) => {
  expect(codeOf(validateResidenceNoticeNumber(value, { kind }))).toBe(code);
});

it.each<{ input: ResidenceNoticeInput; value: string }>([
  {
    input: { kind: 'RESULT_NOTICE', maXa: '25459', year: 2026, seq: 123 },
    value: 'CT08-25459-2026-000123',
  },
  {
    input: { kind: 'REFUSAL_SLIP', maXa: '00004', year: 2026, seq: 1 },
    value: 'CT06-00004-2026-000001',
  },
  {
    input: { kind: 'DEREGISTRATION_NOTICE', maXa: '26734', year: 2027, seq: 999_999 },
    value: 'XTT-26734-2027-999999',
  },
])('composes $value', ({ input, value }) => {
  expect(generateResidenceNoticeNumber(input)).toBe(value);
});

it.each<{ input: ResidenceNoticeInput; code: string }>([
  { input: { kind: 'RESULT_NOTICE', maXa: '2545', year: 2026, seq: 1 }, code: 'INVALID_FORMAT' },
  { input: { kind: 'RESULT_NOTICE', maXa: '25459', year: 26, seq: 1 }, code: 'OUT_OF_RANGE' },
  { input: { kind: 'RESULT_NOTICE', maXa: '25459', year: 2026, seq: 0 }, code: 'OUT_OF_RANGE' },
  {
    input: { kind: 'RESULT_NOTICE', maXa: '25459', year: 2026, seq: 1_000_000 },
    code: 'OUT_OF_RANGE',
  },
])('refuses to compose from $input', ({ input, code }) => {
  expect(() => generateResidenceNoticeNumber(input)).toThrow(expect.objectContaining({ code }));
});
