import { problem } from '../../contracts/problems.js';
import { SANDBOX_PROBLEMS } from './problems.js';
import { route } from './route.js';
/**
 * The handlers of `sandboxCreateSandbox`, `sandboxListSandboxes`, `sandboxGetSandbox`,
 * `sandboxUpdateSandbox`, `sandboxResetSandbox`, `sandboxDeleteSandbox`,
 * `sandboxGetProcessingProfile` and `sandboxSetProcessingProfile`.
 * @see specs/sandbox.yaml
 */
export function sandboxHandlers(manager) {
    const notFound = (id) => problem(SANDBOX_PROBLEMS.sandboxNotFound, `No sandbox has the id "${id}".`);
    return [
        route('sandboxCreateSandbox', async ({ body }) => {
            const created = await manager.create(body);
            if (!created.ok)
                return created.error;
            return {
                status: 201,
                headers: { location: `/sandbox/v1/sandboxes/${created.value.sandboxId}` },
                body: created.value,
            };
        }),
        route('sandboxListSandboxes', ({ query }) => {
            const page = pageAfter(manager.list(), query.cursor, query.limit ?? 20);
            if (!page)
                return problem(SANDBOX_PROBLEMS.invalidCursor, 'The cursor is not a sandbox page.');
            return { status: 200, body: page };
        }),
        route('sandboxGetSandbox', ({ params }) => {
            const view = manager.view(params.sandboxId);
            return view ? { status: 200, body: view } : notFound(params.sandboxId);
        }),
        route('sandboxUpdateSandbox', ({ params, body }) => {
            const updated = manager.update(params.sandboxId, body);
            return updated.ok ? { status: 200, body: updated.value } : updated.error;
        }),
        route('sandboxResetSandbox', async ({ params, body }) => {
            const reset = await manager.reset(params.sandboxId, body ?? {});
            return reset.ok ? { status: 200, body: reset.value } : reset.error;
        }),
        route('sandboxDeleteSandbox', async ({ params }) => {
            const deleted = await manager.delete(params.sandboxId);
            return deleted.ok ? { status: 204, body: undefined } : deleted.error;
        }),
        route('sandboxGetProcessingProfile', ({ params }) => {
            const profile = manager.processingProfile(params.sandboxId);
            return profile ? { status: 200, body: profile } : notFound(params.sandboxId);
        }),
        route('sandboxSetProcessingProfile', ({ params, body }) => {
            const set = manager.setProcessingProfile(params.sandboxId, body);
            return set.ok ? { status: 200, body: set.value } : set.error;
        }),
    ];
}
/** A page of sandboxes after the id the cursor names; `undefined` for a malformed cursor. */
function pageAfter(all, cursor, limit) {
    let after = '';
    if (cursor !== undefined) {
        const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
        if (!decoded.startsWith('after:'))
            return undefined;
        after = decoded.slice('after:'.length);
    }
    const rest = all.filter((s) => s.sandboxId > after);
    const items = rest.slice(0, limit);
    const last = items.at(-1);
    const nextCursor = rest.length > limit && last
        ? Buffer.from(`after:${last.sandboxId}`, 'utf8').toString('base64url')
        : null;
    return { items, nextCursor };
}
