import type { SandboxStore } from '../../mocks/ports/index.js';
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
export declare const BULK_COLLECTION = "gateway.policy.bulk";
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
export declare function citizenHasher(key: Buffer): (soDinhDanh: string) => string;
/**
 * How many distinct citizens a scope would have touched after adding `subjects`. Without
 * subjects (not known before the answer), one new citizen is assumed: at the cap, the next
 * request is refused.
 * @see SECURITY.md §2 GW-16
 */
export declare function projectedCount(seen: SeenCitizens | undefined, day: string, subjects: readonly string[] | undefined): number;
/**
 * The cap the request would break, if any, the officer's first.
 * @see SECURITY.md §2 GW-16
 */
export declare function findBulkBreach(store: SandboxStore, scope: BulkScope, day: string, subjects: readonly string[] | undefined, limits: PolicyConfig['bulk']): Promise<BulkBreach | undefined>;
/**
 * Adds the citizens an answer touched to the officer's and the client's sets of the day.
 * @see SECURITY.md §2 GW-16
 */
export declare function addSeenCitizens(store: SandboxStore, scope: BulkScope, day: string, citizens: readonly string[]): Promise<void>;
