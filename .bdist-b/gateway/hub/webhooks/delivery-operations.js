import { problem } from '../../../contracts/problems.js';
import { pageOf } from '../../control-plane/paging.js';
import { route } from '../../sandboxes/route.js';
import { WEBHOOK_PROBLEMS } from './problems.js';
import { deliveries } from './state.js';
/** How many stored deliveries one scan step reads. */
const SCAN_PAGE = 500;
/**
 * The handlers of `sandboxListDeliveries`, `sandboxGetDelivery` and `sandboxRedeliver` (202 with
 * the delivery back in `PENDING`; 409 while it is `PENDING` or `RETRYING`). Unknown sandbox or
 * delivery: 404.
 * @see specs/sandbox.yaml (tag webhooks)
 */
export function deliveryOperations(outbox, manager) {
    const withSandbox = async (id, work) => {
        const resources = manager.resources(id);
        return resources
            ? work(resources)
            : problem(WEBHOOK_PROBLEMS.sandboxNotFound, `No sandbox has the id "${id}".`);
    };
    return [
        route('sandboxListDeliveries', ({ params, query }) => withSandbox(params.sandboxId, async ({ store }) => {
            const shown = (await storedDeliveries(store, query))
                .map((d) => d.view)
                .filter((d) => (query.state === undefined || d.state === query.state) &&
                (query.maHoSo === undefined || d.maHoSo === query.maHoSo))
                .sort((a, b) => (a.deliveryId < b.deliveryId ? 1 : -1));
            const page = pageOf(shown, {
                listing: `deliveries:${params.sandboxId}`,
                idOf: (d) => d.deliveryId,
                order: 'descending',
                limit: query.limit ?? 20,
                ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
            });
            if (!page.ok)
                return problem(WEBHOOK_PROBLEMS.invalidCursor, page.error);
            return { status: 200, body: page.value };
        })),
        route('sandboxGetDelivery', ({ params }) => withSandbox(params.sandboxId, async ({ store }) => {
            const found = await deliveries(store).get(params.deliveryId);
            return found ? { status: 200, body: found.view } : deliveryNotFound(params.deliveryId);
        })),
        route('sandboxRedeliver', ({ params }) => withSandbox(params.sandboxId, async (resources) => {
            const queued = await outbox.redeliver(resources, params.deliveryId);
            if (queued.ok)
                return { status: 202, body: queued.value };
            return queued.error === 'NOT_FOUND'
                ? deliveryNotFound(params.deliveryId)
                : problem(WEBHOOK_PROBLEMS.deliveryInProgress, `Delivery ${params.deliveryId} is still PENDING or RETRYING.`);
        })),
    ];
}
function deliveryNotFound(deliveryId) {
    return problem(WEBHOOK_PROBLEMS.deliveryNotFound, `No delivery has the id ${deliveryId}.`);
}
/** The deliveries a listing needs: through an index when it filters, else a full scan. */
async function storedDeliveries(store, filter) {
    const collection = deliveries(store);
    if (filter.maHoSo !== undefined)
        return collection.findBy('byDossier', filter.maHoSo);
    if (filter.state !== undefined)
        return collection.findBy('byState', filter.state);
    const all = [];
    let cursor;
    do {
        const page = await collection.list({
            limit: SCAN_PAGE,
            ...(cursor !== undefined ? { cursor } : {}),
        });
        // The cursor came from the previous page of the same listing.
        if (!page.ok)
            throw new Error(`delivery scan failed: ${page.error.detail}`);
        all.push(...page.value.items);
        cursor = page.value.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return all;
}
