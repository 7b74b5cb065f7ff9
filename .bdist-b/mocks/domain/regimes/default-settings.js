// Tags ([high]/[medium]/[low]) and SANDBOX DEFAULT follow DOMAIN.md §0. Agency levels are the
// post-07/2025 ones for both regimes: the sandbox has no district level (DOMAIN.md §1, §4).
/**
 * The sandbox defaults of every configurable regime value. Frozen by `resolveRegimeSettings`.
 * @see DOMAIN.md §3, §4, §5, §11
 */
export const DEFAULT_REGIME_SETTINGS = {
    // SANDBOX DEFAULT §11 #4: no leg can be dropped from group 1 unless configured.
    allowPartialGroup1: false,
    // SANDBOX DEFAULT §11 #20: keep the survivor branch (gone from the live form 14/09/2026 [low]).
    group2: { tuTuatEnabled: true },
    legs: {
        // [high] Luật Hộ tịch Art. 13: the commune People's Committee of the parent's residence.
        KS: { dependsOn: [], decidedBy: { system: 'hotich', agency: 'UBND_XA' } },
        // [high] DOMAIN §3 step 7: needs the birth certificate and ID number; commune police decide.
        TT: { dependsOn: ['KS'], decidedBy: { system: 'cutru', agency: 'CONG_AN_XA' } },
        // [low] inference DOMAIN §3: BHXH does not wait for residence; BHXH cơ sở after 07/2025.
        BHYT: { dependsOn: ['KS'], decidedBy: { system: 'bhxh', agency: 'BHXH_CO_SO' } },
        // SANDBOX DEFAULT §3, §11 #3: starts when residence succeeds, in parallel with BHYT.
        // Agency [low] inference (Luật Căn cước 26/2023: the police identity-management agency).
        CC: { dependsOn: ['TT'], decidedBy: { system: 'dancu', agency: 'CONG_AN_TINH' } },
        // [high] Luật Hộ tịch Art. 32: commune of the last residence of the deceased.
        KT: { dependsOn: [], decidedBy: { system: 'hotich', agency: 'UBND_XA' } },
        // [high] Luật Cư trú Art. 24: deregistration is mandatory; needs the trích lục.
        XTT: { dependsOn: ['KT'], decidedBy: { system: 'cutru', agency: 'CONG_AN_XA' } },
        // [medium] QĐ 1449/QĐ-BHXH: the benefit legs need the trích lục; routed by variant (§4).
        MT: { dependsOn: ['KT'], decidedBy: 'BY_VARIANT' },
        TU: { dependsOn: ['KT'], decidedBy: 'BY_VARIANT' },
    },
    timeLimits: {
        // [medium] Thanh Niên 09/2025: a dossier received after 15:00 counts from the next WD.
        sameDayCutoff: '15:00',
        // [medium] Decree 63/2024 Art. 8 (birth step); SANDBOX DEFAULT §3, §11 #6: every leg and
        // group 2; the clock pauses in status 5.
        supplement: { workingDays: 7, clockPauses: true },
        group1: {
            KS: 0, // [high] same WD, Decree 63/2024 (LawNet), CAND
            TT: 2, // [medium] Thanh Niên 09/2025
            ttWithVerification: 5, // [medium] Thanh Niên 09/2025
            BHYT: 2, // [medium] Thanh Niên 09/2025
            CC: 7, // SANDBOX DEFAULT §5, §11 #3 [low] Luật Căn cước standalone limit
            total: 3, // [medium] CAND; Thanh Niên
            totalWithVerification: 5, // [medium] CAND; Thanh Niên
            outsideGroupLimit: ['CC'], // SANDBOX DEFAULT §5: the ID card runs outside the group limit
        },
        // Group 2: no statutory limits found; all SANDBOX DEFAULT §5, §11 #2.
        group2: {
            KT: 0, // same WD, 15:00 cut-off [medium] Luật Hộ tịch 2014 and guidance
            XTT: 2, // [high] procedure 1.007073, dichvucong.gov.vn
            intake: 1, // group = 1 WD + longest leg [medium] QĐ 1114/QĐ-UBND (6 WD with MT)
            variants: {
                MAI_TANG_BHXH: 5,
                HO_TRO_MAI_TANG: 5,
                MAI_TANG_HTXH: 5,
                MAI_TANG_NCC: 7,
                MAI_TANG_KHAC: 7,
                TU_TUAT_1LAN: 8,
                TU_TUAT_HANGTHANG: 12,
            },
        },
    },
    fees: {
        // [high] TT 75/2022/TT-BTC; children exempt [medium] TT 75/2022/TT-BTC Art. 4.
        residence: { inPerson: 20_000, online: 10_000, childrenExempt: true },
        // [low] QĐ 1114/QĐ-UBND (2020); set by the province. SANDBOX DEFAULT.
        extractCopy: 8_000,
        legs: {
            KS: 0, // [high] Luật Hộ tịch Art. 11: on-time registration exempt
            KT: 0, // [high] Luật Hộ tịch Art. 11
            BHYT: 0, // [high] Luật BHYT: state budget pays for under-6s
            CC: 0, // SANDBOX DEFAULT §5, §11 #3
            XTT: 0, // [low] inference: TT 75/2022/TT-BTC charges registration, not deregistration
            MT: 0, // [low] inference: QĐ 1449/QĐ-BHXH lists no fee
            TU: 0, // [low] inference: QĐ 1449/QĐ-BHXH lists no fee
        },
    },
    benefits: {
        // SANDBOX DEFAULT §4 routing, in order; otherwise KHONG_THUOC_DOI_TUONG.
        routing: [
            {
                anyOf: ['INSURED', 'RESERVING_CONTRIBUTIONS', 'PENSIONER'],
                funeral: 'MAI_TANG_BHXH',
                survivor: true,
            },
            { anyOf: ['PERSON_WITH_MERIT'], funeral: 'MAI_TANG_NCC', survivor: false },
            // SANDBOX DEFAULT beyond DOMAIN §4's three rules: the variant table also routes veterans
            // (2.002307) and social-pension recipients (1.014028), which issue 4 requires xahoi to serve.
            { anyOf: ['VETERAN'], funeral: 'MAI_TANG_KHAC', survivor: false },
            { anyOf: ['SOCIAL_ASSISTANCE'], funeral: 'HO_TRO_MAI_TANG', survivor: false },
            { anyOf: ['SOCIAL_PENSION'], funeral: 'MAI_TANG_HTXH', survivor: false },
        ],
        survivorVariants: { ONE_TIME: 'TU_TUAT_1LAN', MONTHLY: 'TU_TUAT_HANGTHANG' },
        // Agencies per variant: SANDBOX DEFAULT §11 #13, post-07/2025 column of §4.
        variants: {
            MAI_TANG_BHXH: {
                leg: 'MT',
                system: 'bhxh',
                agency: 'BHXH_CO_SO',
                procedureCode: null,
                amount: { formula: 'REFERENCE_MULTIPLE', multiple: 10 }, // §11 #14 [low] Luật BHXH
                source: '[medium] QĐ 1449/QĐ-BHXH; categories [high] QĐ 3504/QĐ-BHXH',
            },
            TU_TUAT_1LAN: {
                leg: 'TU',
                system: 'bhxh',
                agency: 'BHXH_CO_SO',
                procedureCode: null,
                amount: { formula: 'NOT_MODELLED', multiple: 0 }, // depends on contribution history
                source: '[medium] QĐ 1449/QĐ-BHXH',
            },
            TU_TUAT_HANGTHANG: {
                leg: 'TU',
                system: 'bhxh',
                agency: 'BHXH_CO_SO',
                procedureCode: null,
                amount: { formula: 'NOT_MODELLED', multiple: 0 },
                source: '[medium] QĐ 1449/QĐ-BHXH',
            },
            HO_TRO_MAI_TANG: {
                leg: 'MT',
                system: 'xahoi',
                agency: 'UBND_XA',
                procedureCode: '1.001731',
                // Multiple 20: SANDBOX DEFAULT [low] (not in DOMAIN.md; NĐ 20/2021/NĐ-CP Art. 11).
                amount: { formula: 'STANDARD_MULTIPLE', multiple: 20 },
                source: '[medium] national TTHC catalogue (1.001731); after 2025 [low] inference',
            },
            MAI_TANG_HTXH: {
                leg: 'MT',
                system: 'xahoi',
                agency: 'UBND_XA',
                procedureCode: '1.014028',
                // SANDBOX DEFAULT [low]: same support as HO_TRO_MAI_TANG (social-assistance standard × 20).
                amount: { formula: 'STANDARD_MULTIPLE', multiple: 20 },
                source: '[low] inference',
            },
            MAI_TANG_NCC: {
                leg: 'MT',
                system: 'xahoi',
                agency: 'SO_NOI_VU',
                procedureCode: null,
                // SANDBOX DEFAULT [low]: 10 × the reference amount (base salary), as the funeral allowance
                // of the ordinance on people with merit is set in multiples of the base salary.
                amount: { formula: 'REFERENCE_MULTIPLE', multiple: 10 },
                source: '[high] 004_ac0167a0028de95e.txt (2024); [medium] NQ 176/2025/QH15 (after)',
            },
            MAI_TANG_KHAC: {
                leg: 'MT',
                system: 'xahoi',
                // SANDBOX DEFAULT: "district People's Committee or Sở" → Sở Nội vụ after 2025 [low].
                agency: 'SO_NOI_VU',
                procedureCode: '2.002307',
                // SANDBOX DEFAULT [low]: 10 × the reference amount (veterans' funeral allowance, 2.002307).
                amount: { formula: 'REFERENCE_MULTIPLE', multiple: 10 },
                source: '[low] (secondary source)',
            },
        },
        referenceAmounts: [
            {
                // SANDBOX DEFAULT [low]: not in DOMAIN.md; equals the base salary of NĐ 73/2024/NĐ-CP and
                // the 23,400,000 đ example of specs/common.yaml `Amount`.
                from: '2024-07-01',
                amount: 2_340_000,
                legalBasis: 'Luật BHXH 41/2024/QH15 (mức tham chiếu); NĐ 73/2024/NĐ-CP',
            },
        ],
        standardLevels: [
            {
                // SANDBOX DEFAULT [low]: not in DOMAIN.md.
                from: '2024-07-01',
                amount: 500_000,
                legalBasis: 'NĐ 76/2024/NĐ-CP (mức chuẩn trợ giúp xã hội)',
            },
            {
                // [low] DOMAIN §4, §11 #14 (secondary source).
                from: '2026-07-01',
                amount: 540_000,
                legalBasis: 'NĐ 335/2026/NĐ-CP (mức chuẩn trợ giúp xã hội)',
            },
        ],
    },
};
