/**
 * The ID card (thẻ căn cước) for a child under 6 under the regime from 01/09/2026: who may
 * apply, when, the decision and how the clock reveals it.
 * @see specs/dancu.yaml dancuApplyIdCard; DOMAIN.md §1, §3 "Regime 2026", §5; Luật Căn cước 26/2023/QH15
 */
import type { components } from '../../contracts/generated/dancu.js';
import { type RuleFailure } from './problems.js';
import type { Citizen, IdCardApplication, WireReason } from './state.js';
/** An application as requested. */
export type IdCardRequest = components['schemas']['IdCardApplicationRequest'];
/** The wire status of an application. */
export type IdCardStatus = components['schemas']['IdCardApplicationStatus'];
/**
 * Under-6 cards: a child is eligible while younger than this many years on the sandbox date.
 * @see DOMAIN.md §3 "Regime 2026" (under-6 cards without biometrics)
 */
export declare const ID_CARD_MAX_AGE = 6;
/**
 * The card of a child expires on the 14th birthday, when the card must be renewed.
 * @see Luật Căn cước 26/2023/QH15 Art. 21 (renewal at 14, 25, 40 and 60)
 */
export declare const ID_CARD_RENEWAL_AGE = 14;
/**
 * Whether the regime in force at an instant has the ID card leg (CC) in group 1.
 * @see DOMAIN.md §1 (Decree 301/2026 adds the ID card from 01/09/2026); regimes REGIMES
 */
export declare function idCardInForce(now: Date): boolean;
/** What the intake rules read. */
export interface IdCardFacts {
    readonly now: Date;
    /** The sandbox date (`yyyy-MM-dd`, Vietnam time). */
    readonly today: string;
    readonly request: IdCardRequest;
    readonly child: Citizen | undefined;
}
/**
 * Whether an application can be accepted at all (else a 422), in order: the regime, the child
 * known, alive and under 6, the representative a living parent in the register whose declared
 * relationship matches. Residence and duplicates are checked by the caller (they need I/O).
 * @see specs/dancu.yaml dancuApplyIdCard (422 codes); Luật Căn cước 26/2023/QH15 Art. 23
 * (the legal representative applies for a child under 6)
 */
export declare function checkIdCardIntake(facts: IdCardFacts, representative: Citizen | undefined): {
    readonly ok: true;
    readonly child: Citizen;
    readonly representative: Citizen;
} | {
    readonly ok: false;
    readonly failure: RuleFailure;
};
/**
 * A representative the register can confirm: the child's father declared as `CHA` or mother as
 * `ME`, alive. Guardianship is not held by the register, so `NGUOI_GIAM_HO` cannot be confirmed.
 * @see Luật Căn cước 26/2023/QH15 Art. 23; Bộ luật Dân sự 2015 Art. 136 (parents represent a minor)
 */
export declare function isRepresentative(child: Citizen, declared: IdCardRequest['nguoiDaiDien'], representative: Citizen): boolean;
/**
 * The card's expiry: the 14th birthday (29 February births: 28 February in common years).
 * @see Luật Căn cước 26/2023/QH15 Art. 21
 */
export declare function cardExpiry(birthDate: string): string;
/**
 * Reasons to refuse after intake: the representative's declared name differs from the register
 * (data not consistent with the register).
 * @see specs/dancu.yaml IdCardApplication.lyDo (example THONG_TIN_KHONG_THONG_NHAT)
 */
export declare function refusalReasons(request: IdCardRequest, representative: Citizen): readonly WireReason[];
/**
 * The status the clock reveals: TIEP_NHAN on intake, DANG_XU_LY from the next working day,
 * the decision (DA_CAP or TU_CHOI) once `ngayHenTra` is reached.
 * @see DOMAIN.md §5 (Căn cước ≤ 7 WD, SANDBOX DEFAULT); specs/dancu.yaml IdCardApplicationStatus
 */
export declare function statusAt(application: IdCardApplication, now: Date): IdCardStatus;
/**
 * Whether an application blocks a new one for the same child: it is still open, or it granted
 * a card (valid until the 14th birthday, so valid for any child under 6).
 * @see specs/dancu.yaml dancuApplyIdCard (409 ID_CARD_APPLICATION_EXISTS)
 */
export declare function blocksNewApplication(application: IdCardApplication, now: Date): boolean;
