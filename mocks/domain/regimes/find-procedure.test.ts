import { describe, expect, it } from 'vitest';
import { findProcedure } from './find-procedure.js';
import { PROCEDURES } from './procedure-table.js';

const IN_2025 = '2025-05-05T09:00:00+07:00';
const IN_2027 = '2027-02-01T09:00:00+07:00';

describe('procedure lookup', () => {
  it.each([
    ['2.000986', IN_2025, 'ND63_2024', 'NHOM_1', '2.000986'],
    ['2.002622', IN_2025, 'ND63_2024', 'NHOM_2', '2.002622'],
    ['3.000722', IN_2027, 'ND301_2026', 'NHOM_1', '3.000722'],
    ['2.002913', IN_2027, 'ND301_2026', 'NHOM_2', '2.002913'],
    ['2.002621', IN_2025, 'ND63_2024', 'NHOM_1', '2.000986'],
    ['2.000987', IN_2027, 'ND301_2026', 'NHOM_1', '3.000722'],
    ['1.006714', IN_2025, 'ND63_2024', 'NHOM_2', '2.002622'],
    ['1.006714', IN_2027, 'ND301_2026', 'NHOM_2', '2.002913'],
    ['2.000986.H36', IN_2025, 'ND63_2024', 'NHOM_1', '2.000986'],
  ])('resolves %s at %s to %s %s (%s)', (code, at, regime, group, groupCode) => {
    const match = findProcedure(code, at);
    expect(match.ok && match.value.groupProcedure).toEqual({ regime, group, code: groupCode });
  });

  it('keeps the provincial suffix', () => {
    const match = findProcedure('2.000986.H36', IN_2025);
    expect(match.ok && match.value.provinceSuffix).toBe('H36');
  });

  it.each([
    ['2.000986', '2026-09-01T00:00:00+07:00', 'use 3.000722'],
    ['2.002622', IN_2027, 'use 2.002913'],
    ['2.002621', IN_2027, 'use 3.000722'],
    ['3.000722', '2026-08-31T23:59:59+07:00', 'use 2.000986'],
    ['2.000987', IN_2025, 'use 2.000986'],
    ['2.001023', IN_2027, 'to 2026-08-31'],
    ['1.011537', IN_2025, 'to 2024-06-30'],
    ['1.007073', IN_2025, 'to 2024-06-30'],
  ])('says %s is not in force at %s (%s)', (code, at, hint) => {
    const match = findProcedure(code, at);
    expect(!match.ok && match.error.code).toBe('PROCEDURE_NOT_IN_FORCE');
    expect(!match.ok && match.error.detail).toContain(hint);
  });

  it('finds the legacy birth + BHYT code while it was in force', () => {
    const match = findProcedure('2.001023', IN_2025);
    expect(match.ok && match.value.entry).toMatchObject({ kind: 'LEGACY', legs: ['KS', 'BHYT'] });
  });

  it.each(['1.001193', '1.000689', '1.000656', '1.004194', '1.001731', '2.002307', '1.014028'])(
    'finds the standalone procedure %s at any date',
    (code) => {
      const match = findProcedure(code, '2023-01-01');
      expect(match.ok && match.value.entry.kind).toBe('STANDALONE');
    },
  );

  it('finds no group behind the portal route before any regime', () => {
    const match = findProcedure('1.006714', '2024-01-01');
    expect(!match.ok && match.error.code).toBe('PROCEDURE_NOT_IN_FORCE');
  });

  it('reports an unknown code', () => {
    const match = findProcedure('9.999999', IN_2025);
    expect(!match.ok && match.error.code).toBe('UNKNOWN_PROCEDURE');
  });

  it.each(['2000986', '2.00098', '2.000986.h36', '2.000986.H3', ''])(
    'refuses the malformed code %j',
    (code) => {
      const match = findProcedure(code, IN_2025);
      expect(!match.ok && match.error.code).toBe('INVALID_PROCEDURE_CODE');
    },
  );

  it('refuses an instant without an offset', () => {
    const match = findProcedure('2.000986', '2025-05-05T09:00:00');
    expect(!match.ok && match.error.code).toBe('INVALID_INSTANT');
  });
});

describe('procedure registry', () => {
  it('lists every code once', () => {
    const codes = PROCEDURES.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('points every alias at a group code', () => {
    const groupCodes = PROCEDURES.filter((p) => p.kind === 'GROUP').map((p) => p.code);
    for (const entry of PROCEDURES) {
      if (entry.kind === 'ALIAS') expect(groupCodes).toContain(entry.aliasOf);
    }
  });

  it('cites a source for every entry', () => {
    expect(PROCEDURES.every((p) => p.source.length > 0)).toBe(true);
  });
});
