/**
 * What both certificate kinds share: the issuing agency, signatures, yearly numbering, the check
 * against the population register and the problems of a refusal.
 */
import { toVnIso } from '../domain/calendar/index.js';
import { generateDossierCode, sandboxAgencyCode, } from '../domain/identifiers/index.js';
import { businessRule, lookupCitizen, nextSequence, } from '../kit/index.js';
import { YTE_REASONS } from './problems.js';
import { matchesRegister } from './rules.js';
import { SEQUENCE_FLOORS, YTE_COLLECTIONS } from './state.js';
/**
 * The agency code a facility's documents carry: the sandbox code of its province (a facility
 * code is the province code + 3 digits).
 * @see mocks/domain/identifiers `sandboxAgencyCode`; mocks/domain/population/facilities.ts
 */
export function issuingAgencyCode(facilityCode) {
    return sandboxAgencyCode(facilityCode.slice(0, 2)).code;
}
/**
 * The next number of a facility's yearly sequence (`GCS.80001.2026`), continuing after the
 * numbers the population already used.
 * @see DOMAIN.md §6.3 (`XXXXX` yearly sequence per facility)
 */
export async function nextCertificateNumber(ctx, kind, facilityCode, year) {
    const key = `${kind}.${facilityCode}.${year}`;
    const floor = await ctx.store
        .collection(YTE_COLLECTIONS.sequenceFloors, SEQUENCE_FLOORS)
        .get(key);
    return (floor?.last ?? 0) + (await nextSequence(ctx.store, `yte.${key}`));
}
/**
 * Checks a person against the population register with `dancuLookupCitizen` (only the ID
 * number, name and date of birth). The facility has no dossier yet, so the lookup is filed under
 * a reference of its own: the province's agency code, today, a daily number.
 * @see specs/dancu.yaml `dancuLookupCitizen`; SECURITY.md §3 (purposes `KHAI_SINH`, `KHAI_TU`)
 */
export async function checkInRegister(ctx, request) {
    const answer = await lookupCitizen(ctx, {
        soDinhDanh: request.person.soDinhDanh,
        purpose: request.purpose,
        maHoSo: await lookupReference(ctx, request.facilityCode),
        officer: request.officer,
        fields: ['soDinhDanh', 'hoTen', 'ngaySinh'],
    });
    if (answer.kind === 'found') {
        return matchesRegister(request.person, answer.citizen) ? 'MATCH' : 'MISMATCH';
    }
    if (answer.kind === 'unknown')
        return 'NOT_FOUND';
    if (answer.status === 429 || answer.status >= 500)
        return 'UNAVAILABLE';
    return 'UNVERIFIED';
}
async function lookupReference(ctx, facilityCode) {
    const agency = issuingAgencyCode(facilityCode);
    const date = toVnIso(ctx.clock.now()).slice(0, 10);
    const n = await nextSequence(ctx.store, `yte.traCuu.${agency}.${date}`);
    return generateDossierCode({ agency, date, seq: ((n - 1) % 9999) + 1 });
}
/** Business reasons with their wording; an unknown code (forced by `Prefer`) gets a generic one. */
export function reasonsOf(codes) {
    return codes.map((ma) => ({
        ma,
        moTa: YTE_REASONS[ma] ?? YTE_REASONS.TU_CHOI_THEO_YEU_CAU,
    }));
}
/** A 422 refusal whose problem code is its first reason. */
export function refusal(codes, detail) {
    return businessRule(codes[0] ?? 'BUSINESS_RULE_VIOLATED', detail, reasonsOf(codes));
}
const REASON_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;
/**
 * The reason a `Prefer: outcome=refuse; reason=…` forces, or `undefined` when it is not a reason
 * code (`^[A-Z][A-Z0-9_]{1,63}$`, as `Reason.ma` requires).
 * @see specs/common.yaml `Reason`
 */
export function forcedReason(reason) {
    if (reason === undefined)
        return 'TU_CHOI_THEO_YEU_CAU';
    return REASON_CODE.test(reason) ? reason : undefined;
}
