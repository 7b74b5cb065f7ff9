/**
 * An ordered set kept as a list of small sorted chunks (the layout of Python's
 * `sortedcontainers`): insert and delete cost a binary search plus a splice inside one chunk,
 * and iteration from any bound is a binary search followed by a linear walk. It holds the ids
 * and index entries of the memory store, from a handful of documents up to a million.
 *
 * @see mocks/ports/README.md "Memory adapter"
 */
/** Orders two items: negative, zero or positive, like `Array.prototype.sort`. */
export type Compare<T> = (a: T, b: T) => number;
/**
 * Compares two strings by UTF-16 code units, the order of ids and index keys everywhere in the
 * store (it is the byte order of UTF-8 for the ASCII ids the sandbox uses).
 * @see mocks/ports/README.md "Ordering"
 */
export declare function compareStrings(a: string, b: string): number;
/**
 * A mutable ordered set of items under a total order; equal items are one item.
 * @see mocks/ports/README.md "Memory adapter"
 */
export declare class SortedList<T> {
    #private;
    constructor(compare: Compare<T>);
    /** Builds a list from items already sorted without duplicates, in linear time. */
    static fromSorted<T>(items: readonly T[], compare: Compare<T>): SortedList<T>;
    /** Number of items. */
    get size(): number;
    /** Adds `item`; false when an equal item is already present. */
    add(item: T): boolean;
    /** Removes the item equal to `item`; false when there is none. */
    delete(item: T): boolean;
    /** True when an item equal to `item` is present. */
    has(item: T): boolean;
    /** The first item not below `bound` (above it when `exclusive`). */
    ceiling(bound: T, exclusive?: boolean): T | undefined;
    /**
     * Items in order, starting at the first item not below `bound` (above it when `exclusive`),
     * or at the smallest item when there is no bound. Do not mutate the list while iterating.
     */
    from(bound?: T, exclusive?: boolean): Generator<T, void, undefined>;
    /**
     * The items from the first not below `bound` on, for as long as `inRange` holds, as an array
     * (the hot path of an index lookup: no generator).
     */
    range(bound: T, inRange: (item: T) => boolean): T[];
}
