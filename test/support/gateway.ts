import { pino } from 'pino';
import { loadContracts, type Contracts } from '../../contracts/contracts.js';
import type { HandlerMap } from '../../contracts/handler.js';
import { DEFAULT_CONFIG, type GatewayConfig } from '../../gateway/config.js';
import { createGateway } from '../../gateway/create-gateway.js';
import { listen, type RunningServer } from '../../gateway/server.js';

let shared: Contracts | undefined;

/** Contracts are immutable: load them once per test worker. */
export function testContracts(): Contracts {
  shared ??= loadContracts();
  return shared;
}

/** Starts a gateway on a free loopback port; dispose it with `await using`. */
export async function startTestGateway(
  options: { config?: Partial<GatewayConfig>; handlers?: HandlerMap } = {},
): Promise<RunningServer & AsyncDisposable> {
  const config = { ...DEFAULT_CONFIG, port: 0, ...options.config };
  const logger = pino({ level: 'silent' });
  const app = createGateway({
    contracts: testContracts(),
    config,
    logger,
    ...(options.handlers ? { handlers: options.handlers } : {}),
  });
  const running = await listen(app, '127.0.0.1', 0, logger);
  return Object.assign(running, { [Symbol.asyncDispose]: () => running.close() });
}
