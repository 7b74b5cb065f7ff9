import { REGIMES } from './regime-table.js';
const GROUP_ENTRIES = REGIMES.flatMap((regime) => Object.values(regime.groups).map((g) => ({
    kind: 'GROUP',
    code: g.procedureCode,
    regime: regime.id,
    group: g.group,
    title: g.title,
    validFrom: regime.validFrom,
    validTo: regime.validTo,
    source: g.source,
})));
const OTHER_ENTRIES = [
    // SANDBOX DEFAULT §11 #16: register the unresolved equivalences as aliases.
    {
        kind: 'ALIAS',
        code: '2.000987',
        aliasOf: '3.000722',
        title: 'Khai sinh liên thông có cấp căn cước (tuyến cổng)',
        source: '[low] portal route #/ke-khai/2.000987 (secondary source); DOMAIN §11 #16',
    },
    {
        kind: 'ALIAS',
        code: '2.002621',
        aliasOf: '2.000986',
        title: 'Khai sinh, thường trú, BHYT (bãi bỏ 2026)',
        source: '[medium] QĐ 3582/QĐ-UBND (repealed 2026); DOMAIN §11 #16',
    },
    {
        kind: 'PORTAL_ROUTE',
        code: '1.006714',
        group: 'NHOM_2',
        title: 'Khai tử liên thông (tuyến cổng)',
        source: '[low] portal route #/ke-khai/1.006714 (secondary source)',
    },
    {
        kind: 'LEGACY',
        code: '2.001023',
        title: 'Đăng ký khai sinh, cấp thẻ BHYT cho trẻ em dưới 6 tuổi',
        legs: ['KS', 'BHYT'],
        validFrom: null,
        validTo: '2026-08-31', // [medium] QĐ 3582/QĐ-UBND: repealed 2026
        source: '[medium] QĐ 3582/QĐ-UBND',
    },
    {
        kind: 'LEGACY',
        code: '1.011537',
        title: 'Khai tử, xóa thường trú, trợ cấp mai táng phí (Mẫu số 02, 2023)',
        legs: ['KT', 'XTT', 'MT'],
        validFrom: null,
        validTo: '2024-06-30', // SANDBOX DEFAULT [low]: superseded by 2.002622 under Decree 63
        source: '[medium] QĐ 3582/QĐ-UBND; provincial catalogues',
    },
    {
        kind: 'LEGACY',
        code: '1.007073',
        title: 'Khai tử, xóa đăng ký thường trú (thủ tục trực tiếp cũ)',
        legs: ['KT', 'XTT'],
        validFrom: null,
        validTo: '2024-06-30', // SANDBOX DEFAULT [low]: superseded by 2.002622 under Decree 63
        source: '[high] dichvucong.gov.vn',
    },
    { kind: 'STANDALONE', code: '1.001193', title: 'Đăng ký khai sinh', source: '[medium] §1' },
    {
        kind: 'STANDALONE',
        code: '1.000689',
        title: 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con',
        source: '[medium] §1',
    },
    { kind: 'STANDALONE', code: '1.000656', title: 'Đăng ký khai tử', source: '[medium] §1' },
    { kind: 'STANDALONE', code: '1.004194', title: 'Đăng ký tạm trú', source: '[medium] §1' },
    {
        kind: 'STANDALONE',
        code: '1.001731',
        title: 'Hỗ trợ chi phí mai táng (đối tượng bảo trợ xã hội)',
        source: '[medium] national TTHC catalogue',
    },
    {
        kind: 'STANDALONE',
        code: '2.002307',
        title: 'Trợ cấp mai táng phí cựu chiến binh',
        source: '[low] (secondary source)',
    },
    {
        kind: 'STANDALONE',
        code: '1.014028',
        title: 'Hỗ trợ mai táng người hưởng trợ cấp hưu trí xã hội',
        source: '[low] inference, DOMAIN §4',
    },
];
/**
 * Every known procedure code: the four group codes, aliases, a portal route, legacy and
 * standalone codes.
 * @see DOMAIN.md §1, §4, §11 #16
 */
export const PROCEDURES = [...GROUP_ENTRIES, ...OTHER_ENTRIES];
