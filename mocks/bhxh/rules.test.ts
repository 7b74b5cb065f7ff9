import { describe, expect, it } from 'vitest';
import type { InsuranceRecord } from '../domain/population/index.js';
import { bankName, dayTurning, funeralRefusal, isOverChildCardAge, maskAccount } from './rules.js';
import { oneTimeBasis, qualifiesMonthly } from './survivor-rules.js';

const record = (over: Partial<InsuranceRecord>): InsuranceRecord => ({
  personId: '038058004567',
  bhxhCode: '3805001234',
  category: 'CONTRIBUTING',
  compulsoryMonths: 0,
  totalMonths: 0,
  contributing: false,
  monthlyAmount: null,
  periods: [],
  ...over,
});

describe('child card age', () => {
  it.each([
    ['2020-09-15', '2026-09-14', false],
    ['2020-09-15', '2026-09-15', true],
    ['2020-02-29', '2026-02-27', false],
    ['2020-02-29', '2026-02-28', true],
  ])('a child born %s is over 72 months on %s: %s', (birth, today, over) => {
    expect(isOverChildCardAge(birth, today)).toBe(over);
  });

  it('turns 72 months on the last day of a shorter month', () => {
    expect(dayTurning('2020-08-31', 6)).toBe('2021-02-28');
  });
});

describe('funeral allowance eligibility', () => {
  it.each([
    ['CONTRIBUTING', 1, 1, null],
    ['PENSIONER', 0, 0, null],
    ['RESERVED', 12, 12, null],
    ['RESERVED', 6, 60, null],
    ['RESERVED', 11, 59, 'KHONG_DU_THOI_GIAN_DONG'],
    ['NOT_PARTICIPATING', 0, 0, 'KHONG_THUOC_DOI_TUONG'],
  ] as const)(
    '%s with %i compulsory / %i total months → %s',
    (category, compulsory, total, refusal) => {
      expect(
        funeralRefusal(record({ category, compulsoryMonths: compulsory, totalMonths: total })),
      ).toBe(refusal);
    },
  );
});

describe('monthly survivor qualification', () => {
  const death = '2026-09-12';
  it.each([
    ['CON', '2010-01-01', undefined, true],
    ['CON', '2000-01-01', undefined, false],
    ['CON', '2000-01-01', 81, true],
    ['VO', '1970-01-01', undefined, true],
    ['VO', '1975-01-01', undefined, false],
    ['CHONG', '1967-01-01', undefined, false],
    ['CHONG', '1966-01-01', undefined, true],
    ['ME', '1971-09-12', undefined, true],
    ['CHA', '1970-01-01', 90, true],
    ['ANH', '1950-01-01', 90, false],
  ] as const)('%s born %s with %s%% incapacity qualifies: %s', (quanHe, ngaySinh, loss, ok) => {
    const relative = {
      hoTen: 'Phạm Văn A',
      soDinhDanh: '038070001234',
      ngaySinh,
      quanHe,
      ...(loss !== undefined ? { suyGiamKhaNangLaoDong: loss } : {}),
    };
    expect(qualifiesMonthly(relative, death)).toBe(ok);
  });
});

describe('one-time survivor basis', () => {
  it('counts 1.5 months per year before 2014 and 2 from 2014 on the average salary', () => {
    const basis = oneTimeBasis(
      record({
        periods: [
          {
            from: '2012-01',
            to: '2013-12',
            scheme: 'COMPULSORY',
            employer: 'A',
            salary: 4_000_000,
          },
          {
            from: '2014-01',
            to: '2015-12',
            scheme: 'COMPULSORY',
            employer: 'B',
            salary: 6_000_000,
          },
        ],
      }),
      '2026-09-12',
    );
    expect(basis).toEqual({ canCu: 'BINH_QUAN_TIEN_LUONG', mucCanCu: 5_000_000, heSo: 7 });
  });

  it('pays 48 months of pension in the first two months, 0.5 less per later month, at least 3', () => {
    const pension = (to: string) =>
      record({
        category: 'PENSIONER',
        monthlyAmount: 7_000_000,
        periods: [{ from: '1990-01', to, scheme: 'COMPULSORY', employer: 'A', salary: 1 }],
      });
    expect(oneTimeBasis(pension('2026-07'), '2026-09-12').heSo).toBe(48);
    expect(oneTimeBasis(pension('2025-12'), '2026-09-12').heSo).toBe(44.5);
    expect(oneTimeBasis(pension('2010-12'), '2026-09-12').heSo).toBe(3);
  });
});

describe('accounts', () => {
  it('masks all but the last 4 digits', () => {
    expect(maskAccount('1023456784821')).toBe('*********4821');
  });

  it('compares holders without diacritics or case', () => {
    expect(bankName('Phạm Thị  Lan')).toBe('PHAM THI LAN');
    expect(bankName('Đặng Văn Tư')).toBe('DANG VAN TU');
  });
});
