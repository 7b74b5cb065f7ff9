import { Buffer } from 'node:buffer';
import { expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

it('round-trips a position through an opaque base64url cursor', () => {
  const query = { index: 'byMother', key: undefined };
  const cursor = encodeCursor(query, { key: 'm1', id: 'p1' });
  expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(decodeCursor(cursor, query)).toEqual({ ok: true, value: { key: 'm1', id: 'p1' } });
});

it.each([
  ['', 'empty'],
  ['%%%', 'not base64url'],
  [Buffer.from('[1,null,null,null,""]').toString('base64url'), 'an empty id'],
  [Buffer.from('[2,null,null,null,"a"]').toString('base64url'), 'another version'],
  [Buffer.from('[1,null,null,"k","a"]').toString('base64url'), 'a key position for an id walk'],
  [Buffer.from('{"id":"a"}').toString('base64url'), 'an object'],
])('rejects a cursor that is %s (%s)', (cursor) => {
  const result = decodeCursor(cursor, {});
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_CURSOR' } });
});

it('rejects a cursor from a listing of another index key', () => {
  const cursor = encodeCursor({ index: 'byMother', key: 'm1' }, { id: 'p1' });
  const result = decodeCursor(cursor, { index: 'byMother', key: 'm2' });
  expect(result).toMatchObject({
    ok: false,
    error: { detail: 'the cursor belongs to another listing' },
  });
});
