/**
 * A read-only map made of a large shared base and a small layer on top: how an extended
 * population shares the base's indexes instead of copying a million entries per extension.
 */
/**
 * Looks up the top layer first, then the base. Stacking flattens: layering over a LayeredMap
 * merges the two top layers, so lookups stay two map reads deep however many extensions follow.
 * @see layerMap
 */
export class LayeredMap {
    base;
    top;
    size;
    constructor(base, top) {
        this.base = base;
        this.top = top;
        let size = base.size;
        for (const key of top.keys())
            if (!base.has(key))
                size += 1;
        this.size = size;
    }
    get(key) {
        return this.top.has(key) ? this.top.get(key) : this.base.get(key);
    }
    has(key) {
        return this.top.has(key) || this.base.has(key);
    }
    *entries() {
        for (const [key, value] of this.base) {
            yield [key, this.top.has(key) ? this.top.get(key) : value];
        }
        for (const [key, value] of this.top)
            if (!this.base.has(key))
                yield [key, value];
    }
    *keys() {
        for (const [key] of this.entries())
            yield key;
    }
    *values() {
        for (const [, value] of this.entries())
            yield value;
    }
    forEach(callback) {
        for (const [key, value] of this.entries())
            callback(value, key, this);
    }
    [Symbol.iterator]() {
        return this.entries();
    }
}
/**
 * `base` with `top`'s entries added (top wins on a shared key), without copying `base`.
 * @see LayeredMap
 */
export function layerMap(base, top) {
    if (top.size === 0)
        return base;
    if (base instanceof LayeredMap) {
        const merged = new Map(base.top);
        for (const [key, value] of top)
            merged.set(key, value);
        return new LayeredMap(base.base, merged);
    }
    return new LayeredMap(base, top);
}
/**
 * Merges list-valued indexes: lists under a shared key are concatenated (base first).
 * @see layerMap
 */
export function layerLists(base, top) {
    const merged = new Map();
    for (const [key, values] of top) {
        const before = base.get(key);
        merged.set(key, Object.freeze(before === undefined ? values : [...before, ...values]));
    }
    return layerMap(base, merged);
}
