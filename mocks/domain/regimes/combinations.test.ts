import { describe, expect, it } from 'vitest';
import { validateCombination } from './combinations.js';
import { resolveRegimeSettings } from './config.js';
import type { GroupId, RegimeId } from './vocabulary.js';

const PARTIAL = resolveRegimeSettings({ allowPartialGroup1: true });
const NO_TU = resolveRegimeSettings({ group2: { tuTuatEnabled: false } });

type Row = readonly [RegimeId, GroupId, readonly string[]];

describe('allowed combinations with the defaults', () => {
  it.each<Row>([
    ['ND63_2024', 'NHOM_1', ['KS', 'TT', 'BHYT']],
    ['ND63_2024', 'NHOM_1', ['BHYT', 'KS', 'TT']],
    ['ND301_2026', 'NHOM_1', ['KS', 'TT', 'BHYT', 'CC']],
    ['ND63_2024', 'NHOM_2', ['KT', 'XTT']],
    ['ND63_2024', 'NHOM_2', ['KT', 'XTT', 'MT']],
    ['ND63_2024', 'NHOM_2', ['KT', 'XTT', 'MT', 'TU']],
    ['ND301_2026', 'NHOM_2', ['KT', 'XTT']],
    ['ND301_2026', 'NHOM_2', ['KT', 'XTT', 'MT']],
    ['ND301_2026', 'NHOM_2', ['TU', 'MT', 'XTT', 'KT']],
  ])('accepts %s %s %j', (regime, group, legs) => {
    expect(validateCombination(regime, group, legs).ok).toBe(true);
  });

  it('returns the legs in canonical order', () => {
    const result = validateCombination('ND301_2026', 'NHOM_1', ['CC', 'BHYT', 'TT', 'KS']);
    expect(result.ok && result.value).toEqual(['KS', 'TT', 'BHYT', 'CC']);
  });
});

describe('refused combinations with the defaults', () => {
  it.each<readonly [...Row, string]>([
    ['ND63_2024', 'NHOM_1', ['KS', 'TT', 'BHYT', 'CC'], 'LEG_NOT_IN_REGIME'],
    ['ND63_2024', 'NHOM_1', ['KS', 'TT', 'BHYT', 'KT'], 'LEG_NOT_IN_GROUP'],
    ['ND63_2024', 'NHOM_2', ['KT', 'XTT', 'BHYT'], 'LEG_NOT_IN_GROUP'],
    ['ND63_2024', 'NHOM_1', ['KS', 'TT', 'XX'], 'LEG_NOT_IN_GROUP'],
    ['ND63_2024', 'NHOM_1', ['KS', 'TT', 'TT', 'BHYT'], 'DUPLICATE_LEG'],
    ['ND63_2024', 'NHOM_1', [], 'MANDATORY_LEG_MISSING'],
    ['ND63_2024', 'NHOM_1', ['TT', 'BHYT'], 'MANDATORY_LEG_MISSING'],
    ['ND63_2024', 'NHOM_2', ['KT'], 'MANDATORY_LEG_MISSING'],
    ['ND63_2024', 'NHOM_2', ['KT', 'MT'], 'MANDATORY_LEG_MISSING'],
    ['ND301_2026', 'NHOM_1', ['KS', 'BHYT', 'CC'], 'DEPENDENCY_NOT_SELECTED'],
    ['ND63_2024', 'NHOM_2', ['KT', 'XTT', 'TU'], 'TU_REQUIRES_MT'],
    ['ND63_2024', 'NHOM_1', ['KS', 'BHYT'], 'PARTIAL_GROUP1_DISABLED'],
    ['ND301_2026', 'NHOM_1', ['KS', 'BHYT'], 'PARTIAL_GROUP1_DISABLED'],
    ['ND301_2026', 'NHOM_1', ['KS', 'TT', 'BHYT'], 'PARTIAL_GROUP1_DISABLED'],
    ['ND63_2024', 'NHOM_1', ['KS'], 'NOT_AN_ALLOWED_COMBINATION'],
    ['ND63_2024', 'NHOM_1', ['KS', 'TT'], 'NOT_AN_ALLOWED_COMBINATION'],
    ['ND301_2026', 'NHOM_1', ['KS', 'TT', 'CC'], 'NOT_AN_ALLOWED_COMBINATION'],
  ])('refuses %s %s %j by rule %s', (regime, group, legs, rule) => {
    const result = validateCombination(regime, group, legs);
    expect(!result.ok && result.error).toMatchObject({
      code: 'COMBINATION_NOT_ALLOWED',
      status: 422,
      rule,
    });
  });

  it('lists the allowed combinations in the detail', () => {
    const result = validateCombination('ND63_2024', 'NHOM_1', ['KS', 'TT']);
    expect(!result.ok && result.error.detail).toBe('NHOM_1 in ND63_2024 allows {KS,TT,BHYT}.');
  });
});

describe('combinations with switches', () => {
  it.each<Row>([
    ['ND63_2024', 'NHOM_1', ['KS', 'BHYT']],
    ['ND301_2026', 'NHOM_1', ['KS', 'BHYT']],
    ['ND301_2026', 'NHOM_1', ['KS', 'TT', 'BHYT']],
    ['ND301_2026', 'NHOM_1', ['KS', 'TT', 'BHYT', 'CC']],
  ])('accepts %s %s %j when partial group 1 is allowed', (regime, group, legs) => {
    expect(validateCombination(regime, group, legs, PARTIAL).ok).toBe(true);
  });

  it('still refuses birth + residence alone when partial group 1 is allowed', () => {
    const result = validateCombination('ND63_2024', 'NHOM_1', ['KS', 'TT'], PARTIAL);
    expect(!result.ok && result.error.rule).toBe('NOT_AN_ALLOWED_COMBINATION');
  });

  it.each<RegimeId>(['ND63_2024', 'ND301_2026'])(
    'refuses survivor benefits in %s when the survivor branch is off',
    (regime) => {
      const result = validateCombination(regime, 'NHOM_2', ['KT', 'XTT', 'MT', 'TU'], NO_TU);
      expect(!result.ok && result.error.rule).toBe('TU_TUAT_DISABLED');
    },
  );

  it('keeps 2 and 3 procedures when the survivor branch is off', () => {
    expect(validateCombination('ND63_2024', 'NHOM_2', ['KT', 'XTT', 'MT'], NO_TU).ok).toBe(true);
  });
});
