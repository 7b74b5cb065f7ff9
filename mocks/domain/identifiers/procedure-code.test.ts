import { expect, it } from 'vitest';
import type { Result } from '../../../contracts/result.js';
import type { IdentifierError } from './errors.js';
import type { ProcedureCodeInput } from './procedure-code.js';
import {
  generateProcedureCode,
  parseProcedureCode,
  validateProcedureCode,
} from './procedure-code.js';

const codeOf = (r: Result<unknown, IdentifierError>) => (r.ok ? 'OK' : r.error.code);

it.each([
  { value: '2.000986', national: 'OK', any: 'OK' },
  { value: '1.011537', national: 'OK', any: 'OK' },
  { value: '1.115446.H36', national: 'PROCEDURE_CODE_PROVINCIAL_NOT_ALLOWED', any: 'OK' },
  { value: '2.00098', national: 'PROCEDURE_CODE_FORMAT', any: 'PROCEDURE_CODE_FORMAT' },
  { value: '12.000986', national: 'PROCEDURE_CODE_FORMAT', any: 'PROCEDURE_CODE_FORMAT' },
  { value: '2-000986', national: 'PROCEDURE_CODE_FORMAT', any: 'PROCEDURE_CODE_FORMAT' },
  { value: '1.115446.h36', national: 'PROCEDURE_CODE_FORMAT', any: 'PROCEDURE_CODE_FORMAT' },
  { value: '1.115446.H3', national: 'PROCEDURE_CODE_FORMAT', any: 'PROCEDURE_CODE_FORMAT' },
  { value: '1.115446.', national: 'PROCEDURE_CODE_FORMAT', any: 'PROCEDURE_CODE_FORMAT' },
])('validates $value as $national (national form) and $any (any form)', (row) => {
  expect(codeOf(validateProcedureCode(row.value, { allowProvincialSuffix: false }))).toBe(
    row.national,
  );
  expect(codeOf(validateProcedureCode(row.value))).toBe(row.any);
});

it('parses a provincial code into its national part and suffix', () => {
  expect(parseProcedureCode('1.115446.H36')).toEqual({
    ok: true,
    value: { nationalCode: '1.115446', prefix: 1, serial: '115446', provincialSuffix: 'H36' },
  });
});

it('parses a national code without a suffix', () => {
  expect(parseProcedureCode('2.002622')).toEqual({
    ok: true,
    value: { nationalCode: '2.002622', prefix: 2, serial: '002622' },
  });
});

it.each<{ input: ProcedureCodeInput; value: string }>([
  { input: { prefix: 2, serial: '000986' }, value: '2.000986' },
  { input: { prefix: 1, serial: '115446', provincialSuffix: 'H36' }, value: '1.115446.H36' },
  { input: { prefix: 3, random: () => 0.5 }, value: '3.555555' },
])('composes $value', ({ input, value }) => {
  expect(generateProcedureCode(input)).toBe(value);
});

it.each<{ input: ProcedureCodeInput }>([
  { input: { prefix: 10, serial: '000986' } },
  { input: { prefix: 2, serial: '98' } },
  { input: { prefix: 2, serial: '000986', provincialSuffix: '36' } },
])('refuses to compose from $input', ({ input }) => {
  expect(() => generateProcedureCode(input)).toThrow(
    expect.objectContaining({ code: 'INVALID_FORMAT' }),
  );
});
