import { describe, expect, it } from 'vitest';
import { pageOf } from './paging.js';

const ids = ['a', 'b', 'c', 'd', 'e'];
const request = { listing: 'letters', idOf: (id: string) => id, limit: 2 };

function walk(items: readonly string[], order: 'ascending' | 'descending'): string[][] {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = pageOf(items, { ...request, order, ...(cursor ? { cursor } : {}) });
    if (!page.ok) throw new Error(page.error);
    pages.push(page.value.items);
    cursor = page.value.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return pages;
}

describe('pageOf', () => {
  it('walks an ascending listing page by page, ending with a null cursor', () => {
    expect(walk(ids, 'ascending')).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('walks a descending listing page by page', () => {
    expect(walk([...ids].reverse(), 'descending')).toEqual([['e', 'd'], ['c', 'b'], ['a']]);
  });

  it('continues after the position, not an offset, when items were added in between', () => {
    const first = pageOf(ids, request);
    if (!first.ok || first.value.nextCursor === null) throw new Error('no second page');
    const next = pageOf(['a', 'aa', 'b', 'c', 'd'], { ...request, cursor: first.value.nextCursor });
    expect(next.ok && next.value.items).toEqual(['c', 'd']);
  });

  it('refuses a cursor of another listing or a malformed one', () => {
    const first = pageOf(ids, request);
    if (!first.ok || first.value.nextCursor === null) throw new Error('no second page');
    const foreign = pageOf(ids, { ...request, listing: 'other', cursor: first.value.nextCursor });
    expect(foreign.ok).toBe(false);
    expect(pageOf(ids, { ...request, cursor: 'not a cursor' }).ok).toBe(false);
  });
});
