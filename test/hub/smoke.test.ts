import { expect, test } from 'vitest';
import { startSandboxApp } from '../support/sandbox-app.js';
import { group1Submission, group2Submission, insuredDeceased } from '../support/hub.js';

const NOW = new Date('2026-09-15T09:30:00+07:00');

test('smoke group 1', async () => {
  await using app = await startSandboxApp({ now: () => NOW, config: { populationSize: 3000 } });
  const token = await app.token('tinh-demo');
  const { submission } = group1Submission(app.sandbox.population);
  const res = await fetch(`${app.url}/lienthong/v1/ho-so`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': 'smoke-key-0001',
      'x-officer-id': 'cb.hotich.38001',
    },
    body: JSON.stringify(submission),
  });
  const body = await res.json();
  console.log(res.status, JSON.stringify(body, null, 1).slice(0, 4000));
  expect(res.status).toBe(201);
});

test('smoke group 2', async () => {
  await using app = await startSandboxApp({ now: () => NOW, config: { populationSize: 3000 } });
  const token = await app.token('tinh-demo');
  const { person, spouse } = insuredDeceased(app.sandbox.population);
  const submission = group2Submission(person, spouse, spouse.sex === 'FEMALE' ? 'VO' : 'CHONG', {
    mt: 'MAI_TANG_BHXH',
    tu: 'TU_TUAT_1LAN',
  });
  const res = await fetch(`${app.url}/lienthong/v1/ho-so`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': 'smoke-key-0002',
      'x-officer-id': 'cb.hotich.38001',
    },
    body: JSON.stringify(submission),
  });
  const body = await res.json();
  console.log(res.status, JSON.stringify(body, null, 1).slice(0, 4000));
  expect(res.status).toBe(201);
});
