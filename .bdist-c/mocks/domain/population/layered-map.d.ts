/**
 * A read-only map made of a large shared base and a small layer on top: how an extended
 * population shares the base's indexes instead of copying a million entries per extension.
 */
/**
 * Looks up the top layer first, then the base. Stacking flattens: layering over a LayeredMap
 * merges the two top layers, so lookups stay two map reads deep however many extensions follow.
 * @see layerMap
 */
export declare class LayeredMap<K, V> implements ReadonlyMap<K, V> {
    readonly base: ReadonlyMap<K, V>;
    readonly top: ReadonlyMap<K, V>;
    readonly size: number;
    constructor(base: ReadonlyMap<K, V>, top: ReadonlyMap<K, V>);
    get(key: K): V | undefined;
    has(key: K): boolean;
    entries(): MapIterator<[K, V]>;
    keys(): MapIterator<K>;
    values(): MapIterator<V>;
    forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void;
    [Symbol.iterator](): MapIterator<[K, V]>;
}
/**
 * `base` with `top`'s entries added (top wins on a shared key), without copying `base`.
 * @see LayeredMap
 */
export declare function layerMap<K, V>(base: ReadonlyMap<K, V>, top: ReadonlyMap<K, V>): ReadonlyMap<K, V>;
/**
 * Merges list-valued indexes: lists under a shared key are concatenated (base first).
 * @see layerMap
 */
export declare function layerLists<K, V>(base: ReadonlyMap<K, readonly V[]>, top: ReadonlyMap<K, readonly V[]>): ReadonlyMap<K, readonly V[]>;
