import { problem } from '../../contracts/problems.js';
import { err, ok } from '../../contracts/result.js';
import { toVnIso } from '../../mocks/domain/calendar/index.js';
import { applyTransition } from './client-lifecycle.js';
import { AUTH_PROBLEMS } from './problems.js';
import { defaultRandomBytes, generateSecret, hashSecret, verifySecret, } from './secrets.js';
/** The collection of client systems in the global (sandbox-independent) scope. */
export const CLIENTS_COLLECTION = 'gateway.clients';
/** How client systems are stored and indexed. */
export const CLIENT_DEFINITION = {
    idOf: (r) => r.client.clientId,
    indexes: { byProvince: (r) => r.client.maTinh, byState: (r) => r.client.state },
};
// A hash of a random secret nobody knows, so an unknown client costs as much as a known one.
const DECOY_HASH = 'scrypt$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
/**
 * Creates the client-system registry. Secrets are scrypt-hashed and shown once; only the owning
 * unit may hold one (`CREDENTIAL_HOLDER_NOT_PERMITTED` otherwise).
 * @see ../shared/domain/SECURITY.md §1, GW-01, GW-03, GW-13, GW-14
 * @see specs/sandbox.yaml (sandboxRegisterClient, sandboxChangeClientState, sandboxRotateClientSecret)
 */
export function createClientRegistry(options) {
    const random = options.random ?? defaultRandomBytes;
    const clients = () => options.scope.collection(CLIENTS_COLLECTION, CLIENT_DEFINITION);
    const now = () => toVnIso(options.clock.now());
    const update = async (clientId, change) => {
        // Optimistic concurrency: recompute on a concurrent write instead of holding a lock.
        for (;;) {
            const current = await clients().getVersioned(clientId);
            if (!current)
                return err(clientNotFound(clientId));
            const next = change(current.doc);
            if (!next.ok)
                return next;
            const written = await clients().update(clientId, () => next.value, {
                expectedVersion: current.version,
            });
            if (written.ok)
                return ok(written.value.doc.client);
            if (written.error.code !== 'VERSION_CONFLICT')
                return err(clientNotFound(clientId));
        }
    };
    return {
        async register(request, holder) {
            const refused = holderRefusal(request, holder);
            if (refused)
                return err(refused);
            const at = now();
            const clientSecret = generateSecret(random);
            const client = {
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
                return err(problem(AUTH_PROBLEMS.clientExists, `The client id ${request.clientId} is taken.`));
            }
            return ok({ client, clientSecret, issuedAt: at });
        },
        async seed(client, secret) {
            const written = await clients().put({ client, secretHash: await hashSecret(secret, random) });
            if (!written.ok)
                throw new Error(`could not seed client ${client.clientId}`);
        },
        get: async (clientId) => (await clients().get(clientId))?.client,
        async list(query) {
            const { state, maTinh } = query;
            const page = await clients().list({
                limit: query.limit,
                ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
                filter: (r) => (state === undefined || r.client.state === state) &&
                    (maTinh === undefined || r.client.maTinh === maTinh),
            });
            if (!page.ok)
                return page;
            return ok({
                items: page.value.items.map((r) => r.client),
                nextCursor: page.value.nextCursor,
            });
        },
        changeState: (clientId, change) => update(clientId, (record) => {
            const approvedVersion = change.target === 'CONNECTED' && record.client.state === 'PENDING_REAPPROVAL'
                ? record.pendingVersion
                : undefined;
            const moved = applyTransition(record.client, { ...change, ...(approvedVersion !== undefined ? { approvedVersion } : {}) }, now());
            if (!moved.ok)
                return moved;
            const { pendingVersion, ...rest } = record;
            const keep = moved.value.state === 'PENDING_REAPPROVAL' && pendingVersion !== undefined;
            return ok({ ...rest, client: moved.value, ...(keep ? { pendingVersion } : {}) });
        }),
        async rotateSecret(clientId, holder) {
            const record = await clients().get(clientId);
            if (!record)
                return err(clientNotFound(clientId));
            const refused = holderRefusal(record.client, holder);
            if (refused)
                return err(refused);
            if (record.client.state === 'DISCONNECTED') {
                return err(problem(AUTH_PROBLEMS.clientDisconnected, `Client ${clientId} is disconnected for good.`));
            }
            const clientSecret = generateSecret(random);
            const secretHash = await hashSecret(clientSecret, random);
            const at = now();
            const updated = await update(clientId, (r) => ok({ ...r, secretHash, client: { ...r.client, secretIssuedAt: at } }));
            if (!updated.ok)
                return updated;
            return ok({ client: updated.value, clientSecret, issuedAt: at });
        },
        async authenticate(clientId, secret) {
            const record = await clients().get(clientId);
            const matches = await verifySecret(secret, record?.secretHash ?? DECOY_HASH);
            return record && matches ? record.client : undefined;
        },
        holdForVersion: (clientId, version) => update(clientId, (record) => {
            const moved = applyTransition(record.client, { target: 'PENDING_REAPPROVAL', actorRole: 'DATA_OWNER', automatic: true }, now());
            return moved.ok ? ok({ ...record, client: moved.value, pendingVersion: version }) : moved;
        }),
    };
}
/** GW-13: a secret goes to the owning government unit only, never to the contractor. */
function holderRefusal(client, holder) {
    if (holder?.actorRole === 'OPERATOR') {
        return problem(AUTH_PROBLEMS.credentialHolderNotPermitted, 'An OPERATOR (the operating contractor) may not receive or rotate client secrets.');
    }
    if (holder?.unit !== undefined && holder.unit !== client.ownerUnit) {
        const who = holder.unit === client.operatorUnit ? 'the operating contractor' : 'another unit';
        return problem(AUTH_PROBLEMS.credentialHolderNotPermitted, `The secret of ${client.clientId} may go to its owner unit only, not to ${who}.`);
    }
    return undefined;
}
function clientNotFound(clientId) {
    return problem(AUTH_PROBLEMS.clientNotFound, `No client system has the id ${clientId}.`);
}
