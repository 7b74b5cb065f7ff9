import { describe, expect, it } from 'vitest';
import { SYSTEMS } from '../../contracts/systems.js';
import { startTestGateway, testContracts } from '../support/gateway.js';

describe('health', () => {
  it('reports liveness from the process itself', async () => {
    await using gateway = await startTestGateway();
    const response = await fetch(`${gateway.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('lienthong-mock')).toBeNull();
    expect(await response.json()).toMatchObject({
      status: 'ok',
      uptimeSeconds: expect.any(Number),
    });
  });

  it('reports readiness with the checks it ran', async () => {
    await using gateway = await startTestGateway();
    const response = await fetch(`${gateway.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      checks: [
        {
          name: 'contracts',
          ok: true,
          detail: `${testContracts().index.operations.size} operations loaded`,
        },
      ],
    });
  });

  it('answers every system health operation per its contract', async () => {
    await using gateway = await startTestGateway();
    for (const system of SYSTEMS.filter((s) => s !== 'sandbox')) {
      const response = await fetch(`${gateway.url}/${system}/v1/suc-khoe`);
      const body: unknown = await response.json();
      expect(response.status, system).toBe(200);
      expect(body, system).toMatchObject({
        trangThai: 'HOAT_DONG',
        thoiDiem: expect.stringMatching(/\+07:00$/),
      });
      expect(
        testContracts().validators.validateResponse(
          `${system}GetHealth`,
          200,
          'application/json',
          body,
        ).ok,
      ).toBe(true);
    }
  });
});
