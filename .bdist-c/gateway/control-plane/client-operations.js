import { problem } from '../../contracts/problems.js';
import { SANDBOX_HEADER } from '../../mocks/runtime.js';
import { AUTH_PROBLEMS, buildInventory, renderInventoryCsv, } from '../auth/index.js';
import { problemOutput, route } from '../sandboxes/route.js';
import { prefersCsv } from './accept.js';
import { ADMIN_PROBLEMS } from './problems.js';
/** Answers that carry a secret must not be cached. @see specs/sandbox.yaml (Cache-Control) */
const NO_STORE = { 'cache-control': 'no-store' };
/**
 * The handlers of `sandboxRegisterClient`, `sandboxListClients`, `sandboxGetClient`,
 * `sandboxChangeClientState`, `sandboxRotateClientSecret` and `sandboxGetAccountInventory`.
 * Registry failures (409 `ILLEGAL_STATE_TRANSITION`, 403 `ROLE_NOT_PERMITTED`, 422
 * `STATE_PRECONDITION_FAILED`…) pass through unchanged.
 * @see specs/sandbox.yaml; gateway/auth/README.md
 */
export function clientOperations(options) {
    const { clients } = options;
    return [
        route('sandboxRegisterClient', async ({ body }) => {
            const refused = registrationRefusal(body, options);
            if (refused)
                return refused;
            const registered = await clients.register(body);
            if (!registered.ok)
                return registered.error;
            const { client, clientSecret } = registered.value;
            return {
                status: 201,
                headers: { ...NO_STORE, location: `/sandbox/v1/clients/${client.clientId}` },
                body: { client, clientSecret },
            };
        }),
        route('sandboxListClients', async ({ query }) => {
            const page = await clients.list({
                limit: query.limit ?? 20,
                ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
                ...(query.state !== undefined ? { state: query.state } : {}),
                ...(query.maTinh !== undefined ? { maTinh: query.maTinh } : {}),
            });
            if (!page.ok)
                return problem(ADMIN_PROBLEMS.invalidCursor, 'The cursor is not a client page.');
            return {
                status: 200,
                body: { items: [...page.value.items], nextCursor: page.value.nextCursor },
            };
        }),
        route('sandboxGetClient', async ({ params }) => {
            const client = await clients.get(params.clientId);
            return client ? { status: 200, body: client } : clientNotFound(params.clientId);
        }),
        route('sandboxChangeClientState', async ({ params, body }) => {
            const changed = await clients.changeState(params.clientId, {
                target: body.target,
                actorRole: body.actorRole,
                ...(body.reasonRef !== undefined ? { reasonRef: body.reasonRef } : {}),
                ...(body.commitmentRef !== undefined ? { commitmentRef: body.commitmentRef } : {}),
            });
            return changed.ok ? { status: 200, body: changed.value } : changed.error;
        }),
        route('sandboxRotateClientSecret', async ({ params }) => {
            const rotated = await clients.rotateSecret(params.clientId);
            if (!rotated.ok)
                return rotated.error;
            const { client, clientSecret, issuedAt } = rotated.value;
            return {
                status: 200,
                headers: NO_STORE,
                body: { clientId: client.clientId, clientSecret, issuedAt },
            };
        }),
        ['sandboxGetAccountInventory', inventoryHandler(options)],
    ];
}
/**
 * `sandboxGetAccountInventory`: JSON, or CSV when the caller prefers `text/csv`. The idle flag
 * is computed against the clock of the sandbox the request names (`X-Sandbox-Id`, which the
 * pipeline always sets), so advancing a sandbox clock ages its accounts.
 * @see specs/sandbox.yaml sandboxGetAccountInventory; gateway/auth/README.md (Idle)
 */
function inventoryHandler(options) {
    return async (input) => {
        const clientId = String(input.params.clientId);
        const client = await options.clients.get(clientId);
        if (!client)
            return problemOutput(clientNotFound(clientId));
        const named = input.headers[SANDBOX_HEADER];
        const sandboxId = typeof named === 'string' ? named : options.manager.defaultSandboxId;
        const clock = options.manager.resources(sandboxId)?.clock;
        const idleAccountDays = input.query.idleAccountDays;
        const inventory = buildInventory(client, await options.officers.listByClient(clientId), {
            now: clock ? clock.now() : options.now(),
            ...(typeof idleAccountDays === 'number' ? { idleAccountDays } : {}),
        });
        const vary = { vary: 'Accept' };
        const output = prefersCsv(input.headers.accept)
            ? { status: 200, contentType: 'text/csv', headers: vary, body: renderInventoryCsv(inventory) }
            : { status: 200, contentType: 'application/json', headers: vary, body: inventory };
        return output;
    };
}
/** The 422s of registration the registry does not check: unknown scopes and default sandbox. */
function registrationRefusal(body, options) {
    const known = options.knownScopes;
    const unknown = known ? body.scopes.filter((s) => !known.has(s)) : [];
    if (unknown.length > 0) {
        return problem(ADMIN_PROBLEMS.scopeUnknown, `No operation uses the scope ${unknown.join(', ')}.`, {
            scopes: unknown,
        });
    }
    const sandboxId = body.defaultSandboxId;
    if (sandboxId !== undefined && !options.manager.view(sandboxId)) {
        return problem(ADMIN_PROBLEMS.defaultSandboxUnknown, `No sandbox has the id "${sandboxId}".`);
    }
    return undefined;
}
function clientNotFound(clientId) {
    return problem(AUTH_PROBLEMS.clientNotFound, `No client system has the id ${clientId}.`);
}
