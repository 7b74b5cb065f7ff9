/**
 * Closed vocabularies of the regime tables. Leg and group values match the wire enums of
 * `specs/common.yaml` (`LegCode`, `ProcedureGroup`).
 * @see DOMAIN.md §1, §3, §4; specs/common.yaml
 */
/**
 * Legal regimes: Decree 63/2024 (to 31/08/2026) and Decree 301/2026 (from 01/09/2026).
 * @see DOMAIN.md §1
 */
export const REGIME_IDS = ['ND63_2024', 'ND301_2026'];
/**
 * Procedure groups: `NHOM_1` birth group, `NHOM_2` death group.
 * @see specs/common.yaml `ProcedureGroup`
 */
export const GROUP_IDS = ['NHOM_1', 'NHOM_2'];
/**
 * Legs of a group: KS birth, TT permanent residence, BHYT health-insurance card, CC ID card
 * (2026), KT death, XTT residence deregistration, MT funeral allowance, TU survivor benefits.
 * @see specs/common.yaml `LegCode`; DOMAIN.md §6.5
 */
export const LEG_CODES = ['KS', 'TT', 'BHYT', 'CC', 'KT', 'XTT', 'MT', 'TU'];
/**
 * Sandbox service ids of the deciding systems.
 * @see DOMAIN.md §2 "Service ids in the sandbox"
 */
export const SYSTEM_IDS = ['hotich', 'cutru', 'bhxh', 'xahoi', 'dancu'];
/**
 * Deciding agency levels after the 2025 reform (no district level).
 * `UBND_XA` commune People's Committee; `CONG_AN_XA` commune police; `CONG_AN_TINH` provincial
 * police (PC06); `BHXH_CO_SO` local social-security office; `SO_NOI_VU` provincial Department of
 * Home Affairs.
 * @see DOMAIN.md §2, §4; GLOSSARY.md
 */
export const AGENCY_LEVELS = [
    'UBND_XA',
    'CONG_AN_XA',
    'CONG_AN_TINH',
    'BHXH_CO_SO',
    'SO_NOI_VU',
];
/**
 * Benefit variants of the group-2 MT and TU legs (sandbox codes).
 * @see DOMAIN.md §4 variant table
 */
export const BENEFIT_VARIANTS = [
    'MAI_TANG_BHXH',
    'TU_TUAT_1LAN',
    'TU_TUAT_HANGTHANG',
    'HO_TRO_MAI_TANG',
    'MAI_TANG_HTXH',
    'MAI_TANG_NCC',
    'MAI_TANG_KHAC',
];
/**
 * What the deceased was, as far as benefit routing is concerned.
 * `INSURED` contributing; `RESERVING_CONTRIBUTIONS` reserving (≥ 12 months compulsory or ≥ 60
 * months paid); `PENSIONER` pensioner or monthly-benefit recipient; `PERSON_WITH_MERIT`;
 * `SOCIAL_ASSISTANCE` social-assistance beneficiary; `SOCIAL_PENSION` social-pension recipient;
 * `VETERAN` veteran, youth volunteer or resistance participant.
 * @see DOMAIN.md §4 variant table
 */
export const DECEASED_CATEGORIES = [
    'INSURED',
    'RESERVING_CONTRIBUTIONS',
    'PENSIONER',
    'PERSON_WITH_MERIT',
    'SOCIAL_ASSISTANCE',
    'SOCIAL_PENSION',
    'VETERAN',
];
/**
 * Narrows an arbitrary string to a member of a closed vocabulary.
 * @see LEG_CODES
 */
export function isOneOf(values, value) {
    return typeof value === 'string' && values.includes(value);
}
