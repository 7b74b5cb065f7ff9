/**
 * Control-plane operations over the VNeID confirmations of a sandbox: the tester reads them and
 * answers in the synthetic citizen's place.
 * @see specs/sandbox.yaml sandboxListConfirmations, sandboxDecideConfirmation; DESIGN.md §3
 */
import type { components, operations } from '../../contracts/generated/sandbox.js';
import type { Handler } from '../../contracts/handler.js';
import { problem, type Problem } from '../../contracts/problems.js';
import type { SandboxResources } from '../../mocks/kit/context.js';
import type { StoreScope } from '../../mocks/ports/store/index.js';
import { statusAt } from '../../mocks/vneid/rules.js';
import {
  CONFIRMATIONS,
  decideConfirmation,
  VNEID_COLLECTIONS,
  type DecideError,
  type StoredConfirmation,
} from '../../mocks/vneid/state.js';
import type { SandboxManager } from '../sandboxes/index.js';
import { route } from '../sandboxes/route.js';
import { pageOf } from './paging.js';
import { ADMIN_PROBLEMS } from './problems.js';

type Ops = operations;
type Confirmation = components['schemas']['ConfirmationPage']['items'][number];

/** How many stored confirmations one scan step reads. */
const SCAN_PAGE = 500;

/**
 * The handlers of `sandboxListConfirmations` (newest first, filtered by the state VNeID shows —
 * a waiting confirmation past its deadline is `HET_HAN` — and by dossier) and
 * `sandboxDecideConfirmation` (404 unknown, 409 answered or expired), on the sandbox's clock.
 * @see specs/sandbox.yaml; mocks/vneid/state.ts `decideConfirmation`
 */
export function confirmationOperations(
  manager: Pick<SandboxManager, 'resources'>,
): (readonly [string, Handler])[] {
  const withSandbox = async <T>(
    id: string,
    work: (resources: SandboxResources) => Promise<T>,
  ): Promise<T | Problem> => {
    const resources = manager.resources(id);
    return resources
      ? work(resources)
      : problem(ADMIN_PROBLEMS.sandboxNotFound, `No sandbox has the id "${id}".`);
  };
  return [
    route<Ops['sandboxListConfirmations']>('sandboxListConfirmations', ({ params, query }) =>
      withSandbox(params.sandboxId, async ({ store, clock }) => {
        const now = clock.now();
        const shown = (await storedConfirmations(store))
          .map((c): Confirmation => ({ ...c, trangThai: statusAt(c, now) }))
          .filter(
            (c) =>
              (query.state === undefined || c.trangThai === query.state) &&
              (query.maHoSo === undefined || c.maHoSo === query.maHoSo),
          )
          .sort((a, b) => (a.maXacNhan < b.maXacNhan ? 1 : -1));
        const page = pageOf(shown, {
          listing: `confirmations:${params.sandboxId}`,
          idOf: (c) => c.maXacNhan,
          order: 'descending',
          limit: query.limit ?? 20,
          ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
        });
        if (!page.ok) return problem(ADMIN_PROBLEMS.invalidCursor, page.error);
        return { status: 200, body: page.value };
      }),
    ),
    route<Ops['sandboxDecideConfirmation']>('sandboxDecideConfirmation', ({ params, body }) =>
      withSandbox(params.sandboxId, async ({ store, clock }) => {
        const now = clock.now();
        const decided = await decideConfirmation(store, params.maXacNhan, body.answer, now);
        if (!decided.ok) return decisionProblem(params.maXacNhan, decided.error);
        return { status: 200, body: { ...decided.value, trangThai: statusAt(decided.value, now) } };
      }),
    ),
  ];
}

async function storedConfirmations(store: StoreScope): Promise<StoredConfirmation[]> {
  const confirmations = store.collection(VNEID_COLLECTIONS.confirmations, CONFIRMATIONS);
  const all: StoredConfirmation[] = [];
  let cursor: string | undefined;
  do {
    const page = await confirmations.list({
      limit: SCAN_PAGE,
      ...(cursor !== undefined ? { cursor } : {}),
    });
    // The cursor came from the previous page of the same listing.
    if (!page.ok) throw new Error(`confirmation scan failed: ${page.error.detail}`);
    all.push(...page.value.items);
    cursor = page.value.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return all;
}

function decisionProblem(maXacNhan: string, error: DecideError): Problem {
  switch (error.code) {
    case 'NOT_FOUND':
      return problem(
        ADMIN_PROBLEMS.confirmationNotFound,
        `No confirmation has the id ${maXacNhan}.`,
      );
    case 'ALREADY_ANSWERED':
      return problem(
        ADMIN_PROBLEMS.confirmationAlreadyAnswered,
        `Confirmation ${maXacNhan} is no longer waiting (CHO_XAC_NHAN).`,
      );
    case 'EXPIRED':
      return problem(
        ADMIN_PROBLEMS.confirmationExpired,
        `Confirmation ${maXacNhan} expired before the answer.`,
      );
  }
}
