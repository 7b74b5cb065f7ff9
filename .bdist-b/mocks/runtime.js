import { problem, problemType } from '../contracts/problems.js';
/** Header that selects the sandbox of a request. */
export const SANDBOX_HEADER = 'x-sandbox-id';
/** The sandbox a request names does not exist. */
export const SANDBOX_NOT_FOUND = {
    type: problemType('sandbox-not-found'),
    title: 'Không tìm thấy sandbox',
    status: 404,
    code: 'SANDBOX_NOT_FOUND',
};
/**
 * Adapts the mocks to plain `Handler`s a host can serve: resolves the request's sandbox, builds
 * the mock context and lets mocks call each other through the dispatcher.
 * @see DESIGN.md §3 ("One core, three hosts")
 */
export function createMockRuntime(options) {
    const { contracts, keys } = options;
    let sequence = 0;
    // Named members rather than a spread: spreading the resources costs more than the rest of a
    // lookup's context (measured), and the type still demands every member.
    const contextFor = (resources, parentRequestId) => ({
        id: resources.id,
        store: resources.store,
        clock: resources.clock,
        calendar: resources.calendar,
        regime: resources.regime,
        contracts,
        keys,
        call: (operationId, request) => {
            sequence += 1;
            return options.dispatch(buildRequest(contracts, operationId, request, resources.id, `${parentRequestId}.${sequence}`));
        },
    });
    const handlers = new Map();
    for (const [operationId, mock] of options.mocks) {
        handlers.set(operationId, async (input) => {
            const requested = input.headers[SANDBOX_HEADER];
            const id = typeof requested === 'string' && requested !== '' ? requested : options.defaultSandboxId;
            const resources = options.sandbox(id);
            if (!resources) {
                const p = problem(SANDBOX_NOT_FOUND, `No sandbox has the id "${id}".`);
                return { status: p.status, contentType: 'application/problem+json', body: p };
            }
            return mock(input, contextFor(resources, input.requestId));
        });
    }
    return handlers;
}
/** Builds the HTTP-shaped request of a call by `operationId` (path template filled in). */
export function buildRequest(contracts, operationId, request, sandboxId, requestId) {
    const operation = contracts.index.operations.get(operationId);
    if (!operation || operation.kind !== 'route')
        throw new Error(`no route for operationId ${operationId}`);
    const path = operation.path.replace(/\{([^}]+)\}/g, (_, name) => {
        const value = request.params?.[name];
        if (value === undefined)
            throw new Error(`${operationId}: missing path parameter ${name}`);
        return encodeURIComponent(String(value));
    });
    const query = Object.fromEntries(Object.entries(request.query ?? {}).map(([k, v]) => [k, String(v)]));
    const headers = { [SANDBOX_HEADER]: sandboxId };
    for (const [name, value] of Object.entries(request.headers ?? {}))
        headers[name.toLowerCase()] = value;
    return {
        method: operation.method.toUpperCase(),
        path,
        query,
        headers,
        requestId,
        sourceIp: 'internal',
        internal: true,
        ...(request.body !== undefined ? { contentType: 'application/json', body: request.body } : {}),
    };
}
