import { SANDBOX_HEADER } from '../../mocks/runtime.js';
/** Header carrying the correlation id to the upstream (and back in the gateway's answer). */
export const REQUEST_ID_HEADER = 'x-request-id';
/** A path parameter the template names is missing: validation let through what it must not. */
export class MissingPathParameterError extends Error {
    name = 'MissingPathParameterError';
}
/** The request that forwards `input` (already validated against `operation`) to `baseUrl`. */
export function upstreamRequest(operation, baseUrl, input) {
    const path = operation.path.replace(/\{([^}]+)\}/g, (_, name) => {
        const value = input.params[name];
        if (value === undefined || value === null)
            throw new MissingPathParameterError(`${operation.operationId} has no path parameter ${name}`);
        return encodeURIComponent(scalar(value));
    });
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(input.query)) {
        if (value === undefined)
            continue;
        for (const item of Array.isArray(value) ? value : [value])
            query.append(name, scalar(item));
    }
    const search = query.size > 0 ? `?${query.toString()}` : '';
    const headers = {
        accept: 'application/json, application/problem+json',
        [REQUEST_ID_HEADER]: input.requestId,
    };
    for (const name of [...declaredHeaders(operation), SANDBOX_HEADER]) {
        const value = input.headers[name];
        if (value !== undefined)
            headers[name] = Array.isArray(value) ? value.join(', ') : scalar(value);
    }
    if (input.body === undefined)
        return { url: `${baseUrl}${path}${search}`, method: operation.method.toUpperCase(), headers };
    return {
        url: `${baseUrl}${path}${search}`,
        method: operation.method.toUpperCase(),
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(input.body),
    };
}
/** Lower-case names of the header parameters the operation declares. */
function declaredHeaders(operation) {
    return operation.parameters.filter((p) => p.in === 'header').map((p) => p.name.toLowerCase());
}
function scalar(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
