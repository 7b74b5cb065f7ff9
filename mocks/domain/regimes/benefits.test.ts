import { describe, expect, it } from 'vitest';
import { benefitAmount, routeBenefit } from './benefits.js';
import { resolveRegimeSettings } from './config.js';
import type { BenefitVariant, DeceasedCategory } from './vocabulary.js';

describe('benefit routing with the defaults', () => {
  it.each<readonly [readonly DeceasedCategory[], BenefitVariant, string, string]>([
    [['INSURED'], 'MAI_TANG_BHXH', 'bhxh', 'BHXH_CO_SO'],
    [['RESERVING_CONTRIBUTIONS'], 'MAI_TANG_BHXH', 'bhxh', 'BHXH_CO_SO'],
    [['PENSIONER'], 'MAI_TANG_BHXH', 'bhxh', 'BHXH_CO_SO'],
    [['PERSON_WITH_MERIT'], 'MAI_TANG_NCC', 'xahoi', 'SO_NOI_VU'],
    [['SOCIAL_ASSISTANCE'], 'HO_TRO_MAI_TANG', 'xahoi', 'UBND_XA'],
    [['PERSON_WITH_MERIT', 'PENSIONER'], 'MAI_TANG_BHXH', 'bhxh', 'BHXH_CO_SO'],
    [['SOCIAL_ASSISTANCE', 'PERSON_WITH_MERIT'], 'MAI_TANG_NCC', 'xahoi', 'SO_NOI_VU'],
  ])('routes a deceased %j to %s at %s / %s', (categories, variant, system, agency) => {
    const route = routeBenefit({ categories });
    expect(route.ok && route.value.funeral).toMatchObject({ variant, system, agency });
  });

  it('refuses the benefit leg of a deceased in no category as not eligible', () => {
    const route = routeBenefit({ categories: [] });
    expect(!route.ok && route.error.code).toBe('KHONG_THUOC_DOI_TUONG');
  });

  it.each<readonly [DeceasedCategory, string, string]>([
    ['VETERAN', 'MAI_TANG_KHAC', 'SO_NOI_VU'],
    ['SOCIAL_PENSION', 'MAI_TANG_HTXH', 'UBND_XA'],
  ])('routes a %s to %s, decided by %s', (category, variant, agency) => {
    const route = routeBenefit({ categories: [category] });
    expect(route.ok && route.value.funeral).toMatchObject({ variant, agency });
  });

  it('routes a veteran who is also a social-assistance beneficiary to the veterans allowance', () => {
    const route = routeBenefit({ categories: ['SOCIAL_ASSISTANCE', 'VETERAN'] });
    expect(route.ok && route.value.funeral.variant).toBe('MAI_TANG_KHAC');
  });

  it.each([
    ['ONE_TIME', 'TU_TUAT_1LAN'],
    ['MONTHLY', 'TU_TUAT_HANGTHANG'],
  ] as const)('routes a %s survivor benefit of a pensioner to %s', (survivor, variant) => {
    const route = routeBenefit({ categories: ['PENSIONER'], survivor });
    expect(route.ok && route.value.survivor).toEqual({
      ok: true,
      value: { variant, system: 'bhxh', agency: 'BHXH_CO_SO', procedureCode: null },
    });
  });

  it('refuses survivor benefits on the person-with-merit route', () => {
    const route = routeBenefit({ categories: ['PERSON_WITH_MERIT'], survivor: 'ONE_TIME' });
    expect(route.ok && route.value.funeral.variant).toBe('MAI_TANG_NCC');
    expect(route.ok && !route.value.survivor?.ok && route.value.survivor?.error.code).toBe(
      'KHONG_THUOC_DOI_TUONG',
    );
  });

  it('leaves the survivor leg out when none is asked for', () => {
    const route = routeBenefit({ categories: ['INSURED'] });
    expect(route.ok && route.value.survivor).toBeUndefined();
  });
});

describe('configured routing', () => {
  it('routes social pensioners when a rule is added', () => {
    const settings = resolveRegimeSettings({
      benefits: {
        routing: [{ anyOf: ['SOCIAL_PENSION'], funeral: 'MAI_TANG_HTXH', survivor: false }],
      },
    });
    const route = routeBenefit({ categories: ['SOCIAL_PENSION'] }, settings);
    expect(route.ok && route.value.funeral).toMatchObject({
      variant: 'MAI_TANG_HTXH',
      procedureCode: '1.014028',
    });
  });

  it('moves a variant to another agency', () => {
    const settings = resolveRegimeSettings({
      benefits: { variants: { HO_TRO_MAI_TANG: { agency: 'SO_NOI_VU' } } },
    });
    const route = routeBenefit({ categories: ['SOCIAL_ASSISTANCE'] }, settings);
    expect(route.ok && route.value.funeral.agency).toBe('SO_NOI_VU');
  });
});

describe('benefit amounts', () => {
  it.each([
    ['MAI_TANG_BHXH', '2025-01-10', 23_400_000],
    ['MAI_TANG_BHXH', '2026-09-15T10:00:00+07:00', 23_400_000],
    ['HO_TRO_MAI_TANG', '2026-06-30', 10_000_000],
    ['HO_TRO_MAI_TANG', '2026-07-01', 10_800_000],
    ['HO_TRO_MAI_TANG', '2026-06-30T17:00:00Z', 10_800_000],
  ] as const)('pays %s on %s: %i đ', (variant, at, amount) => {
    const result = benefitAmount(variant, at);
    expect(result.ok && result.value.amount).toBe(amount);
  });

  it('cites the legal basis of the amount', () => {
    const result = benefitAmount('HO_TRO_MAI_TANG', '2026-07-01');
    expect(result.ok && result.value.legalBasis).toContain('NĐ 335/2026/NĐ-CP');
  });

  it('follows a configured reference amount', () => {
    const settings = resolveRegimeSettings({
      benefits: {
        referenceAmounts: [{ from: '2024-07-01', amount: 2_530_000, legalBasis: 'test basis' }],
      },
    });
    const result = benefitAmount('MAI_TANG_BHXH', '2026-09-01', settings);
    expect(result.ok && result.value).toEqual({
      amount: 25_300_000,
      legalBasis: '10 × test basis',
    });
  });

  it.each<readonly [BenefitVariant, number]>([
    ['MAI_TANG_NCC', 23_400_000],
    ['MAI_TANG_KHAC', 23_400_000],
    ['MAI_TANG_HTXH', 10_800_000],
  ])('sets the default amount of %s to %i đ', (variant, amount) => {
    const result = benefitAmount(variant, '2026-09-01');
    expect(result.ok && result.value.amount).toBe(amount);
  });

  it.each<BenefitVariant>(['TU_TUAT_1LAN', 'TU_TUAT_HANGTHANG'])(
    'does not model the amount of %s',
    (variant) => {
      const result = benefitAmount(variant, '2026-09-01');
      expect(!result.ok && result.error.code).toBe('AMOUNT_NOT_MODELLED');
    },
  );

  it('has no amount before the first dated entry', () => {
    const result = benefitAmount('MAI_TANG_BHXH', '2024-06-30');
    expect(!result.ok && result.error.code).toBe('AMOUNT_NOT_MODELLED');
  });
});
