import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config.js';
import { createGateway } from '../create-gateway.js';
import { createEmbeddedSandbox } from '../embedded-sandbox.js';
import { listen } from '../server.js';
import { createKeyRing } from '../../mocks/signing/key-ring.js';
import { testContracts } from '../../test/support/gateway.js';

// Strict response validation: every answer below also honours its contract.
async function startServe() {
  const contracts = testContracts();
  const sandbox = await createEmbeddedSandbox({
    contracts,
    keys: createKeyRing(),
    seed: 11,
    populationSize: 300,
    now: () => new Date('2026-09-15T09:00:00+07:00'),
  });
  const logger = pino({ level: 'silent' });
  const app = createGateway({
    contracts,
    config: { ...DEFAULT_CONFIG, port: 0, responseValidation: 'strict' },
    logger,
    handlers: sandbox.handlers,
  });
  const running = await listen(app, '127.0.0.1', 0, logger);
  const call = async (method: string, path: string, body?: unknown, headers = {}) => {
    const response = await fetch(`${running.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : undefined,
    };
  };
  return Object.assign(running, {
    sandbox,
    call,
    [Symbol.asyncDispose]: async () => {
      sandbox.manager.dispose();
      await running.close();
    },
  });
}

const SANDBOXES = '/sandbox/v1/sandboxes';

describe('sandbox control plane over HTTP', () => {
  it('creates a sandbox with a Location and lists it after the default one', async () => {
    await using gw = await startServe();
    const created = await gw.call('POST', SANDBOXES, {
      sandboxId: 'qa-1',
      name: 'QA',
      seed: 11,
      populationSize: 300,
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`${SANDBOXES}/qa-1`);
    expect(created.body).toMatchObject({
      sandboxId: 'qa-1',
      processingProfile: { profile: 'instant' },
    });
    const page = await gw.call('GET', `${SANDBOXES}?limit=1`);
    expect(page.body.items.map((s: { sandboxId: string }) => s.sandboxId)).toEqual(['default']);
    const next = await gw.call('GET', `${SANDBOXES}?limit=1&cursor=${page.body.nextCursor}`);
    expect(next.body).toMatchObject({ items: [{ sandboxId: 'qa-1' }], nextCursor: null });
  });

  it('answers the problems the spec declares', async () => {
    await using gw = await startServe();
    expect((await gw.call('GET', `${SANDBOXES}/khong-co`)).body).toMatchObject({
      status: 404,
      code: 'SANDBOX_NOT_FOUND',
    });
    expect((await gw.call('DELETE', `${SANDBOXES}/default`)).body).toMatchObject({
      status: 409,
      code: 'DEFAULT_SANDBOX_PROTECTED',
    });
    expect(
      (
        await gw.call('POST', SANDBOXES, {
          sandboxId: 'default',
          name: 'x',
          seed: 11,
          populationSize: 300,
        })
      ).status,
    ).toBe(409);
    expect(
      (await gw.call('POST', SANDBOXES, { name: 'x', provinceMode: 'connected' })).body,
    ).toMatchObject({ status: 422, code: 'PROVINCE_BASE_URL_REQUIRED' });
    const profile = await gw.call('PUT', `${SANDBOXES}/default/processing-profile`, {
      profile: 'manual',
      realistic: { fractionOfLimit: 0.5 },
    });
    expect(profile.body).toMatchObject({ status: 422, code: 'PROFILE_OPTIONS_MISMATCH' });
    expect(
      (await gw.call('POST', `${SANDBOXES}/default/clock/advance`, { duration: 'PT0S' })).status,
    ).toBe(422);
  });

  it('patches a sandbox with merge-patch semantics', async () => {
    await using gw = await startServe();
    const patched = await gw.call(
      'PATCH',
      `${SANDBOXES}/default`,
      { config: { deviceMode: 'enforce' } },
      { 'content-type': 'application/merge-patch+json' },
    );
    expect(patched.status).toBe(200);
    expect(patched.body.config).toMatchObject({ deviceMode: 'enforce', tuTuatEnabled: true });
  });

  it('freezes and advances the clock by working days across a weekend', async () => {
    await using gw = await startServe();
    await gw.call('PUT', `${SANDBOXES}/default/clock`, {
      now: '2026-09-18T10:00:00+07:00',
      frozen: true,
    });
    const advanced = await gw.call('POST', `${SANDBOXES}/default/clock/advance`, {
      workingDays: 1,
      at: '08:00',
    });
    expect(advanced.status).toBe(200);
    expect(advanced.body).toEqual({
      clock: expect.objectContaining({
        now: '2026-09-21T08:00:00+07:00',
        frozen: true,
        isWorkingDay: true,
      }),
      fired: { stepsDecided: 0, deadlinesPassed: 0, webhooksAttempted: 0 },
    });
  });

  it('finds citizens by trait and shows their cross-register profile', async () => {
    await using gw = await startServe();
    const found = await gw.call('GET', `${SANDBOXES}/default/citizens?trait=PENSIONER&limit=2`);
    expect(found.status).toBe(200);
    const first = found.body.items[0];
    expect(first.traits).toContain('PENSIONER');
    const profile = await gw.call('GET', `${SANDBOXES}/default/citizens/${first.soDinhDanh}`);
    expect(profile.body).toMatchObject({
      soDinhDanh: first.soDinhDanh,
      insurance: { loaiDoiTuong: 'NGUOI_HUONG_LUONG_HUU' },
    });
  });

  it('makes a generated citizen visible to the agencies of that sandbox only', async () => {
    await using gw = await startServe();
    await gw.call('POST', SANDBOXES, {
      sandboxId: 'qa-gen',
      name: 'gen',
      seed: 11,
      populationSize: 300,
    });
    const generated = await gw.call('POST', `${SANDBOXES}/qa-gen/citizens`, {
      trait: 'PENSIONER',
      maTinh: '38',
    });
    expect(generated.status).toBe(201);
    const lookup = (sandbox: string) =>
      gw.call(
        'POST',
        '/dancu/v1/cong-dan/tra-cuu',
        { soDinhDanh: generated.body.soDinhDanh },
        {
          'x-sandbox-id': sandbox,
          'x-officer-id': 'cb.tuphap.38001',
          'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
          'x-ma-ho-so': '000.00.00.H38-260915-0001',
        },
      );
    expect((await lookup('qa-gen')).status).toBe(200);
    expect((await lookup('default')).status).toBe(404);
  });

  it('reseeds a sandbox population from another seed', async () => {
    await using gw = await startServe();
    const seeded = await gw.call('POST', `${SANDBOXES}/default/citizens/seed`, {
      seed: 12,
      size: 200,
    });
    expect(seeded.status).toBe(200);
    expect(seeded.body).toMatchObject({
      seed: 12,
      byTrait: expect.objectContaining({ PENSIONER: expect.any(Number) }),
    });
    expect((await gw.call('GET', `${SANDBOXES}/default`)).body.seed).toBe(12);
  });
});
