import { pino } from 'pino';
import { DEFAULT_CONFIG, type GatewayConfig } from '../../gateway/config.js';
import type { PolicyConfig } from '../../gateway/policy/index.js';
import { createSandboxApp, type SandboxApp } from '../../gateway/sandbox-app.js';
import { listen, type RunningServer } from '../../gateway/server.js';
import { testContracts } from './gateway.js';

/** The full sandbox (auth, policy, faults, journal, every mock) on a free loopback port. */
export async function startSandboxApp(
  options: {
    config?: Partial<GatewayConfig>;
    now?: () => Date;
    policy?: Partial<PolicyConfig>;
  } = {},
): Promise<
  SandboxApp &
    RunningServer &
    AsyncDisposable & { token(clientId: string, extra?: Record<string, string>): Promise<string> }
> {
  const logger = pino({ level: 'silent' });
  const config = { ...DEFAULT_CONFIG, port: 0, populationSize: 500, seed: 11, ...options.config };
  const built = await createSandboxApp({
    contracts: testContracts(),
    config,
    logger,
    ...(options.now ? { now: options.now } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
  });
  if (!built.ok) throw new Error(built.error.detail);
  const running = await listen(built.value.app, '127.0.0.1', 0, logger);
  const token = async (clientId: string, extra: Record<string, string> = {}) => {
    const response = await fetch(`${running.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: `${clientId}-secret`,
        ...extra,
      }),
    });
    const body = (await response.json()) as { access_token?: string };
    if (!body.access_token) throw new Error(`no token for ${clientId}: ${JSON.stringify(body)}`);
    return body.access_token;
  };
  return Object.assign(running, built.value, {
    token,
    [Symbol.asyncDispose]: async () => {
      built.value.sandbox.manager.dispose();
      await running.close();
    },
  });
}
