import { toLocalDate } from '../mocks/domain/calendar/index.js';
import { createMemoryStore } from '../mocks/ports/store/index.js';
import { createFaultOperations } from './faults/index.js';
import { createJournalOperations } from './journal/index.js';
import { MOCK_SYSTEMS, mockHandlers } from '../mocks/registry.js';
import { createMockRuntime, SANDBOX_HEADER } from '../mocks/runtime.js';
import { controlPlaneHandlers, createSandboxManager, DEFAULT_SANDBOX_ID, } from './sandboxes/index.js';
export { DEFAULT_SANDBOX_ID };
/**
 * Opens a sandbox manager over an in-memory store with the default sandbox over the seeded
 * population, on a clock that follows real time. Same seed → same people. Requests select other
 * sandboxes (created through the control plane) with `X-Sandbox-Id`.
 * @see DESIGN.md §3 ("Sandboxes isolate tenants"), §4 (`lienthong serve`)
 */
export async function createEmbeddedSandbox(options) {
    const now = options.now;
    const realNow = now ? () => now().getTime() : () => Date.now();
    const store = options.store ?? createMemoryStore();
    const manager = await createSandboxManager({
        store,
        systems: MOCK_SYSTEMS,
        referenceDate: toLocalDate(new Date(realNow())),
        defaults: { seed: options.seed, populationSize: options.populationSize },
        realNow,
    });
    const population = manager.population(DEFAULT_SANDBOX_ID);
    const resources = manager.resources(DEFAULT_SANDBOX_ID);
    if (!population || !resources)
        throw new Error('the default sandbox is missing');
    const faultOperations = createFaultOperations({
        resolveSandbox: (id) => manager.resources(id),
    });
    const mocks = new Map([
        ...mockHandlers(),
        ...faultOperations,
        ...(options.systems ? options.systems(manager) : []),
    ]);
    const pathSandbox = options.pathSandboxOperations ?? new Set();
    const journalOperations = options.journal
        ? createJournalOperations({
            journal: options.journal,
            hasSandbox: (id) => manager.view(id) !== undefined,
        })
        : new Map();
    return {
        manager,
        store,
        population,
        resources,
        handlers: (dispatch) => new Map([
            ...[
                ...createMockRuntime({
                    contracts: options.contracts,
                    keys: options.keys,
                    mocks,
                    sandbox: (id) => manager.resources(id),
                    defaultSandboxId: DEFAULT_SANDBOX_ID,
                    dispatch,
                }),
            ].map(([operationId, handler]) => pathSandbox.has(operationId)
                ? [operationId, (input) => handler(inPathSandbox(input))]
                : [operationId, handler]),
            ...controlPlaneHandlers({
                manager,
                systems: MOCK_SYSTEMS,
                realNow,
                ...(options.settle ? { settle: options.settle } : {}),
            }),
            ...journalOperations,
        ]),
    };
}
/** A control-plane request run in the sandbox its path names (`/sandboxes/{sandboxId}/…`). */
function inPathSandbox(input) {
    return {
        ...input,
        headers: { ...input.headers, [SANDBOX_HEADER]: String(input.params.sandboxId) },
    };
}
