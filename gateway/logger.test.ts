import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, maskIdNumbers } from './logger.js';

describe('operational logs', () => {
  it.each([
    ['citizen 038226000123 looked up', 'citizen 038*******23 looked up'],
    ['{"soDinhDanh":"079190001234"}', '{"soDinhDanh":"079*******34"}'],
    ['phone 0912345678 and code 7912345678 stay', 'phone 0912345678 and code 7912345678 stay'],
    [
      'a 13-digit 0382260001234 is not an ID number',
      'a 13-digit 0382260001234 is not an ID number',
    ],
  ])('masks personal ID numbers: %s', (input, expected) => {
    expect(maskIdNumbers(input)).toBe(expected);
  });

  it('never writes a whole ID number', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    createLogger('info', sink).info({ soDinhDanh: '038226000123' }, 'lookup of 038226000123');
    expect(lines.join('')).not.toContain('038226000123');
    expect(lines.join('')).toContain('038*******23');
  });
});
