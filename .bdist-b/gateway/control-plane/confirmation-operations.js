import { problem } from '../../contracts/problems.js';
import { statusAt } from '../../mocks/vneid/rules.js';
import { CONFIRMATIONS, decideConfirmation, VNEID_COLLECTIONS, } from '../../mocks/vneid/state.js';
import { route } from '../sandboxes/route.js';
import { pageOf } from './paging.js';
import { ADMIN_PROBLEMS } from './problems.js';
/** How many stored confirmations one scan step reads. */
const SCAN_PAGE = 500;
/**
 * The handlers of `sandboxListConfirmations` (newest first, filtered by the state VNeID shows —
 * a waiting confirmation past its deadline is `HET_HAN` — and by dossier) and
 * `sandboxDecideConfirmation` (404 unknown, 409 answered or expired), on the sandbox's clock.
 * @see specs/sandbox.yaml; mocks/vneid/state.ts `decideConfirmation`
 */
export function confirmationOperations(manager) {
    const withSandbox = async (id, work) => {
        const resources = manager.resources(id);
        return resources
            ? work(resources)
            : problem(ADMIN_PROBLEMS.sandboxNotFound, `No sandbox has the id "${id}".`);
    };
    return [
        route('sandboxListConfirmations', ({ params, query }) => withSandbox(params.sandboxId, async ({ store, clock }) => {
            const now = clock.now();
            const shown = (await storedConfirmations(store))
                .map((c) => ({ ...c, trangThai: statusAt(c, now) }))
                .filter((c) => (query.state === undefined || c.trangThai === query.state) &&
                (query.maHoSo === undefined || c.maHoSo === query.maHoSo))
                .sort((a, b) => (a.maXacNhan < b.maXacNhan ? 1 : -1));
            const page = pageOf(shown, {
                listing: `confirmations:${params.sandboxId}`,
                idOf: (c) => c.maXacNhan,
                order: 'descending',
                limit: query.limit ?? 20,
                ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
            });
            if (!page.ok)
                return problem(ADMIN_PROBLEMS.invalidCursor, page.error);
            return { status: 200, body: page.value };
        })),
        route('sandboxDecideConfirmation', ({ params, body }) => withSandbox(params.sandboxId, async ({ store, clock }) => {
            const now = clock.now();
            const decided = await decideConfirmation(store, params.maXacNhan, body.answer, now);
            if (!decided.ok)
                return decisionProblem(params.maXacNhan, decided.error);
            return { status: 200, body: { ...decided.value, trangThai: statusAt(decided.value, now) } };
        })),
    ];
}
async function storedConfirmations(store) {
    const confirmations = store.collection(VNEID_COLLECTIONS.confirmations, CONFIRMATIONS);
    const all = [];
    let cursor;
    do {
        const page = await confirmations.list({
            limit: SCAN_PAGE,
            ...(cursor !== undefined ? { cursor } : {}),
        });
        // The cursor came from the previous page of the same listing.
        if (!page.ok)
            throw new Error(`confirmation scan failed: ${page.error.detail}`);
        all.push(...page.value.items);
        cursor = page.value.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return all;
}
function decisionProblem(maXacNhan, error) {
    switch (error.code) {
        case 'NOT_FOUND':
            return problem(ADMIN_PROBLEMS.confirmationNotFound, `No confirmation has the id ${maXacNhan}.`);
        case 'ALREADY_ANSWERED':
            return problem(ADMIN_PROBLEMS.confirmationAlreadyAnswered, `Confirmation ${maXacNhan} is no longer waiting (CHO_XAC_NHAN).`);
        case 'EXPIRED':
            return problem(ADMIN_PROBLEMS.confirmationExpired, `Confirmation ${maXacNhan} expired before the answer.`);
    }
}
