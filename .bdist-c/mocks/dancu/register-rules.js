import { isCommuneInProvince } from '../domain/admin-units/index.js';
import { findIdProvince, generatePersonalId, isPost2025ProvinceCode, POST_2025_PROVINCES_FROM, } from '../domain/identifiers/index.js';
import { DANCU_CODES } from './problems.js';
const fail = (kind, code, detail) => ({ ok: false, failure: { kind, code, detail } });
/**
 * Whether a newborn may get a number, and the sex the number encodes. In order: a date of birth
 * in the future, a sex the number cannot encode, a registration place that is not a commune of
 * a province whose code may open a number, the mother missing or recorded dead, the father
 * (when named) missing. A father recorded dead does not stop a birth (posthumous child).
 * @see specs/dancu.yaml dancuIssuePersonalId; DOMAIN.md §6.1 (`G` encodes male or female), §6.6
 */
export function checkNewborn(facts) {
    const { request, today, mother, father } = facts;
    if (request.ngaySinh > today) {
        return fail('businessRule', DANCU_CODES.birthDateInvalid, 'The date of birth is in the future.');
    }
    if (request.gioiTinh === 'CHUA_XAC_DINH') {
        return fail('businessRule', DANCU_CODES.sexUndetermined, 'A personal ID number encodes male or female; the sex is not determined.');
    }
    if (!isIssuingPlace(request.noiDangKyKhaiSinh, today)) {
        return fail('businessRule', DANCU_CODES.registrationPlaceInvalid, 'The place of birth registration is not a commune of a province that issues ID numbers.');
    }
    if (mother === undefined) {
        return fail('businessRule', DANCU_CODES.motherNotFound, 'The mother is not in the register.');
    }
    if (mother.death !== null) {
        return fail('businessRule', DANCU_CODES.motherDeceased, 'The mother is recorded as deceased.');
    }
    if (request.cha !== undefined && father === undefined) {
        return fail('businessRule', DANCU_CODES.fatherNotFound, 'The father is not in the register.');
    }
    return { ok: true, sex: request.gioiTinh, mother };
}
/**
 * A place that may open an ID number: a commune of its province, and a province code usable as
 * `AAA` on that date (one of the 34 from 01/07/2025, one of the 63 before).
 * @see DOMAIN.md §6.1 SANDBOX DEFAULT, §6.6
 */
export function isIssuingPlace(place, registeredOn) {
    const provinceOk = registeredOn >= POST_2025_PROVINCES_FROM
        ? isPost2025ProvinceCode(place.maTinh)
        : findIdProvince(`0${place.maTinh}`) !== undefined;
    return provinceOk && isCommuneInProvince(place.maXa, place.maTinh);
}
/**
 * The `AAA` prefix of a number issued by the province of birth registration: "0" + its code.
 * @see DOMAIN.md §6.1 ("births registered after 07/2025 use 0 + the new province code")
 */
export function issuingPrefix(provinceCode) {
    return `0${provinceCode}`;
}
/**
 * A new number for the newborn, drawn until it is not taken (`isTaken`), from a random source
 * the caller seeds so that issuance is reproducible.
 * @see DOMAIN.md §6.1 (`AAA G YY NNNNNN`); NĐ 137/2015/NĐ-CP Art. 13
 */
export async function drawPersonalId(request, sex, today, random, isTaken) {
    for (;;) {
        const id = generatePersonalId({
            provinceCode: issuingPrefix(request.noiDangKyKhaiSinh.maTinh),
            sex,
            birthDate: request.ngaySinh,
            registeredOn: today,
            random,
        });
        if (!(await isTaken(id)))
            return id;
    }
}
/**
 * The newborn as a citizen: alive, no residence yet, the mother (and father) as parents,
 * ethnicity as declared or else the mother's, nationality as declared or else Vietnamese.
 * @see specs/dancu.yaml dancuIssuePersonalId ("The child is added to the register, alive")
 */
export function newbornCitizen(id, request, sex, mother) {
    const place = request.noiDangKyKhaiSinh;
    const hometown = request.queQuan;
    return {
        id,
        legacyIdNumber: null,
        fullName: request.hoTen.normalize('NFC'),
        birthDate: request.ngaySinh,
        sex: sex === 'NAM' ? 'MALE' : 'FEMALE',
        ethnicity: request.danToc ?? mother.ethnicity,
        religion: null,
        nationality: request.quocTich ?? 'VN',
        maritalStatus: 'SINGLE',
        birthRegistration: { communeCode: place.maXa, provinceCode: place.maTinh },
        hometown: hometown === undefined ? null : { communeCode: hometown.maXa, provinceCode: hometown.maTinh },
        permanentAddress: null,
        temporaryAddress: null,
        currentAddress: null,
        bloodGroup: null,
        fatherId: request.cha?.soDinhDanh ?? null,
        motherId: mother.id,
        spouseId: null,
        householdId: null,
        relationshipToHead: null,
        death: null,
    };
}
/**
 * Whether a death may be recorded: the citizen exists (404), is not already dead (409), and the
 * date of death is neither before the date of birth nor after today (422).
 * @see specs/dancu.yaml dancuRecordDeath
 */
export function checkDeath(citizen, deathDate, today) {
    if (citizen === undefined) {
        return fail('notFound', DANCU_CODES.citizenNotFound, 'No citizen has this ID number.');
    }
    if (citizen.death !== null) {
        return fail('conflict', DANCU_CODES.alreadyDeceased, 'The death is already recorded.');
    }
    if (deathDate < citizen.birthDate || deathDate > today) {
        return fail('businessRule', DANCU_CODES.deathDateInvalid, 'The date of death is before the date of birth or in the future.');
    }
    return { ok: true, citizen };
}
