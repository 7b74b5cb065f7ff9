/**
 * BHXH's stored records → the wire shapes of specs/bhxh.yaml.
 * @see docs/decisions/0001-wire-vocabulary.md
 */
import type { components } from '../../contracts/generated/bhxh.js';
import type { Participant, StoredCard } from './state.js';
type Schemas = components['schemas'];
/**
 * Sex on the wire (the population's `WIRE.sex`, typed with the spec's enum).
 * @see specs/common.yaml `Sex`
 */
export declare const WIRE_SEX: {
    readonly MALE: "NAM";
    readonly FEMALE: "NU";
};
/**
 * Insurance categories on the wire (the population's `WIRE.insuranceCategory`, typed).
 * @see specs/bhxh.yaml `InsuranceRecordCategory`
 */
export declare const WIRE_CATEGORY: {
    readonly CONTRIBUTING: "NGUOI_THAM_GIA";
    readonly PENSIONER: "NGUOI_HUONG_LUONG_HUU";
    readonly MONTHLY_BENEFIT: "NGUOI_HUONG_TRO_CAP_HANG_THANG";
    readonly RESERVED: "BAO_LUU";
    readonly NOT_PARTICIPATING: "CHUA_THAM_GIA";
};
/**
 * The local social-security office of a province, named after it, with its sandbox agency code.
 * @see DOMAIN.md §2 A8 ("BHXH cơ sở" after 07/2025), §6.4, §11 #9
 */
export declare function bhxhOffice(provinceCode: string): Schemas['Agency'];
/**
 * Whether BHXH has an office (and an agency code) for a province: one of the 34 post-2025 codes.
 * @see DOMAIN.md §6.6
 */
export declare function hasOffice(provinceCode: string): boolean;
/**
 * A person's insurance record as the wire shows it; someone who never took part gets
 * `CHUA_THAM_GIA` with zero months and no code (unless a TE1 card gave them one).
 * @see specs/bhxh.yaml `InsuranceRecord`
 */
export declare function toInsuranceRecord(p: Participant): Schemas['InsuranceRecord'];
/**
 * A stored card as `bhxhGetCard` answers it: valid through `giaTriDen`, expired after.
 * @see specs/bhxh.yaml `HealthInsuranceCard`
 */
export declare function toHealthInsuranceCard(card: StoredCard, today: string): Schemas['HealthInsuranceCard'];
export {};
