/**
 * Vietnamese personal names. Stored names keep their diacritics and their spelling (NFC);
 * comparisons go through {@link nameKey}, which folds case and tone-mark placement only.
 */
import { toneMarkCanonical } from './tone-mark.js';
// Legacy encodings (TCVN3, VNI) often give the Icelandic eth for "Đ"; it is never Vietnamese.
const CONFUSABLES = { '\u00D0': '\u0110', '\u00F0': '\u0111' };
/**
 * A name as it is stored: NFC, trimmed, inner runs of white space collapsed to one space.
 * Diacritics and letter case are kept.
 * @see specs/common.yaml#/components/schemas/FullName ("chuẩn hóa NFC")
 */
export function normalizeName(name) {
    return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}
/**
 * The comparison and index key of a name: {@link normalizeName}, tone marks placed in the old
 * style ({@link toneMarkCanonical}), eth mapped to "đ", lower case under the `vi` locale.
 * Diacritics are never stripped: "Hoa" and "Hòa" have different keys.
 * @see ../shared/data/README.md ("normalise (NFC) and never match on names alone")
 */
export function nameKey(name) {
    const folded = toneMarkCanonical(normalizeName(name), 'old').replace(/[\u00D0\u00F0]/gu, (c) => CONFUSABLES[c] ?? c);
    return folded.toLocaleLowerCase('vi').normalize('NFC');
}
/**
 * Whether two names are the same name up to case, spacing, Unicode form and tone placement.
 * @see nameKey
 */
export function namesEqual(a, b) {
    return nameKey(a) === nameKey(b);
}
