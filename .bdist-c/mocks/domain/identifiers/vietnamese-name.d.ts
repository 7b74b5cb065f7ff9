/**
 * A name as it is stored: NFC, trimmed, inner runs of white space collapsed to one space.
 * Diacritics and letter case are kept.
 * @see specs/common.yaml#/components/schemas/FullName ("chuẩn hóa NFC")
 */
export declare function normalizeName(name: string): string;
/**
 * The comparison and index key of a name: {@link normalizeName}, tone marks placed in the old
 * style ({@link toneMarkCanonical}), eth mapped to "đ", lower case under the `vi` locale.
 * Diacritics are never stripped: "Hoa" and "Hòa" have different keys.
 * @see ../shared/data/README.md ("normalise (NFC) and never match on names alone")
 */
export declare function nameKey(name: string): string;
/**
 * Whether two names are the same name up to case, spacing, Unicode form and tone placement.
 * @see nameKey
 */
export declare function namesEqual(a: string, b: string): boolean;
