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
};
/**
 * The two regimes as data. Codes [medium] QĐ 296/QĐ-VPCP, QĐ 3582/QĐ-UBND; validity is the
 * SANDBOX DEFAULT of DOMAIN.md §1 (2024 codes to 2026-08-31, 2026 codes from 2026-09-01).
 * @see DOMAIN.md §1, §3, §4
 */
export const REGIMES = [
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
                title: 'Đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT, cấp thẻ căn cước cho trẻ em dưới 6 tuổi',
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
