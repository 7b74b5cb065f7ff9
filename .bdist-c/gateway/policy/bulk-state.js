import { createHmac } from 'node:crypto';
import { rememberRecent } from '../../mocks/domain/remember.js';
/**
 * Collection of {@link SeenCitizens}: one document per client and per client-officer pair,
 * replaced when the day changes, so it never grows beyond the active accounts.
 * @see SECURITY.md §2 GW-16
 */
export const BULK_COLLECTION = 'gateway.policy.bulk';
const SEEN = { idOf: (d) => d.id };
/**
 * Hashes citizens' ID numbers with a key, so the counters hold no personal data.
 * @see SECURITY.md §2 GW-20
 */
export function citizenHasher(key) {
    // The same citizens come back call after call: remember recent hashes (bounded, in memory).
    return rememberRecent((soDinhDanh) => createHmac('sha256', key).update(soDinhDanh).digest('base64url'), HASHES_REMEMBERED);
}
/** How many citizen hashes {@link citizenHasher} remembers before starting afresh. */
const HASHES_REMEMBERED = 10_000;
/**
 * How many distinct citizens a scope would have touched after adding `subjects`. Without
 * subjects (not known before the answer), one new citizen is assumed: at the cap, the next
 * request is refused.
 * @see SECURITY.md §2 GW-16
 */
export function projectedCount(seen, day, subjects) {
    const today = seen?.day === day ? seen.citizens : [];
    if (subjects === undefined)
        return today.length + 1;
    return today.length + new Set(subjects.filter((s) => !today.includes(s))).size;
}
/**
 * The cap the request would break, if any, the officer's first.
 * @see SECURITY.md §2 GW-16
 */
export async function findBulkBreach(store, scope, day, subjects, limits) {
    const [officer, client] = await store
        .collection(BULK_COLLECTION, SEEN)
        .getMany([officerKey(scope), clientKey(scope)]);
    if (projectedCount(officer, day, subjects) > limits.perOfficerPerDay)
        return 'officer';
    if (projectedCount(client, day, subjects) > limits.perClientPerDay)
        return 'client';
    return undefined;
}
/**
 * Adds the citizens an answer touched to the officer's and the client's sets of the day.
 * @see SECURITY.md §2 GW-16
 */
export async function addSeenCitizens(store, scope, day, citizens) {
    if (citizens.length === 0)
        return;
    // Most calls touch citizens already counted today: a plain read settles those without a
    // transaction; the transaction reads again before it writes.
    const [officer, client] = await store
        .collection(BULK_COLLECTION, SEEN)
        .getMany([officerKey(scope), clientKey(scope)]);
    if (countsAll(officer, day, citizens) && countsAll(client, day, citizens))
        return;
    await store.transaction(async (tx) => {
        await addTo(tx, officerKey(scope), day, citizens);
        await addTo(tx, clientKey(scope), day, citizens);
    });
}
async function addTo(tx, id, day, citizens) {
    const collection = tx.collection(BULK_COLLECTION, SEEN);
    const current = await collection.get(id);
    const today = current?.day === day ? current.citizens : [];
    const fresh = [...new Set(citizens)].filter((c) => !today.includes(c));
    if (fresh.length === 0 && current?.day === day)
        return;
    await collection.put({ id, day, citizens: [...today, ...fresh] });
}
/** True when the day's set already holds every citizen. */
function countsAll(seen, day, citizens) {
    return seen?.day === day && citizens.every((c) => seen.citizens.includes(c));
}
function officerKey(scope) {
    return `officer:${scope.clientId}:${scope.officerId}`;
}
function clientKey(scope) {
    return `client:${scope.clientId}`;
}
