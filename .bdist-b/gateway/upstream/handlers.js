import { problem } from '../../contracts/problems.js';
import { problemOutput } from '../pipeline/pipeline.js';
import { UPSTREAM_PROBLEMS } from './problems.js';
import { upstreamRequest } from './upstream-request.js';
import { readUpstreamAnswer } from './upstream-response.js';
/**
 * Handlers keyed by `operationId` for every route operation of each configured system; merged
 * after the in-process ones, they replace the mocks of those systems.
 */
export function createUpstreamHandlers(options) {
    const fetch = options.fetch ?? globalThis.fetch;
    const handlers = new Map();
    for (const [system, target] of Object.entries(options.upstreams)) {
        for (const operation of options.contracts.index.bySystem.get(system) ?? []) {
            if (operation.kind !== 'route')
                continue;
            handlers.set(operation.operationId, (input) => forward({ operation, target, input, fetch, logger: options.logger }));
        }
    }
    return handlers;
}
const TIMED_OUT = Symbol('timed out');
async function forward(exchange) {
    const { operation, target, input } = exchange;
    const request = upstreamRequest(operation, target.baseUrl, input);
    const signal = AbortSignal.timeout(target.timeoutMs);
    const answered = (async () => {
        const response = await exchange.fetch(request.url, {
            method: request.method,
            headers: request.headers,
            ...(request.body !== undefined ? { body: request.body } : {}),
            redirect: 'manual',
            signal,
        });
        return readUpstreamAnswer(operation, response);
    })();
    // Whatever the client does with the signal, the gateway stops waiting when it fires.
    const timedOut = new Promise((resolve) => {
        signal.addEventListener('abort', () => resolve(TIMED_OUT), { once: true });
    });
    answered.catch(() => undefined);
    try {
        const outcome = await Promise.race([answered, timedOut]);
        if (outcome === TIMED_OUT)
            return timeout(exchange);
        if (outcome.ok)
            return outcome.value;
        return unreadable(exchange, outcome.error);
    }
    catch (error) {
        if (signal.aborted)
            return timeout(exchange);
        if (error instanceof TypeError)
            return unreachable(exchange, error);
        throw error;
    }
}
function timeout(exchange) {
    const { operation, target } = exchange;
    return failure(exchange, problem(UPSTREAM_PROBLEMS.timeout, `The ${operation.system} upstream did not answer ${operation.operationId} within ${target.timeoutMs} ms.`), 'timeout');
}
function unreachable(exchange, error) {
    const { operation } = exchange;
    const cause = causeCode(error);
    return failure(exchange, problem(UPSTREAM_PROBLEMS.unreachable, `The ${operation.system} upstream could not be reached for ${operation.operationId} (${cause}).`), cause);
}
function unreadable(exchange, answer) {
    const { operation } = exchange;
    if (answer.kind === 'unavailable') {
        const p = problem(UPSTREAM_PROBLEMS.unavailable, `The ${operation.system} upstream is unavailable (503 without a problem body).`);
        return failure(exchange, p, 'unavailable', answer.headers);
    }
    const p = problem(UPSTREAM_PROBLEMS.malformed, `The ${operation.system} upstream answered ${operation.operationId} with status ${answer.status} and ${answer.reason}.`);
    return failure(exchange, p, 'malformed');
}
function failure(exchange, p, cause, headers = {}) {
    const { operation, input } = exchange;
    exchange.logger?.warn({
        requestId: input.requestId,
        system: operation.system,
        operationId: operation.operationId,
        cause,
        status: p.status,
    }, 'upstream failure');
    return { ...problemOutput(p, input, headers), fromGateway: true };
}
/**
 * The low-level reason of a failed `fetch` (`ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_SOCKET`, or a
 * short message such as `bad port` when there is no code). Anything else is not echoed.
 */
function causeCode(error) {
    const cause = error.cause;
    if (typeof cause !== 'object' || cause === null)
        return 'connection failed';
    const { code, message } = cause;
    if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code))
        return code;
    if (typeof message === 'string' && /^[a-z ]{2,40}$/.test(message))
        return message;
    return 'connection failed';
}
