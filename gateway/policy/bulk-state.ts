import { createHmac } from 'node:crypto';
import type { CollectionDefinition, SandboxStore, StoreScope } from '../../mocks/ports/index.js';
import { rememberRecent } from '../../mocks/domain/remember.js';
import type { PolicyConfig } from './policy-config.js';

/**
 * The distinct citizens one officer or one client touched on one day (Vietnam calendar date of
 * the sandbox clock). Citizens are kept as keyed hashes: full ID numbers live only in the journal.
 * @see SECURITY.md §2 GW-16, GW-20
 */
export interface SeenCitizens {
  readonly id: string;
  readonly day: string;
  readonly citizens: readonly string[];
}

/**
 * Collection of {@link SeenCitizens}: one document per client and per client-officer pair,
 * replaced when the day changes, so it never grows beyond the active accounts.
 * @see SECURITY.md §2 GW-16
 */
export const BULK_COLLECTION = 'gateway.policy.bulk';

const SEEN: CollectionDefinition<SeenCitizens> = { idOf: (d) => d.id };

/**
 * Whose distinct-citizen count is meant.
 * @see SECURITY.md §2 GW-16
 */
export interface BulkScope {
  readonly clientId: string;
  readonly officerId: string;
}

/**
 * The cap a request would break: `officer` (200 a day) or `client` (10,000 a day).
 * @see SECURITY.md §2 GW-16
 */
export type BulkBreach = 'officer' | 'client';

/**
 * Hashes citizens' ID numbers with a key, so the counters hold no personal data.
 * @see SECURITY.md §2 GW-20
 */
export function citizenHasher(key: Buffer): (soDinhDanh: string) => string {
  // The same citizens come back call after call: remember recent hashes (bounded, in memory).
  return rememberRecent(
    (soDinhDanh) => createHmac('sha256', key).update(soDinhDanh).digest('base64url'),
    HASHES_REMEMBERED,
  );
}

/** How many citizen hashes {@link citizenHasher} remembers before starting afresh. */
const HASHES_REMEMBERED = 10_000;

/**
 * How many distinct citizens a scope would have touched after adding `subjects`. Without
 * subjects (not known before the answer), one new citizen is assumed: at the cap, the next
 * request is refused.
 * @see SECURITY.md §2 GW-16
 */
export function projectedCount(
  seen: SeenCitizens | undefined,
  day: string,
  subjects: readonly string[] | undefined,
): number {
  const today = seen?.day === day ? seen.citizens : [];
  if (subjects === undefined) return today.length + 1;
  return today.length + new Set(subjects.filter((s) => !today.includes(s))).size;
}

/**
 * The cap the request would break, if any, the officer's first.
 * @see SECURITY.md §2 GW-16
 */
export async function findBulkBreach(
  store: SandboxStore,
  scope: BulkScope,
  day: string,
  subjects: readonly string[] | undefined,
  limits: PolicyConfig['bulk'],
): Promise<{ readonly breach?: BulkBreach; readonly counted: BulkSnapshot }> {
  const [officer, client] = await store
    .collection(BULK_COLLECTION, SEEN)
    .getMany([officerKey(scope), clientKey(scope)]);
  const counted = { officer, client };
  if (projectedCount(officer, day, subjects) > limits.perOfficerPerDay) {
    return { breach: 'officer', counted };
  }
  if (projectedCount(client, day, subjects) > limits.perClientPerDay) {
    return { breach: 'client', counted };
  }
  return { counted };
}

/**
 * The officer's and the client's sets as {@link findBulkBreach} read them for a request. Within a
 * day the sets only grow, so citizens this snapshot already counts are still counted after the
 * answer: {@link addSeenCitizens} needs no second read for them.
 * @see SECURITY.md §2 GW-16
 */
export interface BulkSnapshot {
  readonly officer: SeenCitizens | undefined;
  readonly client: SeenCitizens | undefined;
}

/**
 * Adds the citizens an answer touched to the officer's and the client's sets of the day.
 * @see SECURITY.md §2 GW-16
 */
export async function addSeenCitizens(
  store: SandboxStore,
  scope: BulkScope,
  day: string,
  citizens: readonly string[],
  counted?: BulkSnapshot,
): Promise<void> {
  if (citizens.length === 0) return;
  // A snapshot of another day counts nothing today (`countsAll` compares the day).
  if (
    counted &&
    countsAll(counted.officer, day, citizens) &&
    countsAll(counted.client, day, citizens)
  ) {
    return;
  }
  // Most calls touch citizens already counted today: a plain read settles those without a
  // transaction; the transaction reads again before it writes.
  const [officer, client] = await store
    .collection(BULK_COLLECTION, SEEN)
    .getMany([officerKey(scope), clientKey(scope)]);
  if (countsAll(officer, day, citizens) && countsAll(client, day, citizens)) return;
  await store.transaction(async (tx) => {
    await addTo(tx, officerKey(scope), day, citizens);
    await addTo(tx, clientKey(scope), day, citizens);
  });
}

async function addTo(
  tx: StoreScope,
  id: string,
  day: string,
  citizens: readonly string[],
): Promise<void> {
  const collection = tx.collection(BULK_COLLECTION, SEEN);
  const current = await collection.get(id);
  const today = current?.day === day ? current.citizens : [];
  const fresh = [...new Set(citizens)].filter((c) => !today.includes(c));
  if (fresh.length === 0 && current?.day === day) return;
  await collection.put({ id, day, citizens: [...today, ...fresh] });
}

/** True when the day's set already holds every citizen. */
function countsAll(
  seen: SeenCitizens | undefined,
  day: string,
  citizens: readonly string[],
): boolean {
  return seen?.day === day && citizens.every((c) => seen.citizens.includes(c));
}

function officerKey(scope: BulkScope): string {
  return `officer:${scope.clientId}:${scope.officerId}`;
}

function clientKey(scope: BulkScope): string {
  return `client:${scope.clientId}`;
}
