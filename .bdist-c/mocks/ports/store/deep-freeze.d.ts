/**
 * Freezes a JSON value in place, recursively, and returns it. Children that are already frozen
 * are assumed to be deep-frozen and are not walked again, so freezing a document built from
 * another one (`{ ...doc, status }`) only walks the new parts.
 *
 * @see mocks/ports/README.md "Documents are frozen"
 */
export declare function deepFreeze<T>(value: T): T;
