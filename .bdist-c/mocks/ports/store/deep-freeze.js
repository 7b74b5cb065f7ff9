/**
 * Freezes a JSON value in place, recursively, and returns it. Children that are already frozen
 * are assumed to be deep-frozen and are not walked again, so freezing a document built from
 * another one (`{ ...doc, status }`) only walks the new parts.
 *
 * @see mocks/ports/README.md "Documents are frozen"
 */
export function deepFreeze(value) {
    if (typeof value !== 'object' || value === null || Object.isFrozen(value))
        return value;
    Object.freeze(value);
    for (const child of Object.values(value)) {
        if (typeof child === 'object' && child !== null && !Object.isFrozen(child))
            deepFreeze(child);
    }
    return value;
}
