import type { KeyObject } from 'node:crypto';
import type { Contracts } from '../contracts/contracts.js';
import type { Handler } from '../contracts/handler.js';
import { err, ok, type Result } from '../contracts/result.js';
import type { Store } from '../mocks/ports/store/index.js';
import {
  authorize,
  bootstrapClients,
  checkClientAccess,
  createAccessTokenVerifier,
  createAuthHandlers,
  createClientRegistry,
  createOfficerRegistry,
  createTokenIssuer,
  createTokenSigner,
  DEFAULT_AUDIENCE,
  oauthErrorForViolations,
  publicKeysFromJwks,
  seedClients,
  type ClientRegistry,
  type OfficerRegistry,
} from './auth/index.js';
import type { ClientSystem } from './auth/types.js';
import type { ConfigError, GatewayConfig } from './config.js';
import { subjectsOf } from './journal/index.js';
import type { Caller, PolicyStage, SecurityStage } from './pipeline/pipeline.js';
import { createHubDossierLookup } from './hub/policy-lookup.js';
import {
  createPolicy,
  resolvePolicyConfig,
  type DossierLookup,
  type PolicyConfig,
} from './policy/index.js';

/** The issuer (`iss`) of the sandbox's access tokens. */
export const TOKEN_ISSUER = 'lienthong-sandbox';

/** The sandbox-independent store scope that holds client systems and officers. */
const GLOBAL_SCOPE = 'gateway-global';

/** Everything security the gateway is built with. */
export interface GatewaySecurity {
  readonly security: SecurityStage;
  readonly policy: PolicyStage;
  /** `sandboxIssueToken` and `sandboxGetJwks`. */
  readonly handlers: ReadonlyMap<string, Handler>;
  readonly clients: ClientRegistry;
  readonly officers: OfficerRegistry;
}

/** What {@link createGatewaySecurity} needs. */
export interface GatewaySecurityOptions {
  readonly contracts: Contracts;
  readonly store: Store;
  readonly config: Pick<GatewayConfig, 'demo' | 'adminClientSecret' | 'provinceClientSecret'>;
  /** The signing key shared with signed documents (one JWKS for both). */
  readonly signingKey: { readonly privateKey: KeyObject; readonly kid: string };
  /** Policy limits (SECURITY.md defaults when absent). */
  readonly policy?: Partial<PolicyConfig>;
  /** Finds a query's dossier (GW-06); by default the hub's dossiers in `store`. */
  readonly dossierLookup?: DossierLookup;
  readonly now?: () => Date;
}

/**
 * Builds the authentication and policy stages: client systems and officers in a global scope
 * (demo clients in demo mode; configured secrets otherwise — start-up fails naming the missing
 * setting), OAuth client-credentials tokens signed with the sandbox key, verification with
 * explicit algorithms, issuer and audience, scopes, onboarding states, and the SECURITY.md
 * policy with automatic suspension of a client that keeps breaking it.
 * @see SECURITY.md §1, GW-01..GW-06, GW-14..GW-17; DESIGN.md §4
 */
export async function createGatewaySecurity(
  options: GatewaySecurityOptions,
): Promise<Result<GatewaySecurity, ConfigError>> {
  const now = options.now ?? (() => new Date());
  const { store, config } = options;
  if (!(await store.hasSandbox(GLOBAL_SCOPE))) await store.createSandbox(GLOBAL_SCOPE);
  const scope = store.sandbox(GLOBAL_SCOPE);
  const clock = { now };
  const clients = createClientRegistry({ scope, clock });
  const officers = createOfficerRegistry({ scope, clock, clients });
  const seeds = bootstrapClients(config.demo, {
    ...(config.adminClientSecret
      ? { LIENTHONG_ADMIN_CLIENT_SECRET: config.adminClientSecret }
      : {}),
    ...(config.provinceClientSecret
      ? { LIENTHONG_PROVINCE_CLIENT_SECRET: config.provinceClientSecret }
      : {}),
  });
  if (!seeds.ok) return err(seeds.error);
  await seedClients(clients, officers, seeds.value);

  const signer = createTokenSigner(options.signingKey);
  const issueToken = createTokenIssuer({ clients, signer, issuer: TOKEN_ISSUER, now });
  const publicKeys = publicKeysFromJwks(signer.jwks());
  const verifyToken = createAccessTokenVerifier({
    publicKeys,
    issuer: TOKEN_ISSUER,
    audience: DEFAULT_AUDIENCE,
    now,
  });
  // The client record each caller was authenticated with, so the policy stage does not read it
  // again for the same request.
  const authenticatedClients = new WeakMap<Caller, ClientSystem>();
  const security: SecurityStage = {
    async authenticate(operation, headers) {
      const verified = verifyToken(headers.authorization);
      if (!verified.ok) return verified;
      const allowed = authorize(verified.value, operation.scopes);
      if (!allowed.ok) return allowed;
      const client = await checkClientAccess(clients, verified.value, headers['x-client-version']);
      if (!client.ok) return client;
      const caller: Caller = { clientId: client.value.clientId };
      authenticatedClients.set(caller, client.value);
      return ok(caller);
    },
    validationFailure: (operation, violations) =>
      operation.operationId === 'sandboxIssueToken'
        ? oauthErrorForViolations(violations)
        : undefined,
  };

  const policyConfig = resolvePolicyConfig(options.policy);
  if (!policyConfig.ok) return err(policyConfig.error);
  const policy = createPolicy({
    config: policyConfig.value,
    operations: options.contracts.index.operations.values(),
    officerLookup: async (clientId, officerId) => {
      const record = await officers.get(officerId);
      return record && record.officer.clientId === clientId ? record.officer : undefined;
    },
    clientLookup: async (clientId) => (await clients.get(clientId)) ?? undefined,
    // The hub answers for its dossiers; a dossier it does not know is judged by the policy's
    // `unknownDossier` mode (`derive` by default: the procedure comes from the dossier code).
    dossierLookup: options.dossierLookup ?? createHubDossierLookup(store),
    now: () => now().getTime(),
  });
  // Called only with an order: most answers order nothing, and they skip the call altogether.
  const suspend = async (order: { clientId: string; reasonRef: string }) => {
    await clients.changeState(order.clientId, {
      target: 'SUSPENDED',
      actorRole: 'DATA_OWNER',
      reasonRef: order.reasonRef,
      automatic: true,
    });
  };
  const policyStage: PolicyStage = {
    async before(check) {
      const sandbox = {
        id: check.sandboxId,
        store: check.sandbox.store,
        clock: check.sandbox.clock,
      };
      const subject = (check.body as { soDinhDanh?: unknown } | undefined)?.soDinhDanh;
      const client = authenticatedClients.get(check.caller);
      const checked = await policy.check({
        operationId: check.operation.operationId,
        headers: check.headers,
        clientId: check.caller.clientId,
        requestId: check.requestId,
        sandbox,
        ...(typeof subject === 'string' ? { subjects: [subject] } : {}),
        ...(client ? { client } : {}),
      });
      if (!checked.ok) {
        const order = checked.error.suspend ?? checked.error.violation?.suspend;
        if (order) await suspend(order);
        return err({ problem: checked.error.problem, headers: checked.error.headers });
      }
      const grant = checked.value;
      if (grant.officerId !== undefined) await officers.recordUse(grant.officerId, grant.deviceId);
      return ok({
        headers: grant.headers,
        after: async (output) => {
          const code = (output.body as { code?: unknown } | undefined)?.code;
          const recorded = await policy.recordOutcome({
            operationId: check.operation.operationId,
            clientId: check.caller.clientId,
            requestId: check.requestId,
            sandbox,
            grant,
            citizens: subjectsOf({ status: output.status, answer: output.body, body: check.body }),
            ...(output.status >= 400 && typeof code === 'string' ? { problemCode: code } : {}),
          });
          const order = recorded.suspend ?? recorded.violation?.suspend;
          if (order) await suspend(order);
        },
      });
    },
  };
  return ok({
    security,
    policy: policyStage,
    handlers: createAuthHandlers({ issueToken, signer }),
    clients,
    officers,
  });
}
