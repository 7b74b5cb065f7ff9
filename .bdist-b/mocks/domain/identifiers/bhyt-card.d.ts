/**
 * BHYT card number (mã thẻ BHYT): 15 characters, beneficiary group + benefit level + province +
 * the 10-digit social-insurance code. Children under 6 hold a free `TE1` card.
 */
import type { Result } from '../../../contracts/result.js';
import type { ChildCardValidityRule } from './child-card-validity.js';
import type { IdentifierError } from './errors.js';
/** The fields of a BHYT card number. */
export interface BhytCardFields {
    /** Beneficiary group (đối tượng), e.g. `'TE'` for children under 6. */
    readonly doiTuong: string;
    /** Benefit level (mức hưởng) 1–5; 1 = 100% cover. */
    readonly mucHuong: number;
    /** 2-digit province code. */
    readonly maTinh: string;
    /** The holder's 10-digit social-insurance code. */
    readonly maSoBhxh: string;
}
/** What the caller knows about the holder; each given field must match the card. */
export interface BhytCardExpectations {
    readonly maSoBhxh?: string;
    /** The holder's birth date and the day of use: a child within the TE cover needs TE1. */
    readonly holder?: {
        readonly birthDate: string;
        readonly onDate: string;
    };
    readonly childRule?: ChildCardValidityRule;
}
/** Input of {@link generateBhytCardNumber}; the group and level default to `TE` and 1. */
export interface BhytCardInput {
    readonly doiTuong?: string;
    readonly mucHuong?: number;
    readonly maTinh: string;
    readonly maSoBhxh: string;
}
/**
 * Beneficiary group of children under 6, and its fixed benefit level.
 * @see DOMAIN.md §6.2; QĐ 1351/QĐ-BHXH
 */
export declare const CHILD_BENEFICIARY_GROUP = "TE";
/** @see CHILD_BENEFICIARY_GROUP */
export declare const CHILD_BENEFIT_LEVEL = 1;
/**
 * Reads a BHYT card number: the 15-character pattern, a known province, TE cards at level 1.
 * @see DOMAIN.md §6.2; QĐ 1351/QĐ-BHXH
 */
export declare function parseBhytCardNumber(value: string): Result<BhytCardFields, IdentifierError>;
/**
 * Checks a BHYT card number and, when given, that it carries the holder's social-insurance code
 * and that a child within the under-6 cover holds a TE card (and only such a child does).
 * @see DOMAIN.md §6.2; NĐ 146/2018/NĐ-CP Art. 13(2)
 */
export declare function validateBhytCardNumber(value: string, expected?: BhytCardExpectations): Result<BhytCardFields, IdentifierError>;
/**
 * Composes a BHYT card number (default a child's `TE1` card); throws
 * {@link InvalidIdentifierInputError} when a part does not fit the card pattern.
 * @see DOMAIN.md §6.2
 */
export declare function generateBhytCardNumber(input: BhytCardInput): string;
