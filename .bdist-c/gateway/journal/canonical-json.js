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
/**
 * Serialises a JSON value canonically (sorted keys, no whitespace). A non-finite number or a
 * value that is not JSON (a function, a symbol, a bigint) is a bug and throws a `TypeError`.
 * @see SECURITY.md GW-10
 */
export function canonicalJson(value) {
    return write(value);
}
function write(value) {
    if (value === null)
        return 'null';
    switch (typeof value) {
        case 'string':
        case 'boolean':
            return JSON.stringify(value);
        case 'number':
            if (!Number.isFinite(value))
                throw new TypeError('canonical JSON has no non-finite numbers');
            return JSON.stringify(value);
        case 'object':
            return Array.isArray(value) ? writeArray(value) : writeObject(value);
        default:
            throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
    }
}
function writeArray(items) {
    // Array holes and undefined items become null, as in JSON.stringify. Concatenation instead of
    // map/join: every journal entry is serialised once per request.
    let out = '[';
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (i > 0)
            out += ',';
        out += item === undefined ? 'null' : write(item);
    }
    return `${out}]`;
}
function writeObject(object) {
    const record = object;
    // The default sort compares UTF-16 code units, as the rules above require.
    const keys = Object.keys(record).sort();
    let out = '{';
    for (const key of keys) {
        const member = record[key];
        if (member === undefined)
            continue;
        if (out.length > 1)
            out += ',';
        out += `${JSON.stringify(key)}:${write(member)}`;
    }
    return `${out}}`;
}
