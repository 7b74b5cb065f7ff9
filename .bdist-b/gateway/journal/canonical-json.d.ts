/**
 * The canonical JSON the journal hashes: the same value always gives the same bytes, whatever
 * the order its object keys were written in.
 *
 * Rules (documented for offline verifiers, e.g. a receiver of the JSONL export):
 * - object keys sorted by UTF-16 code unit (JavaScript `<`, byte order for the ASCII wire names);
 * - no whitespace anywhere;
 * - strings, numbers, booleans and `null` as `JSON.stringify` writes them (integers without a
 *   fraction or exponent, strings with the minimal JSON escapes, UTF-8 when hashed);
 * - object members whose value is `undefined` are left out, as `JSON.stringify` does.
 *
 * It is a subset of RFC 8785 (JCS) sufficient for journal entries, whose numbers are integers.
 * @see SECURITY.md GW-10 (`hash = sha256(prevHash ‖ canonicalJson(entry))`)
 * @see specs/sandbox.yaml#/components/schemas/JournalEntry
 */
/** A value `canonicalJson` accepts: JSON data, objects possibly with `undefined` members. */
export type JsonInput = null | boolean | number | string | readonly JsonInput[] | {
    readonly [key: string]: JsonInput | undefined;
};
/**
 * Serialises a JSON value canonically (sorted keys, no whitespace). A non-finite number or a
 * value that is not JSON (a function, a symbol, a bigint) is a bug and throws a `TypeError`.
 * @see SECURITY.md GW-10
 */
export declare function canonicalJson(value: JsonInput): string;
