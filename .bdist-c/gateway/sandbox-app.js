import { generateKeyPair, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { err, ok } from '../contracts/result.js';
import { createMemoryStore } from '../mocks/ports/store/index.js';
import { createKeyRing, lateKeyRing } from '../mocks/signing/key-ring.js';
import { createAdminOperations } from './control-plane/index.js';
import { createGateway } from './create-gateway.js';
import { createEmbeddedSandbox, DEFAULT_SANDBOX_ID, } from './embedded-sandbox.js';
import { faultRandom } from './faults/index.js';
import { createJournal } from './journal/index.js';
import { createGatewayMetrics } from './metrics/index.js';
import { createGatewaySecurity } from './security.js';
import { createUpstreamHandlers } from './upstream/index.js';
import { createHub, PATH_SANDBOX_OPERATIONS } from './hub/index.js';
import { createOutbox, DEFAULT_MAX_ATTEMPTS, deliveryOperations, SUBSCRIPTION_OPERATIONS, } from './hub/webhooks/index.js';
/**
 * Generates the sandbox's RSA-2048 signing key off the main thread (libuv pool), so start-up can
 * load contracts and seed the population meanwhile.
 */
export async function generateSigningKey() {
    const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
    return privateKey;
}
/**
 * Assembles the sandbox: one signing key (documents, tokens and webhooks share the JWKS), the
 * store, the journal, the sandboxes with every mock and the control plane, authentication and
 * policy, and fault injection, all behind one express app.
 * @see DESIGN.md §3, §4
 */
export async function createSandboxApp(options) {
    const { contracts, config, logger } = options;
    // The key is generated in the thread pool while the population is generated and seeded.
    const pendingKey = options.privateKey ?? generateSigningKey();
    const kid = `sandbox-${randomBytes(6).toString('hex')}`;
    const late = lateKeyRing();
    const keys = late.keys;
    const store = createMemoryStore();
    const journal = createJournal({ store, logger: logger.child({ component: 'journal' }) });
    let manager;
    // The client systems are known once the key is: the hub only asks for them when it runs.
    const known = {};
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
    const streams = new Map();
    // Systems configured with a base URL are forwarded instead of served by their mock.
    const upstreams = createUpstreamHandlers({
        contracts,
        upstreams: config.upstreams,
        logger: logger.child({ component: 'upstream' }),
    });
    const app = createGateway({
        contracts,
        config,
        logger,
        handlers: (dispatch) => new Map([
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
        stages: {
            sandboxes: { defaultId: DEFAULT_SANDBOX_ID, resolve: (id) => sandbox.manager.resources(id) },
            journal,
            faults: {
                random: (id) => {
                    let stream = streams.get(id);
                    if (!stream)
                        streams.set(id, (stream = faultRandom(config.seed, id)));
                    return stream;
                },
                sleep: (ms) => sleep(ms),
                upstreamTimeoutMs: config.faultTimeoutMs,
            },
            security: security.value.security,
            policy: security.value.policy,
            observe: metrics.observe,
        },
    });
    return ok({ app, sandbox, security: security.value, journal, metrics, outbox });
}
/** The hub of the sandboxes a manager holds: their profiles and provinces, the client systems. */
function createHubFor(contracts, manager, clients, outbox) {
    return createHub({
        contracts,
        profile: (id) => {
            const profile = manager.processingProfile(id) ?? { profile: 'instant' };
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
