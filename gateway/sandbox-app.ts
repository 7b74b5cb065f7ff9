import { generateKeyPair, randomBytes, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { Contracts } from '../contracts/contracts.js';
import { err, ok, type Result } from '../contracts/result.js';
import type { RandomSource } from '../mocks/domain/identifiers/index.js';
import { createMemoryStore } from '../mocks/ports/store/index.js';
import { createKeyRing, lateKeyRing } from '../mocks/signing/key-ring.js';
import type { ConfigError, GatewayConfig } from './config.js';
import { createAdminOperations } from './control-plane/index.js';
import { createGateway, type GatewayOptions } from './create-gateway.js';
import {
  createEmbeddedSandbox,
  DEFAULT_SANDBOX_ID,
  type EmbeddedSandbox,
} from './embedded-sandbox.js';
import { faultRandom } from './faults/index.js';
import { createJournal, type Journal } from './journal/index.js';
import { createGatewayMetrics, type GatewayMetrics } from './metrics/index.js';
import type { PolicyConfig } from './policy/index.js';
import { createGatewaySecurity, type GatewaySecurity } from './security.js';
import { createUpstreamHandlers } from './upstream/index.js';
import type { ClientRegistry } from './auth/index.js';
import { createHub, PATH_SANDBOX_OPERATIONS, type Hub } from './hub/index.js';
import {
  createOutbox,
  DEFAULT_MAX_ATTEMPTS,
  deliveryOperations,
  SUBSCRIPTION_OPERATIONS,
  type Outbox,
} from './hub/webhooks/index.js';
import type { SandboxManager } from './sandboxes/index.js';

/**
 * Generates the sandbox's RSA-2048 signing key off the main thread (libuv pool), so start-up can
 * load contracts and seed the population meanwhile.
 */
export async function generateSigningKey(): Promise<KeyObject> {
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  return privateKey;
}

/** The whole sandbox as `lienthong serve` runs it, built without opening a socket. */
export interface SandboxApp {
  readonly app: Express;
  readonly sandbox: EmbeddedSandbox;
  readonly security: GatewaySecurity;
  readonly journal: Journal;
  /** The gateway's metrics registry (`GET /metrics`). */
  readonly metrics: GatewayMetrics;
  /** Webhook deliveries of every sandbox. */
  readonly outbox: Outbox;
  /** The pipeline stages the app runs (for `npm run bench:pipeline`, which varies them). */
  readonly stages: SandboxStages;
}

/** The sandbox-scoped, security and observer stages of the app's pipeline. */
export type SandboxStages = NonNullable<GatewayOptions['stages']>;

/**
 * Assembles the sandbox: one signing key (documents, tokens and webhooks share the JWKS), the
 * store, the journal, the sandboxes with every mock and the control plane, authentication and
 * policy, and fault injection, all behind one express app.
 * @see DESIGN.md §3, §4
 */
export async function createSandboxApp(options: {
  readonly contracts: Contracts;
  readonly config: GatewayConfig;
  readonly logger: Logger;
  readonly now?: () => Date;
  readonly policy?: Partial<PolicyConfig>;
  /** The RSA signing key (`generateSigningKey()`, started early to overlap other start-up work). */
  readonly privateKey?: KeyObject | Promise<KeyObject>;
}): Promise<Result<SandboxApp, ConfigError>> {
  const { contracts, config, logger } = options;
  // The key is generated in the thread pool while the population is generated and seeded.
  const pendingKey = options.privateKey ?? generateSigningKey();
  const kid = `sandbox-${randomBytes(6).toString('hex')}`;
  const late = lateKeyRing();
  const keys = late.keys;
  const store = createMemoryStore();
  const journal = createJournal({ store, logger: logger.child({ component: 'journal' }) });
  let manager: SandboxManager | undefined;
  // The client systems are known once the key is: the hub only asks for them when it runs.
  const known: { clients?: ClientRegistry } = {};
  const outbox = createOutbox({
    keys,
    maxAttempts: (id) => manager?.view(id)?.config.webhookMaxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    logger,
  });
  const sandbox = await createEmbeddedSandbox({
    contracts,
    keys,
    seed: config.seed,
    populationSize: config.populationSize,
    store,
    journal,
    ...(options.now ? { now: options.now } : {}),
    systems: (sandboxes) => {
      manager = sandboxes;
      return [
        ...createHubFor(contracts, sandboxes, () => known.clients, outbox).operations,
        ...SUBSCRIPTION_OPERATIONS,
      ];
    },
    pathSandboxOperations: PATH_SANDBOX_OPERATIONS,
    settle: (id) => outbox.idle(id),
  });
  const privateKey = await pendingKey;
  late.settle(createKeyRing({ privateKey, kid }));
  const security = await createGatewaySecurity({
    contracts,
    store,
    config,
    signingKey: { privateKey, kid },
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  if (!security.ok) {
    sandbox.manager.dispose();
    return err(security.error);
  }
  known.clients = security.value.clients;
  const metrics = createGatewayMetrics({
    journal: {
      sandboxIds: () => sandbox.manager.list().map((view) => view.sandboxId),
      size: async (id) => (await journal.info(id)).size,
    },
    webhookBacklog: () => outbox.backlog(),
  });
  const streams = new Map<string, RandomSource>();
  // Systems configured with a base URL are forwarded instead of served by their mock.
  const upstreams = createUpstreamHandlers({
    contracts,
    upstreams: config.upstreams,
    logger: logger.child({ component: 'upstream' }),
  });
  const stages: SandboxStages = {
    sandboxes: { defaultId: DEFAULT_SANDBOX_ID, resolve: (id) => sandbox.manager.resources(id) },
    journal,
    faults: {
      random: (id) => {
        let stream = streams.get(id);
        if (!stream) streams.set(id, (stream = faultRandom(config.seed, id)));
        return stream;
      },
      sleep: (ms) => sleep(ms),
      upstreamTimeoutMs: config.faultTimeoutMs,
    },
    security: security.value.security,
    policy: security.value.policy,
    observe: metrics.observe,
  };
  const app = createGateway({
    contracts,
    config,
    logger,
    handlers: (dispatch) =>
      new Map([
        ...sandbox.handlers(dispatch),
        ...security.value.handlers,
        ...metrics.handlers,
        ...createAdminOperations({
          clients: security.value.clients,
          officers: security.value.officers,
          manager: sandbox.manager,
          now: options.now ?? (() => new Date()),
          operations: contracts.index.operations.values(),
        }),
        ...deliveryOperations(outbox, sandbox.manager),
        ...upstreams,
      ]),
    stages,
  });
  return ok({ app, sandbox, security: security.value, journal, metrics, outbox, stages });
}

/** The hub of the sandboxes a manager holds: their profiles and provinces, the client systems. */
function createHubFor(
  contracts: Contracts,
  manager: SandboxManager,
  clients: () => ClientRegistry | undefined,
  outbox: Outbox,
): Hub {
  return createHub({
    contracts,
    profile: (id) => {
      const profile = manager.processingProfile(id) ?? { profile: 'instant' as const };
      return {
        profile: profile.profile,
        ...(profile.realistic ? { fractionOfLimit: profile.realistic.fractionOfLimit } : {}),
      };
    },
    province: (id) => {
      const view = manager.view(id);
      return view?.provinceMode === 'connected' && view.provinceBaseUrl !== undefined
        ? { mode: 'connected', baseUrl: view.provinceBaseUrl }
        : { mode: 'simulated' };
    },
    clientProvince: async (clientId) => (await clients()?.get(clientId))?.maTinh,
    outbox,
  });
}
