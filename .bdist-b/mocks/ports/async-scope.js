/**
 * An async context that is switched on only while one of its scopes runs. In Node 20 an enabled
 * AsyncLocalStorage adds hook work to every promise of the process (≈ 10% of the gateway's time
 * under load); the store's transactions and the clock's firing tasks need a context only while
 * they run, so the storage is disabled again once the last open scope ends.
 *
 * @see mocks/ports/README.md "Transactions"
 */
import { AsyncLocalStorage } from 'node:async_hooks';
/**
 * Creates an async scope. Contexts left on resources after their scope ended are never
 * reported: `current()` answers only while a scope is open.
 */
export function createAsyncScope() {
    const storage = new AsyncLocalStorage();
    let open = 0;
    return {
        async run(value, work) {
            open += 1;
            try {
                return await storage.run(value, work);
            }
            finally {
                open -= 1;
                if (open === 0)
                    storage.disable();
            }
        },
        current: () => (open > 0 ? storage.getStore() : undefined),
        outside: (work) => (open > 0 ? storage.exit(work) : work()),
    };
}
