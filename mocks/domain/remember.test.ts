import { expect, it } from 'vitest';
import { MAX_REMEMBERED_KEY, rememberRecent } from './remember.js';

it('rememberRecent computes a key once and answers it again from memory', () => {
  let calls = 0;
  const length = rememberRecent((key) => {
    calls += 1;
    return key.length;
  });
  expect([length('abc'), length('abc'), length('de')]).toEqual([3, 3, 2]);
  expect(calls).toBe(2);
});

it('remembers undefined answers too', () => {
  let calls = 0;
  const nothing = rememberRecent(() => {
    calls += 1;
    return undefined;
  });
  nothing('x');
  nothing('x');
  expect(calls).toBe(1);
});

it('starts afresh once it remembers max keys, so memory stays bounded', () => {
  let calls = 0;
  const same = rememberRecent((key) => {
    calls += 1;
    return key;
  }, 2);
  same('a');
  same('b');
  same('c'); // clears a and b
  same('a');
  expect(calls).toBe(4);
});

it('computes keys longer than MAX_REMEMBERED_KEY every time (they are not kept)', () => {
  let calls = 0;
  const length = rememberRecent((key) => {
    calls += 1;
    return key.length;
  });
  const long = 'x'.repeat(MAX_REMEMBERED_KEY + 1);
  expect([length(long), length(long)]).toEqual([long.length, long.length]);
  expect(calls).toBe(2);
});
