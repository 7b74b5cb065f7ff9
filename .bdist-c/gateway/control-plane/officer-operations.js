import { problem } from '../../contracts/problems.js';
import { AUTH_PROBLEMS } from '../auth/index.js';
import { route } from '../sandboxes/route.js';
import { pageOf } from './paging.js';
import { ADMIN_PROBLEMS } from './problems.js';
/**
 * The handlers of `sandboxCreateOfficer`, `sandboxListOfficers`, `sandboxGetOfficer` and
 * `sandboxUpdateOfficer`. An account is found only under its own client: another client's
 * account reads as 404, like a missing one. Registry failures (409 `OFFICER_EXISTS`, 422
 * `ROLE_CONFLICT`, 422 `OFFICER_UNIT_MISMATCH`) pass through unchanged.
 * @see specs/sandbox.yaml
 */
export function officerOperations(options) {
    const { clients, officers } = options;
    const ownAccount = async (clientId, officerId) => {
        const record = await officers.get(officerId);
        return record && record.officer.clientId === clientId ? record.officer : undefined;
    };
    return [
        route('sandboxCreateOfficer', async ({ params, body }) => {
            const created = await officers.create(params.clientId, body);
            if (!created.ok)
                return created.error;
            const officer = created.value;
            return {
                status: 201,
                headers: {
                    location: `/sandbox/v1/clients/${officer.clientId}/officers/${officer.officerId}`,
                },
                body: officer,
            };
        }),
        route('sandboxListOfficers', async ({ params, query }) => {
            if (!(await clients.get(params.clientId)))
                return clientNotFound(params.clientId);
            const accounts = (await officers.listByClient(params.clientId))
                .map((r) => r.officer)
                .filter((o) => (query.status === undefined || o.status === query.status) &&
                (query.role === undefined || o.role === query.role));
            const page = pageOf(accounts, {
                listing: `officers:${params.clientId}`,
                idOf: (o) => o.officerId,
                limit: query.limit ?? 20,
                ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
            });
            if (!page.ok)
                return problem(ADMIN_PROBLEMS.invalidCursor, page.error);
            return { status: 200, body: page.value };
        }),
        route('sandboxGetOfficer', async ({ params }) => {
            const officer = await ownAccount(params.clientId, params.officerId);
            return officer ? { status: 200, body: officer } : officerNotFound(params);
        }),
        route('sandboxUpdateOfficer', async ({ params, body }) => {
            if (!(await ownAccount(params.clientId, params.officerId)))
                return officerNotFound(params);
            const updated = await officers.update(params.officerId, body);
            return updated.ok ? { status: 200, body: updated.value } : updated.error;
        }),
    ];
}
function clientNotFound(clientId) {
    return problem(AUTH_PROBLEMS.clientNotFound, `No client system has the id ${clientId}.`);
}
function officerNotFound(params) {
    return problem(AUTH_PROBLEMS.officerNotFound, `Client ${params.clientId} has no officer account ${params.officerId}.`);
}
