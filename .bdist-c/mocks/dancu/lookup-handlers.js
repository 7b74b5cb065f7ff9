import { toVnIso } from '../domain/calendar/index.js';
import { defineOperation, notFound, businessRule } from '../kit/index.js';
import { answerFields, fieldsOutsidePurpose, HOUSEHOLD_PURPOSE, purposeAllowedFor, } from './access-rules.js';
import { citizenRecord, householdMember, needsRelatives } from './mapping.js';
import { DANCU_CODES, fieldNotPermitted, purposeNotPermitted } from './problems.js';
import { findCitizen, householdOf, relativesOf } from './register.js';
import { declaredFields, verifyFields } from './verification-rules.js';
function readHeaders(headers) {
    return { purpose: headers['x-muc-dich'], maHoSo: headers['x-ma-ho-so'] };
}
/**
 * The 403 for a purpose the dossier's procedure does not allow, or `undefined`.
 * @see SECURITY.md §2 GW-06
 */
export function checkPurpose({ purpose, maHoSo }) {
    const verdict = purposeAllowedFor(purpose, maHoSo);
    return verdict.allowed ? undefined : purposeNotPermitted(purpose, verdict.procedure);
}
/**
 * Looks up one citizen and returns only the fields the purpose allows (at most 20), plus the
 * household members for `DK_THUONG_TRU` only.
 * @see specs/dancu.yaml dancuLookupCitizen; SECURITY.md §2 GW-06, GW-07, GW-16
 */
export const lookupCitizen = defineOperation('dancuLookupCitizen', {}, async (req, ctx) => {
    const read = readHeaders(req.headers);
    const refused = checkPurpose(read);
    if (refused)
        return refused;
    const requested = req.body.truong;
    const outside = fieldsOutsidePurpose(read.purpose, requested ?? []);
    if (outside.length > 0) {
        return fieldNotPermitted(read.purpose, outside.map((field) => ({
            field,
            pointer: `/body/truong/${(requested ?? []).indexOf(field)}`,
        })));
    }
    const match = await findCitizen(ctx.store, req.body);
    if (match.kind === 'none') {
        return notFound(DANCU_CODES.citizenNotFound, 'No citizen matches the request.');
    }
    if (match.kind === 'many') {
        return businessRule(DANCU_CODES.citizenNotUnique, 'More than one citizen matches; identify the citizen by ID number.');
    }
    const citizen = match.citizen;
    const fields = answerFields(read.purpose, requested);
    const record = citizenRecord(citizen, needsRelatives(fields) ? await relativesOf(ctx.store, citizen) : {}, fields, read.purpose);
    if (read.purpose !== HOUSEHOLD_PURPOSE || citizen.householdId === null) {
        return { status: 200, body: record };
    }
    const members = await householdOf(ctx.store, citizen);
    return { status: 200, body: { ...record, thanhVienHo: members.map(householdMember) } };
});
/**
 * Verifies declared fields against the register: per field KHOP / KHONG_KHOP, echoing only
 * the declared value of a mismatch; an unknown ID number is `KHONG_TIM_THAY`, not a 404.
 * @see specs/dancu.yaml dancuVerifyCitizen; SECURITY.md §2 GW-08
 */
export const verifyCitizen = defineOperation('dancuVerifyCitizen', {}, async (req, ctx) => {
    const read = readHeaders(req.headers);
    const refused = checkPurpose(read);
    if (refused)
        return refused;
    const declared = declaredFields(req.body);
    const outside = fieldsOutsidePurpose(read.purpose, declared);
    if (outside.length > 0) {
        return fieldNotPermitted(read.purpose, outside.map((field) => ({ field, pointer: `/body/${field}` })));
    }
    const thoiDiem = toVnIso(ctx.clock.now());
    const match = await findCitizen(ctx.store, { soDinhDanh: req.body.soDinhDanh });
    if (match.kind !== 'one') {
        return {
            status: 200,
            body: { ketQua: 'KHONG_TIM_THAY', thoiDiem, maHoSo: read.maHoSo, chiTiet: [] },
        };
    }
    const relatives = needsRelatives(declared) ? await relativesOf(ctx.store, match.citizen) : {};
    const register = citizenRecord(match.citizen, relatives, declared, read.purpose);
    const { ketQua, chiTiet } = verifyFields(req.body, register);
    return { status: 200, body: { ketQua, thoiDiem, maHoSo: read.maHoSo, chiTiet: [...chiTiet] } };
});
/**
 * The system's health on the sandbox clock.
 * @see specs/dancu.yaml dancuGetHealth; specs/common.yaml Health
 */
export const getHealth = defineOperation('dancuGetHealth', {}, async (_req, ctx) => ({
    status: 200,
    body: { trangThai: 'HOAT_DONG', thoiDiem: toVnIso(ctx.clock.now()) },
}));
