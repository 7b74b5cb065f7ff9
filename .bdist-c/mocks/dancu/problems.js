import { problem, problemType, } from '../../contracts/problems.js';
import { businessRule, conflict, MOCK_PROBLEMS, notFound } from '../kit/index.js';
/**
 * The stable problem codes of the population database (docs/problems.md lists them).
 * @see specs/dancu.yaml (operation descriptions); SECURITY.md §4
 */
export const DANCU_CODES = {
    citizenNotFound: 'CITIZEN_NOT_FOUND',
    citizenNotUnique: 'CITIZEN_NOT_UNIQUE',
    citizenDeceased: 'CITIZEN_DECEASED',
    purposeNotPermitted: 'PURPOSE_NOT_PERMITTED',
    fieldNotPermitted: 'FIELD_NOT_PERMITTED',
    alreadyIssued: 'PERSONAL_ID_ALREADY_ISSUED',
    issuanceNotFound: 'PERSONAL_ID_ISSUANCE_NOT_FOUND',
    motherNotFound: 'MOTHER_NOT_FOUND',
    motherDeceased: 'MOTHER_DECEASED',
    fatherNotFound: 'FATHER_NOT_FOUND',
    birthDateInvalid: 'BIRTH_DATE_INVALID',
    sexUndetermined: 'SEX_UNDETERMINED',
    registrationPlaceInvalid: 'BIRTH_REGISTRATION_PLACE_INVALID',
    alreadyDeceased: 'ALREADY_DECEASED',
    deathDateInvalid: 'DEATH_DATE_INVALID',
    regimeNotInForce: 'REGIME_NOT_IN_FORCE',
    childNotUnder6: 'CHILD_NOT_UNDER_6',
    noPermanentResidence: 'NO_PERMANENT_RESIDENCE',
    representativeNotPermitted: 'REPRESENTATIVE_NOT_PERMITTED',
    applicationExists: 'ID_CARD_APPLICATION_EXISTS',
    applicationNotFound: 'ID_CARD_APPLICATION_NOT_FOUND',
    refused: 'REFUSED_BY_PREFERENCE',
};
/**
 * 403 templates: the purpose or a field is outside what the dossier and purpose allow.
 * @see SECURITY.md §2 GW-06, GW-07; §4
 */
export const ACCESS_PROBLEMS = {
    purposeNotPermitted: {
        type: problemType('purpose-not-permitted'),
        title: 'Mục đích khai thác không được phép',
        status: 403,
        code: DANCU_CODES.purposeNotPermitted,
    },
    fieldNotPermitted: {
        type: problemType('field-not-permitted'),
        title: 'Trường thông tin không được phép khai thác',
        status: 403,
        code: DANCU_CODES.fieldNotPermitted,
    },
};
/**
 * The problem of a rule failure (404, 409 or 422).
 * @see mocks/kit/problems.ts
 */
export function failureProblem(failure) {
    if (failure.kind === 'notFound')
        return notFound(failure.code, failure.detail);
    if (failure.kind === 'conflict')
        return conflict(failure.code, failure.detail, failure.lyDo);
    return businessRule(failure.code, failure.detail, failure.lyDo);
}
/**
 * 403 for fields outside the purpose's allow-list; each field gets a pointer into the request.
 * @see SECURITY.md §2 GW-07
 */
export function fieldNotPermitted(purpose, fields) {
    const names = fields.map((f) => f.field).join(', ');
    return problem(ACCESS_PROBLEMS.fieldNotPermitted, `The purpose ${purpose} does not allow the field(s) ${names}.`, {
        errors: fields.map((f) => ({
            pointer: f.pointer,
            code: DANCU_CODES.fieldNotPermitted,
            detail: `${f.field} is outside the allow-list of ${purpose}`,
        })),
    });
}
/**
 * 403 for a purpose the dossier's procedure does not allow.
 * @see SECURITY.md §2 GW-06, §3
 */
export function purposeNotPermitted(purpose, procedureCode) {
    return problem(ACCESS_PROBLEMS.purposeNotPermitted, `The purpose ${purpose} is not allowed for a dossier of procedure ${procedureCode}.`);
}
const REASON_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;
/**
 * The reason code a `Prefer: outcome=refuse; reason=…` names, or `fallback`; a reason that is not
 * a stable SCREAMING_SNAKE code is a malformed preference (400), never passed on.
 * @see STYLE.md rule 9
 */
export function preferredReason(prefer, fallback) {
    const code = prefer.reason ?? fallback;
    if (REASON_CODE.test(code))
        return { ok: true, code };
    return {
        ok: false,
        problem: problem(MOCK_PROBLEMS.preferInvalid, 'Prefer: reason must be a SCREAMING_SNAKE code'),
    };
}
