import fc from 'fast-check';
import { expect, it } from 'vitest';
import { SortedList, compareStrings } from './sorted-list.js';

const byNumber = (a: number, b: number) => a - b;

it('agrees with a sorted array under random adds and deletes across chunk splits', () => {
  const ops = fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 4000 })), {
    minLength: 2500,
    maxLength: 6000,
  });
  fc.assert(
    fc.property(ops, fc.integer({ min: -1, max: 4001 }), (script, bound) => {
      const list = new SortedList(byNumber);
      const model = new Set<number>();
      for (const [add, n] of script) {
        expect(add ? list.add(n) : list.delete(n)).toBe(add ? !model.has(n) : model.has(n));
        if (add) model.add(n);
        else model.delete(n);
      }
      const sorted = [...model].sort(byNumber);
      expect(list.size).toBe(model.size);
      expect([...list.from()]).toEqual(sorted);
      expect([...list.from(bound)]).toEqual(sorted.filter((n) => n >= bound));
      expect([...list.from(bound, true)]).toEqual(sorted.filter((n) => n > bound));
      expect(list.has(bound)).toBe(model.has(bound));
      expect(list.ceiling(bound)).toBe(sorted.find((n) => n >= bound));
      expect(list.ceiling(bound, true)).toBe(sorted.find((n) => n > bound));
      const below = bound + 150;
      expect(list.range(bound, (n) => n < below)).toEqual(
        sorted.filter((n) => n >= bound && n < below),
      );
    }),
    { numRuns: 20 },
  );
});

it('builds from sorted items and keeps accepting inserts', () => {
  const items = Array.from({ length: 3000 }, (_, n) => n * 2);
  const list = SortedList.fromSorted(items, byNumber);
  list.add(3);
  list.add(5999);
  expect(list.size).toBe(3002);
  expect([...list.from(2, true)].slice(0, 3)).toEqual([3, 4, 6]);
  expect([...list.from(5997)]).toEqual([5998, 5999]);
});

it('orders strings by code unit, not by locale', () => {
  const list = new SortedList(compareStrings);
  for (const s of ['b', 'a', 'B', 'á', 'a0']) list.add(s);
  expect([...list.from()]).toEqual(['B', 'a', 'a0', 'b', 'á']);
});
