import { describe, expect, it } from 'vitest';
import { resolveRegimeSettings } from './config.js';
import { groupTimeLimit, legPlan } from './plan.js';
import type { BenefitVariant } from './vocabulary.js';

const summary = (steps: readonly { leg: string; stage: number; workingDays: number }[]) =>
  steps.map((s) => `${s.leg}@${s.stage}:${s.workingDays}`);

describe('group 1 plans', () => {
  it('orders birth, then residence and BHYT in parallel (2024)', () => {
    const plan = legPlan('ND63_2024', 'NHOM_1', ['BHYT', 'TT', 'KS']);
    expect(plan.ok && summary(plan.value.steps)).toEqual(['KS@0:0', 'TT@1:2', 'BHYT@1:2']);
  });

  it('adds the ID card after residence succeeds, parallel to BHYT (2026)', () => {
    const plan = legPlan('ND301_2026', 'NHOM_1', ['KS', 'TT', 'BHYT', 'CC']);
    expect(plan.ok && summary(plan.value.steps)).toEqual([
      'KS@0:0',
      'TT@1:2',
      'BHYT@1:2',
      'CC@2:7',
    ]);
    expect(plan.ok && plan.value.steps.find((s) => s.leg === 'CC')).toMatchObject({
      dependsOn: ['TT'],
      system: 'dancu',
      countsTowardGroupLimit: false,
      dossierSuffix: '-CC',
    });
  });

  it('names the deciding system and agency of each leg', () => {
    const plan = legPlan('ND63_2024', 'NHOM_1', ['KS', 'TT', 'BHYT']);
    expect(plan.ok && plan.value.steps.map((s) => `${s.leg}:${s.system}/${s.agency}`)).toEqual([
      'KS:hotich/UBND_XA',
      'TT:cutru/CONG_AN_XA',
      'BHYT:bhxh/BHXH_CO_SO',
    ]);
  });

  it('applies the 15:00 cut-off to the same-day birth step only', () => {
    const plan = legPlan('ND63_2024', 'NHOM_1', ['KS', 'TT', 'BHYT']);
    expect(plan.ok && plan.value.steps.map((s) => s.sameDayCutoff)).toEqual(['15:00', null, null]);
  });

  it('gives residence 5 WD and the group 5 WD with verification', () => {
    const plan = legPlan('ND63_2024', 'NHOM_1', ['KS', 'TT', 'BHYT'], { withVerification: true });
    expect(plan.ok && plan.value.steps[1]).toMatchObject({ leg: 'TT', workingDays: 5 });
    expect(plan.ok && plan.value.groupWorkingDays).toBe(5);
  });

  it('carries the procedure code and the 7 WD supplement rule', () => {
    const plan = legPlan('ND301_2026', 'NHOM_1', ['KS', 'TT', 'BHYT', 'CC']);
    expect(plan.ok && plan.value).toMatchObject({
      regime: 'ND301_2026',
      procedureCode: '3.000722',
      supplement: { workingDays: 7, clockPauses: true },
    });
  });

  it('refuses to plan a combination that is not allowed', () => {
    const plan = legPlan('ND63_2024', 'NHOM_1', ['KS', 'BHYT']);
    expect(!plan.ok && plan.error.rule).toBe('PARTIAL_GROUP1_DISABLED');
  });
});

describe('group 2 plans', () => {
  it('starts deregistration and benefits after the death registration', () => {
    const plan = legPlan('ND63_2024', 'NHOM_2', ['KT', 'XTT', 'MT', 'TU']);
    expect(plan.ok && summary(plan.value.steps)).toEqual(['KT@0:0', 'XTT@1:2', 'MT@1:5', 'TU@1:8']);
  });

  it('routes the benefit legs by their variants', () => {
    const plan = legPlan('ND301_2026', 'NHOM_2', ['KT', 'XTT', 'MT'], {
      variants: { MT: 'MAI_TANG_NCC' },
    });
    expect(plan.ok && plan.value.steps[2]).toMatchObject({
      leg: 'MT',
      variant: 'MAI_TANG_NCC',
      system: 'xahoi',
      agency: 'SO_NOI_VU',
      workingDays: 7,
    });
  });

  it('throws when a survivor variant is given for the funeral leg', () => {
    expect(() =>
      legPlan('ND63_2024', 'NHOM_2', ['KT', 'XTT', 'MT'], { variants: { MT: 'TU_TUAT_1LAN' } }),
    ).toThrow(TypeError);
  });
});

describe('group time limits', () => {
  it.each([
    ['ND63_2024', 'NHOM_1', ['KS', 'TT', 'BHYT'], {}, 3],
    ['ND301_2026', 'NHOM_1', ['KS', 'TT', 'BHYT', 'CC'], {}, 3],
    ['ND301_2026', 'NHOM_1', ['KS', 'TT', 'BHYT', 'CC'], { withVerification: true }, 5],
    ['ND63_2024', 'NHOM_2', ['KT', 'XTT'], {}, 3],
    ['ND63_2024', 'NHOM_2', ['KT', 'XTT', 'MT'], {}, 6],
    ['ND63_2024', 'NHOM_2', ['KT', 'XTT', 'MT'], { variants: { MT: 'HO_TRO_MAI_TANG' } }, 6],
    ['ND63_2024', 'NHOM_2', ['KT', 'XTT', 'MT'], { variants: { MT: 'MAI_TANG_KHAC' } }, 8],
    ['ND63_2024', 'NHOM_2', ['KT', 'XTT', 'MT', 'TU'], {}, 9],
    [
      'ND301_2026',
      'NHOM_2',
      ['KT', 'XTT', 'MT', 'TU'],
      { variants: { TU: 'TU_TUAT_HANGTHANG' as BenefitVariant } },
      13,
    ],
  ] as const)('gives %s %s %j with %o a limit of %i WD', (regime, group, legs, options, wd) => {
    const limit = groupTimeLimit(regime, group, legs, options);
    expect(limit.ok && limit.value.workingDays).toBe(wd);
  });

  it('keeps the ID card outside the group 1 limit', () => {
    const limit = groupTimeLimit('ND301_2026', 'NHOM_1', ['KS', 'TT', 'BHYT', 'CC']);
    expect(limit.ok && limit.value.outside.map((s) => [s.leg, s.workingDays])).toEqual([['CC', 7]]);
  });

  it('follows configured limits', () => {
    const settings = resolveRegimeSettings({
      timeLimits: { group2: { intake: 2, variants: { MAI_TANG_BHXH: 10 } } },
    });
    const limit = groupTimeLimit('ND63_2024', 'NHOM_2', ['KT', 'XTT', 'MT'], { settings });
    expect(limit.ok && limit.value.workingDays).toBe(12);
  });

  it('counts the ID card in the group limit when configured so', () => {
    const settings = resolveRegimeSettings({ timeLimits: { group1: { outsideGroupLimit: [] } } });
    const limit = groupTimeLimit('ND301_2026', 'NHOM_1', ['KS', 'TT', 'BHYT', 'CC'], { settings });
    expect(limit.ok && limit.value.outside).toEqual([]);
  });
});
