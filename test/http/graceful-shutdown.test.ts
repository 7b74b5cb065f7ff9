import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { Handler } from '../../contracts/handler.js';
import { DEFAULT_CONFIG } from '../../gateway/config.js';
import { createGateway } from '../../gateway/create-gateway.js';
import { listen } from '../../gateway/server.js';
import { testContracts } from '../support/gateway.js';

/** A gateway whose `/healthz` answers only when the test releases it. */
async function startWithSlowHandler() {
  let entered!: () => void;
  const inHandler = new Promise<void>((resolve) => (entered = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const slow: Handler = async () => {
    entered();
    await released;
    return { status: 200, body: { status: 'ok', uptimeSeconds: 1 } };
  };
  const logger = pino({ level: 'silent' });
  const app = createGateway({
    contracts: testContracts(),
    config: { ...DEFAULT_CONFIG, port: 0 },
    logger,
    handlers: new Map([['sandboxGetLiveness', slow]]),
  });
  const running = await listen(app, '127.0.0.1', 0, logger);
  return { running, inHandler, release };
}

describe('graceful shutdown', () => {
  it('lets a request in flight finish before the server closes', async () => {
    const { running, inHandler, release } = await startWithSlowHandler();
    const answer = fetch(`${running.url}/healthz`);
    await inHandler;
    let closed = false;
    const closing = running.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    release();
    const response = await answer;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', uptimeSeconds: 1 });
    await closing;
    expect(closed).toBe(true);
  });

  it('refuses new connections once closing has begun', async () => {
    const { running, inHandler, release } = await startWithSlowHandler();
    const answer = fetch(`${running.url}/healthz`);
    await inHandler;
    const closing = running.close();
    await expect(fetch(`${running.url}/readyz`)).rejects.toThrow();
    release();
    await answer;
    await closing;
  });

  it('closes a kept-alive connection as soon as its answer is sent', async () => {
    const { running, inHandler, release } = await startWithSlowHandler();
    const answer = fetch(`${running.url}/healthz`);
    await inHandler;
    const closing = running.close();
    release();
    const response = await answer;
    expect(response.headers.get('connection')).toBe('close');
    const started = performance.now();
    await closing;
    // Far below the 5 s keep-alive timeout a lingering connection would hold the close for.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('cuts requests still running when the bound has passed', async () => {
    const { running, inHandler } = await startWithSlowHandler();
    const answer = fetch(`${running.url}/healthz`);
    await inHandler;
    const started = performance.now();
    await running.close(100);
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
    await expect(answer).rejects.toThrow();
  });
});
