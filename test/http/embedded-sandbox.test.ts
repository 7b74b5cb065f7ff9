import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../gateway/config.js';
import { createGateway } from '../../gateway/create-gateway.js';
import { createEmbeddedSandbox } from '../../gateway/embedded-sandbox.js';
import { listen } from '../../gateway/server.js';
import { createKeyRing } from '../../mocks/signing/key-ring.js';
import { testContracts } from '../support/gateway.js';

async function startServe() {
  const contracts = testContracts();
  const sandbox = await createEmbeddedSandbox({
    contracts,
    keys: createKeyRing(),
    seed: 7,
    populationSize: 500,
    now: () => new Date('2026-09-15T09:00:00+07:00'),
  });
  const logger = pino({ level: 'silent' });
  const app = createGateway({
    contracts,
    config: { ...DEFAULT_CONFIG, port: 0 },
    logger,
    handlers: sandbox.handlers,
  });
  const running = await listen(app, '127.0.0.1', 0, logger);
  return Object.assign(running, { sandbox, [Symbol.asyncDispose]: () => running.close() });
}

const lookupHeaders = {
  'content-type': 'application/json',
  'x-officer-id': 'cb.tuphap.80001',
  'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
  'x-ma-ho-so': '000.00.00.H80-260915-0001',
};

describe('lienthong serve', () => {
  it('answers citizen lookups from the seeded population, not from examples', async () => {
    await using gateway = await startServe();
    const person = gateway.sandbox.population.people.find((p) => p.death === null);
    const response = await fetch(`${gateway.url}/dancu/v1/cong-dan/tra-cuu`, {
      method: 'POST',
      headers: lookupHeaders,
      body: JSON.stringify({ soDinhDanh: person?.id }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('lienthong-mock')).toBeNull();
    expect(await response.json()).toMatchObject({
      soDinhDanh: person?.id,
      hoTen: person?.fullName,
    });
  });

  it('refuses a request for a sandbox that does not exist', async () => {
    await using gateway = await startServe();
    const response = await fetch(`${gateway.url}/dancu/v1/cong-dan/tra-cuu`, {
      method: 'POST',
      headers: { ...lookupHeaders, 'x-sandbox-id': 'khong-co' },
      body: JSON.stringify({ soDinhDanh: '080226001234' }),
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'SANDBOX_NOT_FOUND' });
  });

  it('still answers operations without behaviour with their contract example', async () => {
    await using gateway = await startServe();
    const response = await fetch(`${gateway.url}/lienthong/v1/thu-tuc`, {
      headers: { 'x-officer-id': 'cb.tuphap.80001' },
    });
    expect(response.headers.get('lienthong-mock')).toBe('example');
  });
});
