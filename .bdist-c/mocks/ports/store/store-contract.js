/**
 * The contract every Store adapter passes. Call it from the adapter's test file:
 *
 * ```ts
 * defineStoreContract('memory', async () => createMemoryStore());
 * ```
 *
 * `makeStore` is called before each test and must return an empty store; the suite closes it
 * after the test. The tests assert behaviour, never timing.
 *
 * @see ../shared/DESIGN.md §3 ("Same contract tests run against every adapter")
 * @see mocks/ports/README.md "Adding an adapter"
 */
import { describe } from 'vitest';
import { collectionContract } from './contract/collections.js';
import { useStore } from './contract/fixtures.js';
import { logContract } from './contract/logs.js';
import { modelContract } from './contract/model.js';
import { paginationContract } from './contract/pagination.js';
import { sandboxContract } from './contract/sandboxes.js';
import { transactionContract } from './contract/transactions.js';
/**
 * Registers the Store contract tests for one adapter under `Store contract (<name>)`.
 * @see mocks/ports/README.md "Adding an adapter"
 */
export function defineStoreContract(name, makeStore) {
    describe(`Store contract (${name})`, () => {
        const store = useStore(makeStore);
        collectionContract(store);
        paginationContract(store);
        transactionContract(store);
        sandboxContract(store);
        logContract(store);
        modelContract(store);
    });
}
