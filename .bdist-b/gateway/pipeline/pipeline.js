import { CONTRACT_PROBLEMS, problem, validationProblem, } from '../../contracts/problems.js';
import { SANDBOX_HEADER, SANDBOX_NOT_FOUND } from '../../mocks/runtime.js';
import { createExampleHandler } from '../example-handler.js';
import { applyFault, drawFault } from '../faults/index.js';
import { maskIdNumbers } from '../logger.js';
import { lowerCaseHeaders } from './headers.js';
import { createJournalStage } from './journal-stage.js';
/** Header set on answers that break their contract in lenient mode. */
export const CONTRACT_WARNING_HEADER = 'lienthong-contract-warning';
/**
 * Builds the pipeline: operation matching → sandbox → authentication → request validation →
 * policy → faults → dispatch → response validation, and the journal around it all. Stages that
 * are not configured are skipped, so tests and embedders can build exactly what they need.
 * Calls between simulated systems (`internal`) skip authentication and policy, like traffic
 * inside the government network, but not validation, faults or the journal.
 * @see DESIGN.md §3
 */
export function createPipeline(options) {
    const { contracts } = options;
    const handlers = new Map();
    for (const operation of contracts.index.operations.values()) {
        if (operation.kind !== 'route')
            continue;
        handlers.set(operation.operationId, options.handlers?.get(operation.operationId) ?? createExampleHandler(operation));
    }
    const run = createRun(options, handlers);
    const journalStage = options.journal ? createJournalStage(options.journal, contracts) : undefined;
    return async (request) => {
        const started = performance.now();
        const trace = {};
        let output;
        try {
            output = await run(request, trace);
        }
        catch (error) {
            // The host answers 500 for a stage or handler that threw; count it as such.
            options.observe?.(observationOf(trace, 500, started));
            throw error;
        }
        const sandboxes = options.sandboxes;
        if (journalStage && sandboxes) {
            const sandboxId = trace.sandboxId ?? sandboxes.defaultId;
            const sandbox = sandboxes.resolve(sandboxId);
            if (sandbox) {
                await journalStage({
                    sandboxId,
                    at: sandbox.clock.now(),
                    request,
                    trace,
                    output,
                    latencyMs: Math.round(performance.now() - started),
                });
            }
        }
        options.observe?.(observationOf(trace, output.status, started));
        return output;
    };
}
function observationOf(trace, status, started) {
    return {
        status,
        latencyMs: performance.now() - started,
        ...(trace.operation
            ? { operationId: trace.operation.operationId, system: trace.operation.system }
            : {}),
        ...(trace.sandboxId !== undefined ? { sandboxId: trace.sandboxId } : {}),
    };
}
function createRun(options, handlers) {
    const { contracts, responseValidation } = options;
    return async (request, trace) => {
        const match = contracts.index.match(request.method, request.path);
        if (match.kind === 'not-found') {
            const detail = `No operation is served at ${request.method} ${maskIdNumbers(request.path)}.`;
            return problemOutput(problem(CONTRACT_PROBLEMS.routeNotFound, detail), request);
        }
        if (match.kind === 'method-not-allowed') {
            const allow = match.allowed.join(', ');
            const detail = `${request.method} is not allowed here; use ${allow}.`;
            return problemOutput(problem(CONTRACT_PROBLEMS.methodNotAllowed, detail), request, { allow });
        }
        const { operation } = match;
        trace.operation = operation;
        const headers = lowerCaseHeaders(request.headers);
        let sandboxId;
        let sandbox;
        if (options.sandboxes) {
            const named = headers[SANDBOX_HEADER];
            sandboxId = typeof named === 'string' && named !== '' ? named : options.sandboxes.defaultId;
            sandbox = options.sandboxes.resolve(sandboxId);
            if (!sandbox) {
                return problemOutput(problem(SANDBOX_NOT_FOUND, 'No sandbox has the id in X-Sandbox-Id.'), request);
            }
            trace.sandboxId = sandboxId;
            headers[SANDBOX_HEADER] = sandboxId;
        }
        let caller;
        if (options.security && !operation.isPublic && request.internal !== true) {
            const authenticated = await options.security.authenticate(operation, headers);
            if (!authenticated.ok)
                return problemOutput(authenticated.error.problem, request, authenticated.error.headers);
            caller = authenticated.value;
            trace.clientId = caller.clientId;
        }
        const validated = contracts.validators.validateRequest(operation.operationId, {
            path: match.params,
            query: request.query,
            headers,
            contentType: request.contentType,
            body: request.body,
        });
        if (!validated.ok) {
            const rejection = validated.error;
            if (rejection.kind === 'unsupported-media-type') {
                const supported = rejection.supported.join(', ');
                const p = problem(CONTRACT_PROBLEMS.unsupportedMediaType, `Send the body as ${supported}.`);
                return problemOutput(p, request, { accept: supported });
            }
            const own = options.security?.validationFailure?.(operation, rejection.violations);
            return own ?? problemOutput(validationProblem(rejection.violations), request);
        }
        trace.validated = validated.value;
        let pass;
        if (options.policy && caller && sandbox && sandboxId !== undefined) {
            const checked = await options.policy.before({
                operation,
                headers: validated.value.headers,
                body: validated.value.body,
                caller,
                requestId: request.requestId,
                sandboxId,
                sandbox,
            });
            if (!checked.ok)
                return problemOutput(checked.error.problem, request, checked.error.headers);
            pass = checked.value;
        }
        const handler = handlers.get(operation.operationId);
        if (!handler)
            throw new Error(`no handler for ${operation.operationId}`);
        const dispatch = async (extra) => {
            const output = await handler({
                operationId: operation.operationId,
                params: validated.value.path,
                query: validated.value.query,
                headers: hasMembers(extra)
                    ? { ...validated.value.headers, ...extra }
                    : validated.value.headers,
                body: validated.value.body,
                requestId: request.requestId,
                ...(caller ? { caller: { clientId: caller.clientId } } : {}),
            });
            return checkResponse(contracts, operation, withInstance(output, request), responseValidation, request);
        };
        const output = await dispatchWithFaults(options, operation, { sandboxId, sandbox, caller }, dispatch, request);
        if (pass) {
            await pass.after(output);
            if (hasMembers(pass.headers))
                return { ...output, headers: { ...output.headers, ...pass.headers } };
        }
        return output;
    };
}
async function dispatchWithFaults(options, operation, where, dispatch, request) {
    const { faults } = options;
    if (!faults ||
        !where.sandbox ||
        where.sandboxId === undefined ||
        operation.system === 'sandbox') {
        return dispatch({});
    }
    const decision = await drawFault(where.sandbox.store, {
        system: operation.system,
        operationId: operation.operationId,
        ...(where.caller ? { clientId: where.caller.clientId } : {}),
    }, faults.random(where.sandboxId));
    const answered = await applyFault(decision, dispatch, faults);
    if (answered.kind === 'answered')
        return answered.output;
    if (answered.kind === 'problem')
        return problemOutput(answered.problem, request, answered.headers);
    return { status: 502, dropConnection: true };
}
function hasMembers(record) {
    for (const _ in record)
        return true;
    return false;
}
/** Stamps `instance` on a problem a handler answered without one (RFC 9457 §3.1.5). */
function withInstance(output, request) {
    const body = output.body;
    if (output.contentType !== 'application/problem+json' ||
        typeof body !== 'object' ||
        body === null)
        return output;
    if ('instance' in body)
        return output;
    return {
        ...output,
        body: { ...body, instance: `urn:lienthong-sandbox:request:${request.requestId}` },
    };
}
function checkResponse(contracts, operation, output, mode, request) {
    if (mode === 'off' || output.fromGateway === true)
        return output;
    const contentType = output.body === undefined
        ? undefined
        : (output.contentType ??
            (output.status >= 400 ? 'application/problem+json' : 'application/json'));
    const checked = contracts.validators.validateResponse(operation.operationId, output.status, contentType, output.body);
    if (checked.ok)
        return output;
    const summary = checked.error.map((v) => `${v.pointer} ${v.code}`).join('; ');
    if (mode === 'lenient') {
        return {
            ...output,
            headers: { ...output.headers, [CONTRACT_WARNING_HEADER]: summary.slice(0, 500) },
        };
    }
    return problemOutput(problem(CONTRACT_PROBLEMS.responseContractViolated, `The ${operation.system} answer to ${operation.operationId} breaks its contract.`, {
        errors: checked.error,
    }), request);
}
/** Wraps a problem as a pipeline output, stamping `instance` with the correlation id. */
export function problemOutput(p, request, headers = {}) {
    // The RFC 9457 members first, then the occurrence, then extensions (errors, lyDo…).
    const { type, title, status, code, detail, ...extensions } = p;
    const instance = `urn:lienthong-sandbox:request:${request.requestId}`;
    return {
        status,
        contentType: 'application/problem+json',
        headers,
        body: {
            type,
            title,
            status,
            code,
            ...(detail !== undefined ? { detail } : {}),
            instance,
            ...extensions,
        },
    };
}
