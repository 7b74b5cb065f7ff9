/**
 * Who may read what: the purposes, the 20 basic fields and the allow-lists per purpose and per
 * procedure (TTHC) code. Pure functions over data tables.
 * @see SECURITY.md §2 (GW-06, GW-07, GW-16), §3
 */
import type { components } from '../../contracts/generated/dancu.js';
/** The wire name of one of the 20 basic citizen fields. */
export type CitizenField = components['schemas']['CitizenField'];
/** A purpose of use (`X-Muc-Dich`). */
export type Purpose = components['schemas']['Purpose'];
/**
 * The 20 basic fields, in the order of SECURITY.md §3 (also the order of answers).
 * @see SECURITY.md §3 "The 20 basic fields"; GW-07
 */
export declare const CITIZEN_FIELDS: readonly CitizenField[];
/**
 * Household members are returned for this purpose only, at most this many (head included).
 * @see SECURITY.md §2 GW-16, §3 (DK_THUONG_TRU)
 */
export declare const HOUSEHOLD_PURPOSE: Purpose;
/** At most this many household members in one answer. @see SECURITY.md §2 GW-16 */
export declare const MAX_HOUSEHOLD_MEMBERS = 20;
/**
 * The fields a purpose allows, in the order of the 20 basic fields.
 * @see SECURITY.md §3
 */
export declare function allowedFields(purpose: Purpose): readonly CitizenField[];
/**
 * The requested fields that the purpose does not allow (empty: all allowed).
 * @see SECURITY.md §2 GW-07 ("an explicit request for a field outside the list → FIELD_NOT_PERMITTED")
 */
export declare function fieldsOutsidePurpose(purpose: Purpose, requested: readonly string[]): readonly string[];
/**
 * The fields of an answer: the requested ones (all allowed by then) or the whole allow-list,
 * in the order of the 20 basic fields.
 * @see specs/dancu.yaml dancuLookupCitizen ("Without truong, every field allowed")
 */
export declare function answerFields(purpose: Purpose, requested: readonly CitizenField[] | undefined): readonly CitizenField[];
/**
 * The TTHC code of the linked group a dossier code belongs to, when it can be told: the leg suffix
 * gives the group (DOMAIN.md §6.5) and the dossier date the regime (DOMAIN.md §1); `undefined`
 * for a code without a leg, in another format or dated before any regime.
 * @see DOMAIN.md §1 ("the regime is chosen by the submission timestamp"), §6.5
 */
export declare const dossierProcedure: (maHoSo: string) => string | undefined;
/**
 * Whether the purpose is allowed for the dossier's procedure. A dossier whose procedure cannot
 * be told from its code passes: the gateway, which knows the dossier, checks it (GW-06).
 * @see SECURITY.md §2 GW-06, §3 column "Allowed for maTTHC"
 */
export declare function purposeAllowedFor(purpose: Purpose, maHoSo: string): {
    readonly allowed: true;
} | {
    readonly allowed: false;
    readonly procedure: string;
};
