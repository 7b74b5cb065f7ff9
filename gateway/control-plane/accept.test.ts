import { describe, expect, it } from 'vitest';
import { prefersCsv } from './accept.js';

describe('prefersCsv', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['*/*', false],
    ['application/json', false],
    ['text/csv', true],
    ['text/*', true],
    ['text/csv, application/json', false],
    ['text/csv, application/json;q=0.5', true],
    ['application/json;q=0.9, text/csv', true],
    ['text/csv;q=0, */*', false],
    ['TEXT/CSV; charset=utf-8', true],
    ['text/csv;q=abc', false],
  ])('Accept %j → CSV %s', (accept, expected) => {
    expect(prefersCsv(accept)).toBe(expected);
  });
});
