import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, InvalidRegimeConfigError, resolveRegimeSettings } from './config.js';
import { DEFAULT_REGIME_SETTINGS } from './default-settings.js';
import type { RegimeConfig } from './settings.js';

/** Overrides as they may arrive from a JSON file, unchecked by the compiler. */
const raw = (value: unknown) => value as RegimeConfig;

describe('regime config', () => {
  it('resolves to the defaults without overrides', () => {
    expect(resolveRegimeSettings()).toEqual(DEFAULT_REGIME_SETTINGS);
  });

  it('deep-merges a partial override and keeps the siblings', () => {
    const settings = resolveRegimeSettings({ timeLimits: { group1: { CC: 10 } } });
    expect(settings.timeLimits.group1).toMatchObject({ CC: 10, TT: 2, total: 3 });
    expect(settings.timeLimits.group2).toEqual(DEFAULT_REGIME_SETTINGS.timeLimits.group2);
  });

  it('replaces arrays whole', () => {
    const settings = resolveRegimeSettings({ legs: { CC: { dependsOn: ['KS'] } } });
    expect(settings.legs.CC).toEqual({
      dependsOn: ['KS'],
      decidedBy: { system: 'dancu', agency: 'CONG_AN_TINH' },
    });
  });

  it('leaves the defaults untouched', () => {
    resolveRegimeSettings({ allowPartialGroup1: true, fees: { extractCopy: 5_000 } });
    expect(DEFAULT_SETTINGS.allowPartialGroup1).toBe(false);
    expect(DEFAULT_SETTINGS.fees.extractCopy).toBe(8_000);
  });

  it('freezes the resolved settings', () => {
    const settings = resolveRegimeSettings({ allowPartialGroup1: true });
    expect(Object.isFrozen(settings)).toBe(true);
    expect(Object.isFrozen(settings.benefits.routing[0]?.anyOf)).toBe(true);
  });

  it.each([
    [{ allowPartialGroup: true }, 'allowPartialGroup'],
    [{ group2: { tuTuat: false } }, 'group2.tuTuat'],
    [{ timeLimits: { group1: { XTT: 2 } } }, 'timeLimits.group1.XTT'],
    [{ legs: { ZZ: { dependsOn: [] } } }, 'legs.ZZ'],
    [
      { benefits: { variants: { MAI_TANG_QP: { agency: 'UBND_XA' } } } },
      'benefits.variants.MAI_TANG_QP',
    ],
  ])('rejects the unknown key in %j naming %s', (overrides, key) => {
    expect(() => resolveRegimeSettings(raw(overrides))).toThrow(
      `Invalid regime config at "${key}": unknown key`,
    );
  });

  it.each([
    [{ allowPartialGroup1: 'yes' }, 'allowPartialGroup1', 'must be a boolean'],
    [{ timeLimits: { group1: { TT: -1 } } }, 'timeLimits.group1.TT', 'non-negative integer'],
    [{ timeLimits: { group1: { TT: 1.5 } } }, 'timeLimits.group1.TT', 'non-negative integer'],
    [{ timeLimits: { group2: 3 } }, 'timeLimits.group2', 'must be an object'],
    [{ legs: { TT: { dependsOn: 'KS' } } }, 'legs.TT.dependsOn', 'must be an array'],
    [{ timeLimits: { sameDayCutoff: '3pm' } }, 'timeLimits.sameDayCutoff', 'HH:mm'],
    [{ legs: { TT: { dependsOn: ['TT'] } } }, 'legs.TT.dependsOn[0]', 'another leg code'],
    [{ legs: { KS: { dependsOn: ['CC'] } } }, 'legs.KS.dependsOn', 'cycle'],
    [{ legs: { KS: { decidedBy: { system: 'tinh' } } } }, 'legs.KS.decidedBy.system', 'one of'],
    [{ legs: { MT: { decidedBy: 'BHXH' } } }, 'legs.MT.decidedBy', 'unknown value'],
    [
      { benefits: { variants: { MAI_TANG_NCC: { procedureCode: '1234' } } } },
      'benefits.variants.MAI_TANG_NCC.procedureCode',
      'd.dddddd',
    ],
    [
      { benefits: { routing: [{ anyOf: ['ALIVE'], funeral: 'MAI_TANG_BHXH', survivor: true }] } },
      'benefits.routing[0].anyOf[0]',
      'unknown deceased category',
    ],
    [
      { benefits: { routing: [{ anyOf: ['INSURED'], funeral: 'TU_TUAT_1LAN', survivor: true }] } },
      'benefits.routing[0].funeral',
      'MT variant',
    ],
    [
      { benefits: { routing: [{ anyOf: ['INSURED'], funeral: 'MAI_TANG_BHXH', survivor: 1 }] } },
      'benefits.routing[0].survivor',
      'boolean',
    ],
    [
      { benefits: { survivorVariants: { MONTHLY: 'MAI_TANG_BHXH' } } },
      'benefits.survivorVariants.MONTHLY',
      'TU variant',
    ],
    [
      {
        benefits: {
          standardLevels: [
            { from: '2026-07-01', amount: 540_000, legalBasis: 'x' },
            { from: '2024-07-01', amount: 1, legalBasis: 'y' },
          ],
        },
      },
      'benefits.standardLevels[1].from',
      'ascending',
    ],
    [
      { benefits: { referenceAmounts: [{ from: '2024-07-01', amount: 1, basis: 'x' }] } },
      'benefits.referenceAmounts[0].basis',
      'unknown key',
    ],
    [{ benefits: { referenceAmounts: [] } }, 'benefits.referenceAmounts', 'must not be empty'],
  ])('rejects %j naming %s', (overrides, key, problem) => {
    const attempt = () => resolveRegimeSettings(raw(overrides));
    expect(attempt).toThrow(InvalidRegimeConfigError);
    expect(attempt).toThrow(`Invalid regime config at "${key}"`);
    expect(attempt).toThrow(problem);
  });

  it('exposes the offending key on the error', () => {
    try {
      resolveRegimeSettings(raw({ fees: { residence: { online: -5 } } }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidRegimeConfigError);
      expect((error as InvalidRegimeConfigError).key).toBe('fees.residence.online');
    }
  });

  it('accepts a procedure code on a variant that had none', () => {
    const settings = resolveRegimeSettings({
      benefits: { variants: { MAI_TANG_NCC: { procedureCode: '1.001234' } } },
    });
    expect(settings.benefits.variants.MAI_TANG_NCC.procedureCode).toBe('1.001234');
  });
});
