/**
 * An ordered set kept as a list of small sorted chunks (the layout of Python's
 * `sortedcontainers`): insert and delete cost a binary search plus a splice inside one chunk,
 * and iteration from any bound is a binary search followed by a linear walk. It holds the ids
 * and index entries of the memory store, from a handful of documents up to a million.
 *
 * @see mocks/ports/README.md "Memory adapter"
 */
const MAX_CHUNK = 512;
/**
 * Compares two strings by UTF-16 code units, the order of ids and index keys everywhere in the
 * store (it is the byte order of UTF-8 for the ASCII ids the sandbox uses).
 * @see mocks/ports/README.md "Ordering"
 */
export function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * A mutable ordered set of items under a total order; equal items are one item.
 * @see mocks/ports/README.md "Memory adapter"
 */
export class SortedList {
    #compare;
    #chunks = [];
    #size = 0;
    constructor(compare) {
        this.#compare = compare;
    }
    /** Builds a list from items already sorted without duplicates, in linear time. */
    static fromSorted(items, compare) {
        const list = new SortedList(compare);
        for (let start = 0; start < items.length; start += MAX_CHUNK / 2) {
            list.#chunks.push(items.slice(start, start + MAX_CHUNK / 2));
        }
        list.#size = items.length;
        return list;
    }
    /** Number of items. */
    get size() {
        return this.#size;
    }
    /** Adds `item`; false when an equal item is already present. */
    add(item) {
        const c = this.#chunkFor(item);
        const chunk = this.#chunks[c];
        if (chunk === undefined) {
            const last = this.#chunks[this.#chunks.length - 1];
            if (last === undefined)
                this.#chunks.push([item]);
            else
                last.push(item);
            this.#size += 1;
            this.#splitIfFull(this.#chunks.length - 1);
            return true;
        }
        const i = this.#positionIn(chunk, item);
        const found = chunk[i];
        if (found !== undefined && this.#compare(found, item) === 0)
            return false;
        chunk.splice(i, 0, item);
        this.#size += 1;
        this.#splitIfFull(c);
        return true;
    }
    /** Removes the item equal to `item`; false when there is none. */
    delete(item) {
        const c = this.#chunkFor(item);
        const chunk = this.#chunks[c];
        if (chunk === undefined)
            return false;
        const i = this.#positionIn(chunk, item);
        const found = chunk[i];
        if (found === undefined || this.#compare(found, item) !== 0)
            return false;
        chunk.splice(i, 1);
        this.#size -= 1;
        if (chunk.length === 0)
            this.#chunks.splice(c, 1);
        return true;
    }
    /** True when an item equal to `item` is present. */
    has(item) {
        const chunk = this.#chunks[this.#chunkFor(item)];
        if (chunk === undefined)
            return false;
        const found = chunk[this.#positionIn(chunk, item)];
        return found !== undefined && this.#compare(found, item) === 0;
    }
    /** The first item not below `bound` (above it when `exclusive`). */
    ceiling(bound, exclusive = false) {
        const c = this.#chunkFor(bound);
        const chunk = this.#chunks[c];
        if (chunk === undefined)
            return undefined;
        let i = this.#positionIn(chunk, bound);
        const found = chunk[i];
        if (exclusive && found !== undefined && this.#compare(found, bound) === 0)
            i += 1;
        return i < chunk.length ? chunk[i] : this.#chunks[c + 1]?.[0];
    }
    /**
     * Items in order, starting at the first item not below `bound` (above it when `exclusive`),
     * or at the smallest item when there is no bound. Do not mutate the list while iterating.
     */
    *from(bound, exclusive = false) {
        let c = 0;
        let i = 0;
        if (bound !== undefined) {
            c = this.#chunkFor(bound);
            const chunk = this.#chunks[c];
            if (chunk === undefined)
                return;
            i = this.#positionIn(chunk, bound);
            const found = chunk[i];
            if (exclusive && found !== undefined && this.#compare(found, bound) === 0)
                i += 1;
        }
        for (; c < this.#chunks.length; c += 1, i = 0) {
            const chunk = this.#chunks[c] ?? [];
            for (; i < chunk.length; i += 1)
                yield chunk[i];
        }
    }
    /**
     * The items from the first not below `bound` on, for as long as `inRange` holds, as an array
     * (the hot path of an index lookup: no generator).
     */
    range(bound, inRange) {
        const items = [];
        let c = this.#chunkFor(bound);
        let chunk = this.#chunks[c];
        if (chunk === undefined)
            return items;
        let i = this.#positionIn(chunk, bound);
        while (chunk !== undefined) {
            for (; i < chunk.length; i += 1) {
                const item = chunk[i];
                if (!inRange(item))
                    return items;
                items.push(item);
            }
            c += 1;
            chunk = this.#chunks[c];
            i = 0;
        }
        return items;
    }
    /** Index of the first chunk whose last item is not below `item` (chunk count if none). */
    #chunkFor(item) {
        let low = 0;
        let high = this.#chunks.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            const chunk = this.#chunks[mid] ?? [];
            if (this.#compare(chunk[chunk.length - 1], item) < 0)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }
    /** Index of the first item of `chunk` not below `item`. */
    #positionIn(chunk, item) {
        let low = 0;
        let high = chunk.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (this.#compare(chunk[mid], item) < 0)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }
    #splitIfFull(c) {
        const chunk = this.#chunks[c];
        if (chunk === undefined || chunk.length <= MAX_CHUNK)
            return;
        this.#chunks.splice(c + 1, 0, chunk.splice(chunk.length >>> 1));
    }
}
