/**
 * A read-only map made of a large shared base and a small layer on top: how an extended
 * population shares the base's indexes instead of copying a million entries per extension.
 */

/**
 * Looks up the top layer first, then the base. Stacking flattens: layering over a LayeredMap
 * merges the two top layers, so lookups stay two map reads deep however many extensions follow.
 * @see layerMap
 */
export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  readonly size: number;

  constructor(
    readonly base: ReadonlyMap<K, V>,
    readonly top: ReadonlyMap<K, V>,
  ) {
    let size = base.size;
    for (const key of top.keys()) if (!base.has(key)) size += 1;
    this.size = size;
  }

  get(key: K): V | undefined {
    return this.top.has(key) ? this.top.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.top.has(key) || this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) {
      yield [key, this.top.has(key) ? (this.top.get(key) as V) : value];
    }
    for (const [key, value] of this.top) if (!this.base.has(key)) yield [key, value];
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

/**
 * `base` with `top`'s entries added (top wins on a shared key), without copying `base`.
 * @see LayeredMap
 */
export function layerMap<K, V>(base: ReadonlyMap<K, V>, top: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  if (top.size === 0) return base;
  if (base instanceof LayeredMap) {
    const merged = new Map<K, V>(base.top as ReadonlyMap<K, V>);
    for (const [key, value] of top) merged.set(key, value);
    return new LayeredMap<K, V>(base.base as ReadonlyMap<K, V>, merged);
  }
  return new LayeredMap(base, top);
}

/**
 * Merges list-valued indexes: lists under a shared key are concatenated (base first).
 * @see layerMap
 */
export function layerLists<K, V>(
  base: ReadonlyMap<K, readonly V[]>,
  top: ReadonlyMap<K, readonly V[]>,
): ReadonlyMap<K, readonly V[]> {
  const merged = new Map<K, readonly V[]>();
  for (const [key, values] of top) {
    const before = base.get(key);
    merged.set(key, Object.freeze(before === undefined ? values : [...before, ...values]));
  }
  return layerMap(base, merged);
}
