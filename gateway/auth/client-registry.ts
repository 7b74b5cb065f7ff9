import { problem, type Problem } from '../../contracts/problems.js';
import { err, ok, type Result } from '../../contracts/result.js';
import { toVnIso } from '../../mocks/domain/calendar/index.js';
import type { Clock } from '../../mocks/ports/clock/clock.js';
import type {
  CollectionDefinition,
  InvalidCursorError,
  Page,
  StoreScope,
} from '../../mocks/ports/store/index.js';
import { applyTransition, type StateChange } from './client-lifecycle.js';
import { AUTH_PROBLEMS } from './problems.js';
import {
  defaultRandomBytes,
  generateSecret,
  hashSecret,
  verifySecret,
  type RandomBytes,
} from './secrets.js';
import type { ClientRegistrationRequest, ClientState, ClientSystem, OfficerRole } from './types.js';

/** A client system as stored: the public view, the secret's hash, a version awaiting approval. */
export interface ClientRecord {
  readonly client: ClientSystem;
  readonly secretHash: string;
  /** The version a client announced that moved it to PENDING_REAPPROVAL (GW-03). */
  readonly pendingVersion?: string;
}

/** The collection of client systems in the global (sandbox-independent) scope. */
export const CLIENTS_COLLECTION = 'gateway.clients';

/** How client systems are stored and indexed. */
export const CLIENT_DEFINITION: CollectionDefinition<ClientRecord, 'byProvince' | 'byState'> = {
  idOf: (r) => r.client.clientId,
  indexes: { byProvince: (r) => r.client.maTinh, byState: (r) => r.client.state },
};

/** Who receives a secret: the unit it is handed to and the acting role (GW-13). */
export interface CredentialHolder {
  readonly unit?: string;
  readonly actorRole?: OfficerRole;
}

/** A secret shown once, with the client it belongs to. */
export interface IssuedSecret {
  readonly client: ClientSystem;
  readonly clientSecret: string;
  readonly issuedAt: string;
}

/** Filters of {@link ClientRegistry.list}. */
export interface ClientListQuery {
  readonly limit: number;
  readonly cursor?: string;
  readonly state?: ClientState;
  readonly maTinh?: string;
}

/** Client systems, their onboarding state and secrets, over the Store. */
export interface ClientRegistry {
  /** Registers a client in REGISTERED with a fresh secret, shown once. */
  register(
    request: ClientRegistrationRequest,
    holder?: CredentialHolder,
  ): Promise<Result<IssuedSecret, Problem>>;
  /** Writes a client as given with a known secret (start-up seeding; replaces any earlier one). */
  seed(client: ClientSystem, secret: string): Promise<void>;
  get(clientId: string): Promise<ClientSystem | undefined>;
  list(query: ClientListQuery): Promise<Result<Page<ClientSystem>, InvalidCursorError>>;
  /** Moves the client along the lifecycle table. */
  changeState(clientId: string, change: StateChange): Promise<Result<ClientSystem, Problem>>;
  /** A new secret, shown once; the old one stops working at once. */
  rotateSecret(clientId: string, holder?: CredentialHolder): Promise<Result<IssuedSecret, Problem>>;
  /** The client when the secret matches; `undefined` for an unknown client or a wrong secret. */
  authenticate(clientId: string, secret: string): Promise<ClientSystem | undefined>;
  /** Puts a CONNECTED client on hold after it announced another version (GW-03). */
  holdForVersion(clientId: string, version: string): Promise<Result<ClientSystem, Problem>>;
}

/** What {@link createClientRegistry} needs. */
export interface ClientRegistryOptions {
  /** A global scope, not a sandbox's: client systems are shared by every sandbox. */
  readonly scope: StoreScope;
  readonly clock: Pick<Clock, 'now'>;
  readonly random?: RandomBytes;
}

// A hash of a random secret nobody knows, so an unknown client costs as much as a known one.
const DECOY_HASH = 'scrypt$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * Creates the client-system registry. Secrets are scrypt-hashed and shown once; only the owning
 * unit may hold one (`CREDENTIAL_HOLDER_NOT_PERMITTED` otherwise).
 * @see ../shared/domain/SECURITY.md §1, GW-01, GW-03, GW-13, GW-14
 * @see specs/sandbox.yaml (sandboxRegisterClient, sandboxChangeClientState, sandboxRotateClientSecret)
 */
export function createClientRegistry(options: ClientRegistryOptions): ClientRegistry {
  const random = options.random ?? defaultRandomBytes;
  const clients = () => options.scope.collection(CLIENTS_COLLECTION, CLIENT_DEFINITION);
  const now = () => toVnIso(options.clock.now());

  const update = async (
    clientId: string,
    change: (record: ClientRecord) => Result<ClientRecord, Problem>,
  ): Promise<Result<ClientSystem, Problem>> => {
    // Optimistic concurrency: recompute on a concurrent write instead of holding a lock.
    for (;;) {
      const current = await clients().getVersioned(clientId);
      if (!current) return err(clientNotFound(clientId));
      const next = change(current.doc);
      if (!next.ok) return next;
      const written = await clients().update(clientId, () => next.value, {
        expectedVersion: current.version,
      });
      if (written.ok) return ok(written.value.doc.client);
      if (written.error.code !== 'VERSION_CONFLICT') return err(clientNotFound(clientId));
    }
  };

  return {
    async register(request, holder) {
      const refused = holderRefusal(request, holder);
      if (refused) return err(refused);
      const at = now();
      const clientSecret = generateSecret(random);
      const client: ClientSystem = {
        ...request,
        operatorUnit: request.operatorUnit ?? null,
        state: 'REGISTERED',
        stateChangedAt: at,
        createdAt: at,
        secretIssuedAt: at,
      };
      const inserted = await clients().insert({
        client,
        secretHash: await hashSecret(clientSecret, random),
      });
      if (!inserted.ok) {
        return err(
          problem(AUTH_PROBLEMS.clientExists, `The client id ${request.clientId} is taken.`),
        );
      }
      return ok({ client, clientSecret, issuedAt: at });
    },

    async seed(client, secret) {
      const written = await clients().put({ client, secretHash: await hashSecret(secret, random) });
      if (!written.ok) throw new Error(`could not seed client ${client.clientId}`);
    },

    get: async (clientId) => (await clients().get(clientId))?.client,

    async list(query) {
      const { state, maTinh } = query;
      const page = await clients().list({
        limit: query.limit,
        ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
        filter: (r) =>
          (state === undefined || r.client.state === state) &&
          (maTinh === undefined || r.client.maTinh === maTinh),
      });
      if (!page.ok) return page;
      return ok({
        items: page.value.items.map((r) => r.client),
        nextCursor: page.value.nextCursor,
      });
    },

    changeState: (clientId, change) =>
      update(clientId, (record) => {
        const approvedVersion =
          change.target === 'CONNECTED' && record.client.state === 'PENDING_REAPPROVAL'
            ? record.pendingVersion
            : undefined;
        const moved = applyTransition(
          record.client,
          { ...change, ...(approvedVersion !== undefined ? { approvedVersion } : {}) },
          now(),
        );
        if (!moved.ok) return moved;
        const { pendingVersion, ...rest } = record;
        const keep = moved.value.state === 'PENDING_REAPPROVAL' && pendingVersion !== undefined;
        return ok({ ...rest, client: moved.value, ...(keep ? { pendingVersion } : {}) });
      }),

    async rotateSecret(clientId, holder) {
      const record = await clients().get(clientId);
      if (!record) return err(clientNotFound(clientId));
      const refused = holderRefusal(record.client, holder);
      if (refused) return err(refused);
      if (record.client.state === 'DISCONNECTED') {
        return err(
          problem(AUTH_PROBLEMS.clientDisconnected, `Client ${clientId} is disconnected for good.`),
        );
      }
      const clientSecret = generateSecret(random);
      const secretHash = await hashSecret(clientSecret, random);
      const at = now();
      const updated = await update(clientId, (r) =>
        ok({ ...r, secretHash, client: { ...r.client, secretIssuedAt: at } }),
      );
      if (!updated.ok) return updated;
      return ok({ client: updated.value, clientSecret, issuedAt: at });
    },

    async authenticate(clientId, secret) {
      const record = await clients().get(clientId);
      const matches = await verifySecret(secret, record?.secretHash ?? DECOY_HASH);
      return record && matches ? record.client : undefined;
    },

    holdForVersion: (clientId, version) =>
      update(clientId, (record) => {
        const moved = applyTransition(
          record.client,
          { target: 'PENDING_REAPPROVAL', actorRole: 'DATA_OWNER', automatic: true },
          now(),
        );
        return moved.ok ? ok({ ...record, client: moved.value, pendingVersion: version }) : moved;
      }),
  };
}

/** GW-13: a secret goes to the owning government unit only, never to the contractor. */
function holderRefusal(
  client: Pick<ClientSystem, 'ownerUnit' | 'operatorUnit' | 'clientId'>,
  holder: CredentialHolder | undefined,
): Problem | undefined {
  if (holder?.actorRole === 'OPERATOR') {
    return problem(
      AUTH_PROBLEMS.credentialHolderNotPermitted,
      'An OPERATOR (the operating contractor) may not receive or rotate client secrets.',
    );
  }
  if (holder?.unit !== undefined && holder.unit !== client.ownerUnit) {
    const who = holder.unit === client.operatorUnit ? 'the operating contractor' : 'another unit';
    return problem(
      AUTH_PROBLEMS.credentialHolderNotPermitted,
      `The secret of ${client.clientId} may go to its owner unit only, not to ${who}.`,
    );
  }
  return undefined;
}

function clientNotFound(clientId: string): Problem {
  return problem(AUTH_PROBLEMS.clientNotFound, `No client system has the id ${clientId}.`);
}
