/**
 * Social-affairs records → the wire shapes of specs/xahoi.yaml, and the deciding agencies.
 * @see docs/decisions/0001-wire-vocabulary.md
 */
import type { components } from '../../contracts/generated/xahoi.js';
import type { AgencyLevel } from '../domain/regimes/index.js';
import type { Citizen } from './state.js';
type Schemas = components['schemas'];
/**
 * Categories on the wire, typed with the spec's enum.
 * @see specs/xahoi.yaml `BeneficiaryCategory`
 */
export declare const WIRE_CATEGORY: {
    readonly SOCIAL_ASSISTANCE: "BAO_TRO_XA_HOI";
    readonly SOCIAL_PENSION: "HUU_TRI_XA_HOI";
    readonly PERSON_WITH_MERIT: "NGUOI_CO_CONG";
    readonly VETERAN: "CUU_CHIEN_BINH";
};
/**
 * The agency deciding a variant for someone whose last residence was in `maXa`, `maTinh`:
 * the commune's People's Committee, or the provincial department, as configured.
 * @see DOMAIN.md §4 variant table, §11 #13; RegimeSettings.benefits.variants[*].agency
 */
export declare function decidingAgency(level: AgencyLevel, maTinh: string, maXa: string): Schemas['DecidingAgency'];
/**
 * A person's beneficiary record; `coQuanQuanLy` and `tuNgay` describe the first category in
 * routing order.
 * @see specs/xahoi.yaml `BeneficiaryRecord`
 */
export declare function toBeneficiaryRecord(citizen: Citizen): Schemas['BeneficiaryRecord'];
export {};
