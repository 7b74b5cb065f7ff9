import { type Problem } from '../../contracts/problems.js';
import { type Reason } from '../kit/index.js';
import type { Preference } from '../kit/index.js';
/**
 * The stable problem codes of the population database (docs/problems.md lists them).
 * @see specs/dancu.yaml (operation descriptions); SECURITY.md §4
 */
export declare const DANCU_CODES: {
    readonly citizenNotFound: "CITIZEN_NOT_FOUND";
    readonly citizenNotUnique: "CITIZEN_NOT_UNIQUE";
    readonly citizenDeceased: "CITIZEN_DECEASED";
    readonly purposeNotPermitted: "PURPOSE_NOT_PERMITTED";
    readonly fieldNotPermitted: "FIELD_NOT_PERMITTED";
    readonly alreadyIssued: "PERSONAL_ID_ALREADY_ISSUED";
    readonly issuanceNotFound: "PERSONAL_ID_ISSUANCE_NOT_FOUND";
    readonly motherNotFound: "MOTHER_NOT_FOUND";
    readonly motherDeceased: "MOTHER_DECEASED";
    readonly fatherNotFound: "FATHER_NOT_FOUND";
    readonly birthDateInvalid: "BIRTH_DATE_INVALID";
    readonly sexUndetermined: "SEX_UNDETERMINED";
    readonly registrationPlaceInvalid: "BIRTH_REGISTRATION_PLACE_INVALID";
    readonly alreadyDeceased: "ALREADY_DECEASED";
    readonly deathDateInvalid: "DEATH_DATE_INVALID";
    readonly regimeNotInForce: "REGIME_NOT_IN_FORCE";
    readonly childNotUnder6: "CHILD_NOT_UNDER_6";
    readonly noPermanentResidence: "NO_PERMANENT_RESIDENCE";
    readonly representativeNotPermitted: "REPRESENTATIVE_NOT_PERMITTED";
    readonly applicationExists: "ID_CARD_APPLICATION_EXISTS";
    readonly applicationNotFound: "ID_CARD_APPLICATION_NOT_FOUND";
    readonly refused: "REFUSED_BY_PREFERENCE";
};
/** A stable problem code of this system. */
export type DancuCode = (typeof DANCU_CODES)[keyof typeof DANCU_CODES];
/**
 * 403 templates: the purpose or a field is outside what the dossier and purpose allow.
 * @see SECURITY.md §2 GW-06, GW-07; §4
 */
export declare const ACCESS_PROBLEMS: {
    readonly purposeNotPermitted: {
        readonly type: string;
        readonly title: "Mục đích khai thác không được phép";
        readonly status: 403;
        readonly code: "PURPOSE_NOT_PERMITTED";
    };
    readonly fieldNotPermitted: {
        readonly type: string;
        readonly title: "Trường thông tin không được phép khai thác";
        readonly status: 403;
        readonly code: "FIELD_NOT_PERMITTED";
    };
};
/** A business failure decided by a rule: its code, an English detail and optional reasons. */
export interface RuleFailure {
    readonly kind: 'notFound' | 'conflict' | 'businessRule';
    readonly code: DancuCode;
    readonly detail: string;
    readonly lyDo?: readonly Reason[];
}
/**
 * The problem of a rule failure (404, 409 or 422).
 * @see mocks/kit/problems.ts
 */
export declare function failureProblem(failure: RuleFailure): Problem;
/**
 * 403 for fields outside the purpose's allow-list; each field gets a pointer into the request.
 * @see SECURITY.md §2 GW-07
 */
export declare function fieldNotPermitted(purpose: string, fields: readonly {
    readonly field: string;
    readonly pointer: string;
}[]): Problem;
/**
 * 403 for a purpose the dossier's procedure does not allow.
 * @see SECURITY.md §2 GW-06, §3
 */
export declare function purposeNotPermitted(purpose: string, procedureCode: string): Problem;
/**
 * The reason code a `Prefer: outcome=refuse; reason=…` names, or `fallback`; a reason that is not
 * a stable SCREAMING_SNAKE code is a malformed preference (400), never passed on.
 * @see STYLE.md rule 9
 */
export declare function preferredReason(prefer: Preference, fallback: string): {
    readonly ok: true;
    readonly code: string;
} | {
    readonly ok: false;
    readonly problem: Problem;
};
