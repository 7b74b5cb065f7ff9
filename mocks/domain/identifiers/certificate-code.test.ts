import { expect, it } from 'vitest';
import type { Result } from '../../../contracts/result.js';
import {
  generateBirthCertificateCode,
  generateDeathNoticeCode,
  parseBirthCertificateCode,
  parseDeathNoticeCode,
  validateBirthCertificateCode,
  validateDeathNoticeCode,
} from './certificate-code.js';
import type { CertificateCodeInput } from './certificate-code.js';
import type { IdentifierError } from './errors.js';

const codeOf = (r: Result<unknown, IdentifierError>) => (r.ok ? 'OK' : r.error.code);

it.each([
  { value: '00123.GCS.38001.25', code: 'OK' },
  { value: '99999.GCS.79999.26', code: 'OK' },
  { value: '00123.GBT.38001.25', code: 'CERTIFICATE_CODE_WRONG_KIND' },
  { value: '00000.GCS.38001.25', code: 'CERTIFICATE_CODE_SEQUENCE_ZERO' },
  { value: '0123.GCS.38001.25', code: 'CERTIFICATE_CODE_FORMAT' },
  { value: '00123.GCS.3800.25', code: 'CERTIFICATE_CODE_FORMAT' },
  { value: '00123.GCS.38001.2025', code: 'CERTIFICATE_CODE_FORMAT' },
  { value: '00123.gcs.38001.25', code: 'CERTIFICATE_CODE_FORMAT' },
  { value: '00123-GCS-38001-25', code: 'CERTIFICATE_CODE_FORMAT' },
  { value: '00123.GKS.38001.25', code: 'CERTIFICATE_CODE_FORMAT' },
])('validates birth-certificate code $value as $code', ({ value, code }) => {
  expect(codeOf(validateBirthCertificateCode(value))).toBe(code);
});

it.each([
  { value: '00007.GBT.01002.26', code: 'OK' },
  { value: '00007.GCS.01002.26', code: 'CERTIFICATE_CODE_WRONG_KIND' },
  { value: '00000.GBT.01002.26', code: 'CERTIFICATE_CODE_SEQUENCE_ZERO' },
  { value: '00007.GBT.01002', code: 'CERTIFICATE_CODE_FORMAT' },
])('validates death-notice code $value as $code', ({ value, code }) => {
  expect(codeOf(validateDeathNoticeCode(value))).toBe(code);
});

it('parses a birth-certificate code into sequence, facility and year', () => {
  expect(parseBirthCertificateCode('00123.GCS.38001.25')).toEqual({
    ok: true,
    value: { kind: 'GCS', sequence: 123, facilityCode: '38001', year: 2025 },
  });
});

it('parses a death-notice code into sequence, facility and year', () => {
  expect(parseDeathNoticeCode('00007.GBT.01002.26')).toEqual({
    ok: true,
    value: { kind: 'GBT', sequence: 7, facilityCode: '01002', year: 2026 },
  });
});

it.each([
  { expected: { facilityCode: '38001', year: 2025 }, code: 'OK' },
  { expected: { facilityCode: '38002' }, code: 'CERTIFICATE_CODE_FACILITY_MISMATCH' },
  { expected: { year: 2026 }, code: 'CERTIFICATE_CODE_YEAR_MISMATCH' },
])('checks 00123.GCS.38001.25 against $expected: $code', ({ expected, code }) => {
  expect(codeOf(validateBirthCertificateCode('00123.GCS.38001.25', expected))).toBe(code);
});

it('composes codes of both kinds', () => {
  const input = { sequence: 42, facilityCode: '38001', year: 2026 };
  expect(generateBirthCertificateCode(input)).toBe('00042.GCS.38001.26');
  expect(generateDeathNoticeCode(input)).toBe('00042.GBT.38001.26');
});

it.each<{ input: CertificateCodeInput; code: string }>([
  { input: { sequence: 0, facilityCode: '38001', year: 2026 }, code: 'OUT_OF_RANGE' },
  { input: { sequence: 100_000, facilityCode: '38001', year: 2026 }, code: 'OUT_OF_RANGE' },
  { input: { sequence: 1, facilityCode: '3800', year: 2026 }, code: 'INVALID_FORMAT' },
  { input: { sequence: 1, facilityCode: '38001', year: 1999 }, code: 'OUT_OF_RANGE' },
  { input: { sequence: 1, facilityCode: '38001', year: 26 }, code: 'OUT_OF_RANGE' },
])('refuses to compose from $input', ({ input, code }) => {
  expect(() => generateBirthCertificateCode(input)).toThrow(expect.objectContaining({ code }));
});
