import { err, ok } from '../../../contracts/result.js';
import { CHILD_CARD_RULE_DECREE_146, isCoveredByChildCard } from './child-card-validity.js';
import { InvalidIdentifierInputError, identifierError } from './errors.js';
import { isKnownProvinceCode } from './province-codes.js';
/**
 * Beneficiary group of children under 6, and its fixed benefit level.
 * @see DOMAIN.md §6.2; QĐ 1351/QĐ-BHXH
 */
export const CHILD_BENEFICIARY_GROUP = 'TE';
/** @see CHILD_BENEFICIARY_GROUP */
export const CHILD_BENEFIT_LEVEL = 1;
const BHYT_CARD = /^(?<doiTuong>[A-Z]{2})(?<mucHuong>[1-5])(?<maTinh>\d{2})(?<maSoBhxh>\d{10})$/;
/**
 * Reads a BHYT card number: the 15-character pattern, a known province, TE cards at level 1.
 * @see DOMAIN.md §6.2; QĐ 1351/QĐ-BHXH
 */
export function parseBhytCardNumber(value) {
    const groups = BHYT_CARD.exec(value)?.groups;
    if (!groups)
        return err(identifierError('BHYT_CARD_FORMAT'));
    const { doiTuong = '', mucHuong = '', maTinh = '', maSoBhxh = '' } = groups;
    if (!isKnownProvinceCode(maTinh)) {
        return err(identifierError('BHYT_CARD_UNKNOWN_PROVINCE', 'Characters 4–5 are not one of the 63 province codes'));
    }
    if (doiTuong === CHILD_BENEFICIARY_GROUP && Number(mucHuong) !== CHILD_BENEFIT_LEVEL) {
        return err(identifierError('BHYT_CARD_CHILD_LEVEL'));
    }
    return ok({ doiTuong, mucHuong: Number(mucHuong), maTinh, maSoBhxh });
}
/**
 * Checks a BHYT card number and, when given, that it carries the holder's social-insurance code
 * and that a child within the under-6 cover holds a TE card (and only such a child does).
 * @see DOMAIN.md §6.2; NĐ 146/2018/NĐ-CP Art. 13(2)
 */
export function validateBhytCardNumber(value, expected = {}) {
    const parsed = parseBhytCardNumber(value);
    if (!parsed.ok)
        return parsed;
    const card = parsed.value;
    if (expected.maSoBhxh !== undefined && expected.maSoBhxh !== card.maSoBhxh) {
        return err(identifierError('BHYT_CARD_BHXH_CODE_MISMATCH'));
    }
    if (expected.holder) {
        const { birthDate, onDate } = expected.holder;
        const rule = expected.childRule ?? CHILD_CARD_RULE_DECREE_146;
        const covered = isCoveredByChildCard(birthDate, onDate, rule);
        const isChildCard = card.doiTuong === CHILD_BENEFICIARY_GROUP;
        if (covered && !isChildCard)
            return err(identifierError('BHYT_CARD_CHILD_NOT_TE'));
        if (!covered && isChildCard)
            return err(identifierError('BHYT_CARD_TE_EXPIRED'));
    }
    return ok(card);
}
/**
 * Composes a BHYT card number (default a child's `TE1` card); throws
 * {@link InvalidIdentifierInputError} when a part does not fit the card pattern.
 * @see DOMAIN.md §6.2
 */
export function generateBhytCardNumber(input) {
    const doiTuong = input.doiTuong ?? CHILD_BENEFICIARY_GROUP;
    const mucHuong = input.mucHuong ?? CHILD_BENEFIT_LEVEL;
    const value = `${doiTuong}${mucHuong}${input.maTinh}${input.maSoBhxh}`;
    const parsed = parseBhytCardNumber(value);
    if (!parsed.ok) {
        throw new InvalidIdentifierInputError('INVALID_FORMAT', parsed.error.detail);
    }
    return value;
}
