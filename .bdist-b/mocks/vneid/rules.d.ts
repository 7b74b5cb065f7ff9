/**
 * How VNeID and its simulated citizens decide: who may be asked to confirm, and how a citizen
 * answers. Pure functions of the stored profiles, the request and the clock.
 */
import type { components } from '../../contracts/generated/vneid.js';
import type { CitizenProfile, StoredConfirmation } from './state.js';
type ConfirmationRequest = components['schemas']['ConfirmationRequest'];
/** Why a citizen cannot be asked to confirm, with its Vietnamese wording. */
export declare const CONFIRMER_REASONS: {
    readonly NGUOI_XAC_NHAN_KHONG_TON_TAI: "Không tìm thấy công dân được đề nghị xác nhận";
    readonly NGUOI_XAC_NHAN_DA_CHET: "Công dân được đề nghị xác nhận đã chết";
    readonly CHUA_CO_TAI_KHOAN_MUC_2: "Công dân chưa có tài khoản định danh điện tử mức độ 2";
    readonly TAI_KHOAN_KHONG_HOAT_DONG: "Tài khoản định danh điện tử không hoạt động (chưa kích hoạt, bị khóa)";
    readonly HAN_XAC_NHAN_DA_QUA: "Hạn xác nhận đã qua";
};
/** A reason code of {@link CONFIRMER_REASONS}. */
export type ConfirmerReason = keyof typeof CONFIRMER_REASONS;
/**
 * Whether a citizen can confirm in the app: known to VNeID, alive, with an active level-2
 * account (level 2 is what a citizen needs to act on a linked dossier online).
 * @see DOMAIN.md §2 A1, §3 step 1; NĐ 69/2024/NĐ-CP (levels of e-identification accounts)
 */
export declare function confirmerRefusal(profile: CitizenProfile | undefined): ConfirmerReason | undefined;
/**
 * What a citizen reads in a confirmation request to decide it: the text, and the person it is
 * about and who asked, when the requesting system names them.
 * @see specs/vneid.yaml `ConfirmationRequest`
 */
export type ConfirmationQuestion = Pick<ConfirmationRequest, 'noiDung' | 'nguoiLienQuan' | 'nguoiDeNghi'>;
/**
 * Whether `noiDung` names a person, by ID number or by full name (up to case and tone
 * placement): how the simulated citizen reads a request that names no person concerned.
 * @see specs/vneid.yaml `ConfirmationRequest.noiDung`
 */
export declare function mentions(noiDung: string, person: Pick<CitizenProfile, 'soDinhDanh' | 'hoTen'>): boolean;
/**
 * Whether a request is about `person`: by the person concerned (`nguoiLienQuan`: the ID number
 * when given, else the name), or, when the request names no one, by its text.
 */
export declare function concerns(question: ConfirmationQuestion, person: Pick<CitizenProfile, 'soDinhDanh' | 'hoTen'>): boolean;
/** The household a head answers for: its members (the head included) and their children. */
export interface HeadsHousehold {
    readonly members: readonly CitizenProfile[];
    readonly childrenOfMembers: readonly CitizenProfile[];
}
/**
 * The household head's answer to a permanent-residence consent: a head agrees to register a
 * member of their own household or a child of a member (a grandchild, a newborn VNeID knows),
 * and agrees when a member of the household asks as the parent of the person concerned (a
 * parent registering their newborn into the household they live in, whom VNeID may not know
 * yet). Anything else waits for the control plane or expires.
 * @see DOMAIN.md §3 step 8a ("The household head or owner consents on CT01 or in VNeID");
 * Luật Cư trú 68/2020/QH14 Art. 20(1)(a), (2)(a)
 */
export declare function householdHeadAnswer(head: CitizenProfile, household: HeadsHousehold, question: ConfirmationQuestion): 'DONG_Y' | undefined;
/**
 * A relative's answer to the agreement on who represents the relatives for the survivor
 * benefits: they agree when the representative named (`nguoiLienQuan`, else the text) is a
 * relative (or the relative themself) of a deceased person of their own family. Anything else
 * waits for the control plane.
 * @see DOMAIN.md §4 "BHXH dossier" (relatives' agreement, Mẫu 02 col. 11); QĐ 1449/QĐ-BHXH
 */
export declare function representativeAnswer(deceasedRelativesFamilies: readonly (readonly CitizenProfile[])[], question: ConfirmationQuestion): 'DONG_Y' | undefined;
/**
 * The state a confirmation reads in at `now`: a waiting confirmation past `hanXacNhan` has
 * expired.
 * @see specs/vneid.yaml `Confirmation.trangThai` (`HET_HAN`)
 */
export declare function statusAt(confirmation: StoredConfirmation, now: Date): 'CHO_XAC_NHAN' | 'DONG_Y' | 'TU_CHOI' | 'HET_HAN';
export {};
