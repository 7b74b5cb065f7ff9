import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parseSyncTimestamp, parseVnIso, toSyncTimestamp, toVnIso } from './timestamps.js';

it.each([
  ['2025-01-28T17:00:00.000Z', '2025-01-29T00:00:00+07:00', '20250129000000'],
  ['2025-01-29T07:59:59.999Z', '2025-01-29T14:59:59+07:00', '20250129145959'],
  ['2024-12-31T16:59:59.000Z', '2024-12-31T23:59:59+07:00', '20241231235959'],
])('formats %s as %s and %s', (utc, iso, sync) => {
  expect(toVnIso(new Date(utc))).toBe(iso);
  expect(toSyncTimestamp(new Date(utc))).toBe(sync);
});

it.each([
  ['2025-01-29T15:00:00+07:00', '2025-01-29T08:00:00.000Z'],
  ['2024-02-29T23:59:59+07:00', '2024-02-29T16:59:59.000Z'],
])('parses the +07:00 ISO instant %s', (text, utc) => {
  expect(parseVnIso(text)).toEqual({ ok: true, value: new Date(utc) });
});

it.each([
  '2025-02-29T10:00:00+07:00',
  '2025-01-29T24:00:00+07:00',
  '2025-01-29T10:00:00Z',
  '2025-01-29T10:00:00+08:00',
  '2025-01-29 10:00:00+07:00',
  '2025-01-29T10:00+07:00',
  '2025-01-29T10:00:00.000+07:00',
])('refuses %s as a +07:00 ISO instant', (text) => {
  expect(parseVnIso(text)).toMatchObject({ ok: false, error: { code: 'INVALID_VN_ISO' } });
});

it('parses a 14-digit sync timestamp in +07:00', () => {
  expect(parseSyncTimestamp('20250129150000')).toEqual({
    ok: true,
    value: new Date('2025-01-29T08:00:00.000Z'),
  });
});

it.each(['2025012915000', '202501291500000', '20251301000000', '20250129106000', '2025-01-29'])(
  'refuses %s as a sync timestamp',
  (text) => {
    expect(parseSyncTimestamp(text)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_SYNC_TIMESTAMP' },
    });
  },
);

it('round-trips any instant to the second through both formats', () => {
  const instants = fc.date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  });
  fc.assert(
    fc.property(instants, (instant) => {
      const seconds = new Date(Math.floor(instant.getTime() / 1000) * 1000);
      expect(parseVnIso(toVnIso(instant))).toEqual({ ok: true, value: seconds });
      expect(parseSyncTimestamp(toSyncTimestamp(instant))).toEqual({ ok: true, value: seconds });
    }),
  );
});

it('formats consecutive instants afresh once the second changes (the last second is remembered)', () => {
  const stamps = [
    '2026-09-01T16:59:59.000Z',
    '2026-09-01T16:59:59.999Z',
    '2026-09-01T17:00:00.000Z',
    '2026-09-01T16:59:59.500Z',
  ].map((utc) => toVnIso(new Date(utc)));
  expect(stamps).toEqual([
    '2026-09-01T23:59:59+07:00',
    '2026-09-01T23:59:59+07:00',
    '2026-09-02T00:00:00+07:00',
    '2026-09-01T23:59:59+07:00',
  ]);
});
