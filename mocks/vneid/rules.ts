/**
 * How VNeID and its simulated citizens decide: who may be asked to confirm, and how a citizen
 * answers. Pure functions of the stored profiles, the request and the clock.
 */
import { nameKey } from '../domain/identifiers/index.js';
import type { CitizenProfile, StoredConfirmation } from './state.js';

/** Why a citizen cannot be asked to confirm, with its Vietnamese wording. */
export const CONFIRMER_REASONS = {
  NGUOI_XAC_NHAN_KHONG_TON_TAI: 'Không tìm thấy công dân được đề nghị xác nhận',
  NGUOI_XAC_NHAN_DA_CHET: 'Công dân được đề nghị xác nhận đã chết',
  CHUA_CO_TAI_KHOAN_MUC_2: 'Công dân chưa có tài khoản định danh điện tử mức độ 2',
  TAI_KHOAN_KHONG_HOAT_DONG:
    'Tài khoản định danh điện tử không hoạt động (chưa kích hoạt, bị khóa)',
  HAN_XAC_NHAN_DA_QUA: 'Hạn xác nhận đã qua',
} as const;

/** A reason code of {@link CONFIRMER_REASONS}. */
export type ConfirmerReason = keyof typeof CONFIRMER_REASONS;

/**
 * Whether a citizen can confirm in the app: known to VNeID, alive, with an active level-2
 * account (level 2 is what a citizen needs to act on a linked dossier online).
 * @see DOMAIN.md §2 A1, §3 step 1; NĐ 69/2024/NĐ-CP (levels of e-identification accounts)
 */
export function confirmerRefusal(profile: CitizenProfile | undefined): ConfirmerReason | undefined {
  if (!profile) return 'NGUOI_XAC_NHAN_KHONG_TON_TAI';
  if (profile.deceased) return 'NGUOI_XAC_NHAN_DA_CHET';
  if (profile.level < 2) return 'CHUA_CO_TAI_KHOAN_MUC_2';
  if (profile.status !== 'ACTIVE') return 'TAI_KHOAN_KHONG_HOAT_DONG';
  return undefined;
}

/**
 * Whether `noiDung` names a person, by ID number or by full name (up to case and tone
 * placement). The request carries no structured subject, so the simulated citizen reads the
 * text as a person would.
 * @see specs/vneid.yaml `ConfirmationRequest.noiDung`
 */
export function mentions(
  noiDung: string,
  person: Pick<CitizenProfile, 'soDinhDanh' | 'hoTen'>,
): boolean {
  return noiDung.includes(person.soDinhDanh) || nameKey(noiDung).includes(nameKey(person.hoTen));
}

/**
 * The household head's answer to a permanent-residence consent: a head agrees to register a
 * member of their own household (a child, a grandchild) or a child whose parent is in the
 * household (a newborn). Anything else waits for the control plane or expires.
 * @see DOMAIN.md §3 step 8a ("The household head or owner consents on CT01 or in VNeID");
 * Luật Cư trú 68/2020/QH14 Art. 20(1)(a)
 */
export function householdHeadAnswer(
  head: CitizenProfile,
  candidates: readonly CitizenProfile[],
  noiDung: string,
): 'DONG_Y' | undefined {
  if (!head.isHouseholdHead) return undefined;
  const named = candidates.some((c) => c.soDinhDanh !== head.soDinhDanh && mentions(noiDung, c));
  return named ? 'DONG_Y' : undefined;
}

/**
 * A relative's answer to the agreement on who represents the relatives for the survivor
 * benefits: they agree when the representative named is a relative (or the relative themself)
 * of a deceased person of their own family. Anything else waits for the control plane.
 * @see DOMAIN.md §4 "BHXH dossier" (relatives' agreement, Mẫu 02 col. 11); QĐ 1449/QĐ-BHXH
 */
export function representativeAnswer(
  deceasedRelativesFamilies: readonly (readonly CitizenProfile[])[],
  noiDung: string,
): 'DONG_Y' | undefined {
  const named = deceasedRelativesFamilies.some((family) =>
    family.some((relative) => !relative.deceased && mentions(noiDung, relative)),
  );
  return named ? 'DONG_Y' : undefined;
}

/**
 * The state a confirmation reads in at `now`: a waiting confirmation past `hanXacNhan` has
 * expired.
 * @see specs/vneid.yaml `Confirmation.trangThai` (`HET_HAN`)
 */
export function statusAt(
  confirmation: StoredConfirmation,
  now: Date,
): 'CHO_XAC_NHAN' | 'DONG_Y' | 'TU_CHOI' | 'HET_HAN' {
  const expired = now.getTime() > Date.parse(confirmation.hanXacNhan);
  return confirmation.trangThai === 'CHO_XAC_NHAN' && expired ? 'HET_HAN' : confirmation.trangThai;
}
