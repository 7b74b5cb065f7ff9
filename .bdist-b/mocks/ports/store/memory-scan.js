import { idOfPair, pairOf, splitPair } from './memory-layer.js';
import { compareStrings } from './sorted-list.js';
/**
 * A document other than `id` under `key` in a unique index (no generators: a hot path).
 * @see mocks/ports/README.md "Memory adapter"
 */
export function holderOf(view, index, key, id) {
    const prefix = pairOf(key, '');
    const layers = [
        { pairs: view.top.indexes.get(index), shadow: undefined },
        { pairs: view.base?.indexes.get(index), shadow: view.top.entries },
    ];
    for (const { pairs, shadow } of layers) {
        let pair = pairs?.ceiling(prefix);
        while (pair !== undefined && pair.startsWith(prefix)) {
            const holder = pair.slice(prefix.length);
            if (holder !== id && !shadow?.has(holder))
                return holder;
            pair = pairs?.ceiling(pair, true);
        }
    }
    return undefined;
}
/**
 * Positions after `after` in the order the query asks for.
 * @see mocks/ports/README.md "Pagination"
 */
export function positions(view, query, after) {
    const { index, key } = query;
    if (index === undefined)
        return mapIter(ids(view, after?.id), (id) => ({ id }));
    if (key !== undefined)
        return mapIter(idsUnder(view, index, key, after?.id), (id) => ({ id }));
    const from = after ? pairOf(after.key ?? '', after.id) : undefined;
    return mapIter(pairs(view, index, from), splitPair);
}
/** Live ids above `after`, in order, overlay over base. */
function ids(view, after) {
    const shadow = view.top.entries;
    const base = view.base?.ids.from(after, true);
    const visible = base ? filterIter(base, (id) => !shadow.has(id)) : empty();
    return merge(visible, view.top.ids.from(after, true), compareStrings);
}
/**
 * Ids under `key` above `after`, in order, overlay over base.
 * @see mocks/ports/README.md "Memory adapter"
 */
function* idsUnder(view, index, key, after = '') {
    const prefix = pairOf(key, '');
    for (const pair of pairs(view, index, pairOf(key, after))) {
        if (!pair.startsWith(prefix))
            return;
        yield pair.slice(prefix.length);
    }
}
/**
 * Every id under `key`, in order, overlay over base, as an array (what `findBy` reads: no
 * generators, as in {@link holderOf}).
 * @see mocks/ports/README.md "Memory adapter"
 */
export function allIdsUnder(view, index, key) {
    const prefix = pairOf(key, '');
    const underKey = (pair) => pair.startsWith(prefix);
    const shadow = view.top.entries;
    const base = view.base?.indexes.get(index)?.range(prefix, underKey) ?? [];
    const top = view.top.indexes.get(index)?.range(prefix, underKey) ?? [];
    const ids = [];
    let b = 0;
    let t = 0;
    while (b < base.length || t < top.length) {
        const fromBase = base[b];
        const fromTop = top[t];
        if (fromBase !== undefined && (fromTop === undefined || fromBase <= fromTop)) {
            b += 1;
            const id = fromBase.slice(prefix.length);
            if (!shadow.has(id))
                ids.push(id);
        }
        else if (fromTop !== undefined) {
            t += 1;
            ids.push(fromTop.slice(prefix.length));
        }
    }
    return ids;
}
/** Index pairs above `from`, in order, overlay over base. */
function pairs(view, index, from) {
    const shadow = view.top.entries;
    const base = view.base?.indexes.get(index)?.from(from, true);
    const visible = base
        ? filterIter(base, (pair) => !shadow.has(idOfPair(pair)))
        : empty();
    const top = view.top.indexes.get(index)?.from(from, true) ?? empty();
    return merge(visible, top, compareStrings);
}
function* merge(a, b, compare) {
    let x = a.next();
    let y = b.next();
    while (!x.done || !y.done) {
        if (!x.done && (y.done || compare(x.value, y.value) <= 0)) {
            yield x.value;
            x = a.next();
        }
        else if (!y.done) {
            yield y.value;
            y = b.next();
        }
    }
}
function* filterIter(items, keep) {
    for (const item of items)
        if (keep(item))
            yield item;
}
function* mapIter(items, map) {
    for (const item of items)
        yield map(item);
}
function* empty() {
    // nothing to yield
}
