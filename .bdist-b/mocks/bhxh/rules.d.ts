/**
 * Pure decisions of Vietnam Social Security: the under-6 card, the funeral allowance, duplicate
 * claims and payment checks. Survivor benefits are in `survivor-rules.ts`.
 * @see DOMAIN.md §3 step 8b, §4, §6.2
 */
import type { components } from '../../contracts/generated/bhxh.js';
import type { InsuranceRecord } from '../domain/population/index.js';
import type { StoredClaim } from './state.js';
type BenefitKind = components['schemas']['BhxhBenefitKind'];
/** Months of cover of the free under-6 card. @see NĐ 146/2018/NĐ-CP Art. 13(2) */
export declare const CHILD_COVER_MONTHS = 72;
/**
 * The day a child born on `birthDate` turns `months` old: the same day `months` later, the last
 * day of the month when that month is shorter (29 Feb → 28 Feb).
 * @see Bộ luật Dân sự 91/2015/QH13 Art. 147–148; identifiers/child-card-validity.ts
 */
export declare function dayTurning(birthDate: string, months: number): string;
/**
 * Whether a child is 72 months or older on `today`: such a child gets no TE1 card
 * (422 `CHILD_OVER_AGE`, lyDo `TRE_QUA_72_THANG`).
 * @see specs/bhxh.yaml bhxhIssueChildCard; Luật BHYT (Luật 46/2014/QH13 Art. 1(10))
 */
export declare function isOverChildCardAge(birthDate: string, today: string): boolean;
/**
 * Whole years of age on a date.
 * @see Bộ luật Dân sự 91/2015/QH13 Art. 147–148
 */
export declare function ageOn(birthDate: string, onDate: string): number;
/**
 * The funeral allowance is granted to whoever arranged the funeral of someone contributing, a
 * pensioner or monthly-benefit recipient, or someone reserving contributions with at least
 * 12 months compulsory or 60 months in all. Null when granted, else the refusal reason.
 * @see DOMAIN.md §4 variant table; Luật BHXH 41/2024/QH15 Art. 85(1)
 */
export declare function funeralRefusal(record: InsuranceRecord): 'KHONG_THUOC_DOI_TUONG' | 'KHONG_DU_THOI_GIAN_DONG' | null;
/**
 * Whether the deceased has an insurance record BHXH can decide on (anything but "never took
 * part"); otherwise 422 `KHONG_THUOC_DOI_TUONG` and the hub routes elsewhere.
 * @see specs/bhxh.yaml bhxhClaimDeathBenefits; DOMAIN.md §4 "SANDBOX DEFAULT routing"
 */
export declare function isBhxhBeneficiary(record: InsuranceRecord | null): record is InsuranceRecord;
/**
 * Whether a claim asks for both survivor allowances, which exclude each other.
 * @see Luật BHXH 41/2024/QH15 Art. 86, 88 (monthly, else one-time)
 */
export declare function hasBothSurvivorKinds(cheDo: readonly BenefitKind[]): boolean;
/**
 * The existing claim for the same deceased that already covers one of the requested benefits:
 * an open claim covers all it asks for, a decided one the benefits it granted; the two survivor
 * allowances count as one.
 * @see specs/bhxh.yaml bhxhClaimDeathBenefits (409 `CLAIM_DUPLICATE`)
 */
export declare function duplicateOf(existing: readonly StoredClaim[], requested: readonly BenefitKind[]): StoredClaim | undefined;
/**
 * An account number with all but its last 4 digits masked, as answers show it.
 * @see specs/bhxh.yaml `MaskedAccountNumber`
 */
export declare function maskAccount(number: string): string;
/**
 * A name as banks record holders: diacritics dropped (đ → d), upper case, single spaces.
 * @see specs/bhxh.yaml `BankAccount.chuTaiKhoan`
 */
export declare function bankName(name: string): string;
/**
 * Whether the account holder is the payee, ignoring case and diacritics; a payment to someone
 * else's account fails (`LOI`, lyDo `TEN_CHU_TAI_KHOAN_KHONG_KHOP`).
 * @see specs/bhxh.yaml `BankAccount.chuTaiKhoan`
 */
export declare function holderMatches(holder: string, payee: string): boolean;
/** Zero-padded decimal. */
export declare function pad(value: number, width: number): string;
export {};
