import { expect, it } from 'vitest';
import { afterAttempt, defaultBackoff, errorText, transportError } from './delivery-rules.js';
import type { WebhookDelivery } from './state.js';

const pending: WebhookDelivery = {
  deliveryId: 'dlv-000001',
  eventId: '3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f',
  eventType: 'THU_TUC_CON_BAT_DAU',
  maHoSo: '000.00.00.H38-260915-0007',
  targetUrl: 'https://motcua.thanhhoa.gov.vn/su-kien',
  state: 'PENDING',
  attempts: 0,
  maxAttempts: 8,
  createdAt: '2026-09-15T09:30:01+07:00',
  lastAttemptAt: null,
  lastResponseStatus: null,
  lastError: null,
  nextAttemptAt: '2026-09-15T09:30:01+07:00',
};

it.each([
  [1, 60_000],
  [2, 240_000],
  [3, 960_000],
  [5, 15_360_000],
  [6, 21_600_000],
  [20, 21_600_000],
])('waits %i → %i ms after a failed attempt', (attempt, ms) => {
  expect(defaultBackoff(attempt)).toBe(ms);
});

it('schedules the next attempt after the back-off, as the spec example has it', () => {
  const second = afterAttempt(
    { ...pending, attempts: 1 },
    { kind: 'answered', status: 502, statusText: 'Bad Gateway' },
    new Date('2026-09-15T09:31:01+07:00'),
    defaultBackoff,
  );
  expect(second).toMatchObject({
    state: 'RETRYING',
    attempts: 2,
    lastAttemptAt: '2026-09-15T09:31:01+07:00',
    lastResponseStatus: 502,
    lastError: 'Receiver answered 502 Bad Gateway.',
    nextAttemptAt: '2026-09-15T09:35:01+07:00',
  });
});

it.each([
  [{ kind: 'answered', status: 418 } as const, "Receiver answered 418 I'm a Teapot."],
  [{ kind: 'answered', status: 302, statusText: 'Found' } as const, 'Receiver answered 302 Found.'],
  [{ kind: 'answered', status: 204 } as const, null],
  [{ kind: 'failed', error: 'x'.repeat(400) } as const, `${'x'.repeat(299)}…`],
])('words the outcome %o for lastError', (outcome, text) => {
  expect(errorText(outcome)).toBe(text);
});

it.each([
  [
    Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }),
    'Connection refused.',
  ],
  [new DOMException('timed out', 'TimeoutError'), 'No answer within 10000 ms.'],
  [
    Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } }),
    'Receiver host not found.',
  ],
  [new Error('boom'), 'Request failed (Error).'],
])('explains a transport failure %#', (error, text) => {
  expect(transportError(error, 10_000)).toBe(text);
});
