import { namesEqual } from '../domain/identifiers/index.js';
import { ageOn } from '../domain/population/days.js';
import { regimeAt } from '../domain/regimes/index.js';
import { DANCU_CODES } from './problems.js';
/**
 * Under-6 cards: a child is eligible while younger than this many years on the sandbox date.
 * @see DOMAIN.md §3 "Regime 2026" (under-6 cards without biometrics)
 */
export const ID_CARD_MAX_AGE = 6;
/**
 * The card of a child expires on the 14th birthday, when the card must be renewed.
 * @see Luật Căn cước 26/2023/QH15 Art. 21 (renewal at 14, 25, 40 and 60)
 */
export const ID_CARD_RENEWAL_AGE = 14;
const fail = (code, detail) => ({ ok: false, failure: { kind: 'businessRule', code, detail } });
/**
 * Whether the regime in force at an instant has the ID card leg (CC) in group 1.
 * @see DOMAIN.md §1 (Decree 301/2026 adds the ID card from 01/09/2026); regimes REGIMES
 */
export function idCardInForce(now) {
    const regime = regimeAt(now);
    return regime.ok && regime.value.groups.NHOM_1.legs.includes('CC');
}
/**
 * Whether an application can be accepted at all (else a 422), in order: the regime, the child
 * known, alive and under 6, the representative a living parent in the register whose declared
 * relationship matches. Residence and duplicates are checked by the caller (they need I/O).
 * @see specs/dancu.yaml dancuApplyIdCard (422 codes); Luật Căn cước 26/2023/QH15 Art. 23
 * (the legal representative applies for a child under 6)
 */
export function checkIdCardIntake(facts, representative) {
    const { now, today, request, child } = facts;
    if (!idCardInForce(now)) {
        return fail(DANCU_CODES.regimeNotInForce, 'ID cards for under-6s start on 2026-09-01.');
    }
    if (child === undefined)
        return fail(DANCU_CODES.citizenNotFound, 'The child is not in the register.');
    if (child.death !== null)
        return fail(DANCU_CODES.citizenDeceased, 'The child is recorded as deceased.');
    if (ageOn(child.birthDate, today) >= ID_CARD_MAX_AGE) {
        return fail(DANCU_CODES.childNotUnder6, 'The child is 6 or older on the sandbox date.');
    }
    if (representative === undefined ||
        !isRepresentative(child, request.nguoiDaiDien, representative)) {
        return fail(DANCU_CODES.representativeNotPermitted, 'The representative is not a living parent of the child in the register.');
    }
    return { ok: true, child, representative };
}
/**
 * A representative the register can confirm: the child's father declared as `CHA` or mother as
 * `ME`, alive. Guardianship is not held by the register, so `NGUOI_GIAM_HO` cannot be confirmed.
 * @see Luật Căn cước 26/2023/QH15 Art. 23; Bộ luật Dân sự 2015 Art. 136 (parents represent a minor)
 */
export function isRepresentative(child, declared, representative) {
    if (representative.death !== null)
        return false;
    if (declared.quanHe === 'CHA')
        return child.fatherId === representative.id;
    if (declared.quanHe === 'ME')
        return child.motherId === representative.id;
    return false;
}
/**
 * The card's expiry: the 14th birthday (29 February births: 28 February in common years).
 * @see Luật Căn cước 26/2023/QH15 Art. 21
 */
export function cardExpiry(birthDate) {
    const year = Number(birthDate.slice(0, 4)) + ID_CARD_RENEWAL_AGE;
    const monthDay = birthDate.slice(5);
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return `${year}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}
/**
 * Reasons to refuse after intake: the representative's declared name differs from the register
 * (data not consistent with the register).
 * @see specs/dancu.yaml IdCardApplication.lyDo (example THONG_TIN_KHONG_THONG_NHAT)
 */
export function refusalReasons(request, representative) {
    if (namesEqual(request.nguoiDaiDien.hoTen, representative.fullName))
        return [];
    return [
        {
            ma: 'THONG_TIN_KHONG_THONG_NHAT',
            moTa: 'Thông tin người đại diện chưa thống nhất với CSDLQG về dân cư',
            truong: '/nguoiDaiDien/hoTen',
        },
    ];
}
/**
 * The status the clock reveals: TIEP_NHAN on intake, DANG_XU_LY from the next working day,
 * the decision (DA_CAP or TU_CHOI) once `ngayHenTra` is reached.
 * @see DOMAIN.md §5 (Căn cước ≤ 7 WD, SANDBOX DEFAULT); specs/dancu.yaml IdCardApplicationStatus
 */
export function statusAt(application, now) {
    if (now.getTime() >= Date.parse(application.dueAt))
        return application.decision.outcome;
    if (now.getTime() >= Date.parse(application.processingFrom))
        return 'DANG_XU_LY';
    return 'TIEP_NHAN';
}
/**
 * Whether an application blocks a new one for the same child: it is still open, or it granted
 * a card (valid until the 14th birthday, so valid for any child under 6).
 * @see specs/dancu.yaml dancuApplyIdCard (409 ID_CARD_APPLICATION_EXISTS)
 */
export function blocksNewApplication(application, now) {
    return statusAt(application, now) !== 'TU_CHOI';
}
