import type { StoreScope } from '../ports/store/index.js';
/**
 * The next number (1, 2, 3…) of a named sequence in a sandbox (`hotich.KS.80.2026`), safe under
 * concurrent requests: a compare-and-set on the counter's version, retried on conflict. Works on
 * a sandbox and inside a transaction.
 */
export declare function nextSequence(scope: StoreScope, name: string): Promise<number>;
