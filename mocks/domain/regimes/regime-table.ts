import type { CombinationRule } from './problems.js';
import type { GroupId, LegCode, RegimeId } from './vocabulary.js';

/**
 * Which setting switches an allowed combination on. `ALWAYS` needs none.
 * @see DOMAIN.md §11 #4 (`allowPartialGroup1`), #20 (`group2.tuTuatEnabled`)
 */
export type CombinationSwitch = 'ALWAYS' | 'allowPartialGroup1' | 'group2.tuTuatEnabled';

/**
 * A set of legs a citizen may select together, and the switch it needs.
 * @see DOMAIN.md §3 "Combinations", §4 step 1
 */
export interface AllowedCombination {
  readonly legs: readonly LegCode[];
  readonly enabledBy: CombinationSwitch;
}

/**
 * A selection rule: choosing `leg` requires also choosing `requires` (not a processing order).
 * @see DOMAIN.md §4 step 1
 */
export interface SelectionRule {
  readonly leg: LegCode;
  readonly requires: LegCode;
  readonly rule: CombinationRule;
}

/**
 * One procedure group within a regime.
 * @see DOMAIN.md §1 regime table
 */
export interface GroupDefinition {
  readonly group: GroupId;
  /** The group's TTHC code in this regime. */
  readonly procedureCode: string;
  readonly title: string;
  readonly source: string;
  /** Legs that exist in this group and regime, in canonical order. */
  readonly legs: readonly LegCode[];
  /** Legs every selection must contain. */
  readonly mandatory: readonly LegCode[];
  readonly selectionRules: readonly SelectionRule[];
  readonly combinations: readonly AllowedCombination[];
}

/**
 * A legal regime: its validity (inclusive calendar dates, Vietnam time) and its two groups.
 * @see DOMAIN.md §1
 */
export interface Regime {
  readonly id: RegimeId;
  readonly legalBasis: string;
  readonly validFrom: string;
  /** Last day in force; `null` while open-ended. */
  readonly validTo: string | null;
  /** The coordinating component: the interlinking software or the national portal. */
  readonly hub: 'PHAN_MEM_DVC_LIEN_THONG' | 'CONG_DVCQG';
  readonly performedAt: string;
  readonly groups: Readonly<Record<GroupId, GroupDefinition>>;
}

// Group 2 is identical in both regimes: "2, 3 or 4 procedures" [high] QĐ 296/QĐ-VPCP, where each
// choice adds to the previous one, so survivor benefits (TU) come only with the funeral leg (MT).
const GROUP2_SHAPE = {
  legs: ['KT', 'XTT', 'MT', 'TU'],
  // [high] Luật Cư trú Art. 24: deregistration of a deceased person is mandatory.
  mandatory: ['KT', 'XTT'],
  selectionRules: [{ leg: 'TU', requires: 'MT', rule: 'TU_REQUIRES_MT' }],
  combinations: [
    { legs: ['KT', 'XTT'], enabledBy: 'ALWAYS' },
    { legs: ['KT', 'XTT', 'MT'], enabledBy: 'ALWAYS' },
    { legs: ['KT', 'XTT', 'MT', 'TU'], enabledBy: 'group2.tuTuatEnabled' },
  ],
} as const satisfies Partial<GroupDefinition>;

/**
 * The two regimes as data. Codes [medium] QĐ 296/QĐ-VPCP, QĐ 3582/QĐ-UBND; validity is the
 * SANDBOX DEFAULT of DOMAIN.md §1 (2024 codes to 2026-08-31, 2026 codes from 2026-09-01).
 * @see DOMAIN.md §1, §3, §4
 */
export const REGIMES: readonly Regime[] = [
  {
    id: 'ND63_2024',
    legalBasis: 'Nghị định 63/2024/NĐ-CP',
    // [high] Decree 63/2024 Art. 26(1): interlinked dossiers accepted from 01/07/2024.
    validFrom: '2024-07-01',
    validTo: '2026-08-31',
    hub: 'PHAN_MEM_DVC_LIEN_THONG',
    performedAt: 'UBND cấp xã', // [high] Luật Hộ tịch Art. 13, 32
    groups: {
      NHOM_1: {
        group: 'NHOM_1',
        procedureCode: '2.000986',
        title: 'Đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi',
        source: '[medium] QĐ 296/QĐ-VPCP; QĐ 3582/QĐ-UBND',
        legs: ['KS', 'TT', 'BHYT'],
        mandatory: ['KS'],
        selectionRules: [],
        // SANDBOX DEFAULT §3: all legs; {KS,BHYT} (the old 2.001023 scope) only if configured.
        combinations: [
          { legs: ['KS', 'TT', 'BHYT'], enabledBy: 'ALWAYS' },
          { legs: ['KS', 'BHYT'], enabledBy: 'allowPartialGroup1' },
        ],
      },
      NHOM_2: {
        group: 'NHOM_2',
        procedureCode: '2.002622',
        title: 'Đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
        source: '[medium] QĐ 296/QĐ-VPCP; QĐ 3582/QĐ-UBND',
        ...GROUP2_SHAPE,
      },
    },
  },
  {
    id: 'ND301_2026',
    legalBasis: 'Nghị định 63/2024/NĐ-CP, sửa đổi bởi Nghị định 301/2026/NĐ-CP',
    validFrom: '2026-09-01', // [medium] Decree 301/2026
    validTo: null,
    hub: 'CONG_DVCQG', // the old software is kept to 01/01/2027 [medium] Decree 301/2026
    performedAt: 'Trung tâm PVHCC thành phố và cấp xã', // [medium] QĐ 3582/QĐ-UBND
    groups: {
      NHOM_1: {
        group: 'NHOM_1',
        procedureCode: '3.000722',
        title:
          'Đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT, cấp thẻ căn cước cho trẻ em dưới 6 tuổi',
        source: '[medium] QĐ 3582/QĐ-UBND',
        legs: ['KS', 'TT', 'BHYT', 'CC'],
        mandatory: ['KS'],
        selectionRules: [],
        // SANDBOX DEFAULT §3: all four legs; dropping CC, or TT with CC, only if configured.
        combinations: [
          { legs: ['KS', 'TT', 'BHYT', 'CC'], enabledBy: 'ALWAYS' },
          { legs: ['KS', 'TT', 'BHYT'], enabledBy: 'allowPartialGroup1' },
          { legs: ['KS', 'BHYT'], enabledBy: 'allowPartialGroup1' },
        ],
      },
      NHOM_2: {
        group: 'NHOM_2',
        procedureCode: '2.002913',
        title: 'Liên thông điện tử: đăng ký khai tử, xóa đăng ký thường trú, mai táng phí, tử tuất',
        source: '[medium] QĐ 3582/QĐ-UBND',
        ...GROUP2_SHAPE,
      },
    },
  },
];
