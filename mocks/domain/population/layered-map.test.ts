import { expect, it } from 'vitest';
import { LayeredMap, layerLists, layerMap } from './layered-map.js';

const base = new Map([
  ['a', 1],
  ['b', 2],
]);

it('reads the top layer first, then the base, without copying the base', () => {
  const layered = layerMap(
    base,
    new Map([
      ['b', 20],
      ['c', 3],
    ]),
  );
  expect(layered.get('a')).toBe(1);
  expect(layered.get('b')).toBe(20);
  expect(layered.get('c')).toBe(3);
  expect(layered.has('z')).toBe(false);
  expect(layered.size).toBe(3);
  expect([...layered]).toEqual([
    ['a', 1],
    ['b', 20],
    ['c', 3],
  ]);
  expect(base.get('b')).toBe(2);
});

it('stays two layers deep however many layers are added', () => {
  let map: ReadonlyMap<string, number> = base;
  for (let i = 0; i < 50; i += 1) map = layerMap(map, new Map([[`k${i}`, i]]));
  expect(map).toBeInstanceOf(LayeredMap);
  expect((map as LayeredMap<string, number>).base).toBe(base);
  expect(map.size).toBe(52);
  expect(map.get('k49')).toBe(49);
});

it('returns the base itself when nothing is added', () => {
  expect(layerMap(base, new Map())).toBe(base);
});

it('concatenates lists under a shared key, base first', () => {
  const lists = layerLists(
    new Map([['x', [1, 2]]]),
    new Map([
      ['x', [3]],
      ['y', [4]],
    ]),
  );
  expect(lists.get('x')).toEqual([1, 2, 3]);
  expect(lists.get('y')).toEqual([4]);
  expect([...lists.keys()]).toEqual(['x', 'y']);
  const seen: string[] = [];
  lists.forEach((_v, k) => seen.push(k));
  expect(seen).toEqual(['x', 'y']);
});
