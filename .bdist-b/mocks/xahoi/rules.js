import { benefitAmount } from '../domain/regimes/index.js';
/**
 * The category a variant requires of the deceased.
 * @see specs/xahoi.yaml xahoiClaimFuneralSupport; DOMAIN.md §4 variant table
 */
export const VARIANT_CATEGORY = {
    HO_TRO_MAI_TANG: 'SOCIAL_ASSISTANCE',
    MAI_TANG_HTXH: 'SOCIAL_PENSION',
    MAI_TANG_NCC: 'PERSON_WITH_MERIT',
    MAI_TANG_KHAC: 'VETERAN',
};
/**
 * Routing order of categories: the first describes a person in several.
 * @see specs/xahoi.yaml xahoiGetBeneficiary
 */
export const ROUTING_ORDER = [
    'PERSON_WITH_MERIT',
    'SOCIAL_ASSISTANCE',
    'SOCIAL_PENSION',
    'VETERAN',
];
/**
 * The decision document of a variant.
 * @see specs/xahoi.yaml xahoiClaimFuneralSupport
 */
export const DECISION_DOCUMENT = {
    HO_TRO_MAI_TANG: 'QUYET_DINH_HO_TRO_MAI_TANG',
    MAI_TANG_HTXH: 'QUYET_DINH_HO_TRO_MAI_TANG',
    MAI_TANG_NCC: 'QUYET_DINH_MAI_TANG_PHI',
    MAI_TANG_KHAC: 'QUYET_DINH_MAI_TANG_PHI',
};
/**
 * Legal basis of each variant (the amount's basis comes from the regimes table).
 * @see DOMAIN.md §4 variant table
 */
export const VARIANT_LEGAL_BASIS = {
    HO_TRO_MAI_TANG: 'Nghị định 20/2021/NĐ-CP Điều 11',
    MAI_TANG_HTXH: 'Luật BHXH 41/2024/QH15 Điều 22',
    MAI_TANG_NCC: 'Pháp lệnh Ưu đãi người có công với cách mạng 02/2020/UBTVQH14',
    MAI_TANG_KHAC: 'Thủ tục 2.002307 (mai táng phí cựu chiến binh)',
};
/**
 * Whether the deceased belongs to the category the variant requires.
 * @see specs/xahoi.yaml (422 `KHONG_THUOC_DOI_TUONG`)
 */
export function isEntitled(categories, variant) {
    return categories.includes(VARIANT_CATEGORY[variant]);
}
/**
 * Categories sorted in routing order.
 * @see ROUTING_ORDER
 */
export function inRoutingOrder(entitlements) {
    return [...entitlements].sort((a, b) => ROUTING_ORDER.indexOf(a.category) - ROUTING_ORDER.indexOf(b.category));
}
/**
 * An open or granted funeral-support claim for the same deceased (a refused one does not count).
 * @see specs/xahoi.yaml (409 `CLAIM_DUPLICATE`)
 */
export function duplicateOf(existing) {
    return existing.find(({ claim }) => claim.trangThai !== 'TU_CHOI');
}
/**
 * The support amount: `heSo × mucChuan` with the standard level in force in the month of death
 * and the variant's configured multiple; undefined when the sandbox does not model it.
 * @see DOMAIN.md §11 #14; regimes benefitAmount
 */
export function supportAmount(variant, deathDate, settings) {
    const amount = benefitAmount(variant, deathDate, settings);
    const { multiple } = settings.benefits.variants[variant].amount;
    if (!amount.ok || multiple === 0)
        return undefined;
    return {
        soTien: amount.value.amount,
        coSoTinh: { mucChuan: amount.value.amount / multiple, heSo: multiple },
        legalBasis: `${VARIANT_LEGAL_BASIS[variant]}; ${amount.value.legalBasis}`.slice(0, 300),
    };
}
