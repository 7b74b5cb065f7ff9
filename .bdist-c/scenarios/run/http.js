import { randomUUID } from 'node:crypto';
/** The client system that holds the control-plane scope. */
export const ADMIN_CLIENT = 'sandbox-admin';
/** No operation with that `operationId` in `specs/`: the scenario cannot run that step. */
export class UnknownOperationError extends Error {
    operationId;
    name = 'UnknownOperationError';
    constructor(operationId) {
        super(`no operation "${operationId}" in the contracts`);
        this.operationId = operationId;
    }
}
/**
 * A client of the target: builds each request from the operation index (method, path template),
 * fetches a client-credentials token per client (cached until shortly before it expires) and
 * records the exchange as reports show it (the bearer token itself is never recorded).
 * @see specs/sandbox.yaml `sandboxIssueToken`
 */
export function createTargetClient(options) {
    const { baseUrl, index } = options;
    const doFetch = options.fetch ?? fetch;
    const secrets = new Map(Object.entries(options.secrets ?? {}));
    const tokens = new Map();
    async function issue(clientId) {
        const body = new URLSearchParams({
            grant_type: 'client_credentials',
            client_id: clientId,
            client_secret: secrets.get(clientId) ?? `${clientId}-secret`,
        });
        const request = {
            method: 'POST',
            url: `${baseUrl}/oauth/token`,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
        };
        const exchange = await send(doFetch, request, body.toString(), {
            client_id: clientId,
            client_secret: '***',
        });
        const answer = exchange.response?.body;
        if (!answer?.access_token)
            return { refusal: exchange };
        const lifetimeMs = (answer.expires_in ?? 300) * 1000;
        return { token: answer.access_token, expiresAt: Date.now() + lifetimeMs - 30_000 };
    }
    async function token(clientId) {
        const key = `${clientId}\n${secrets.get(clientId) ?? ''}`;
        const cached = tokens.get(key);
        if (cached) {
            const value = await cached;
            if ('token' in value && value.expiresAt > Date.now())
                return value;
        }
        const fresh = issue(clientId);
        tokens.set(key, fresh);
        const value = await fresh;
        // A refusal is the answer of that moment (a suspended client may be reinstated): not cached.
        if ('refusal' in value)
            tokens.delete(key);
        return value;
    }
    return {
        baseUrl,
        rememberSecret: (clientId, secret) => void secrets.set(clientId, secret),
        async call(request) {
            const operation = index.operations.get(request.operationId);
            if (!operation || operation.kind !== 'route')
                throw new UnknownOperationError(request.operationId);
            const headers = {};
            for (const [name, value] of Object.entries(request.headers ?? {})) {
                headers[name.toLowerCase()] = value;
            }
            if (request.body !== undefined)
                headers['content-type'] ??= 'application/json';
            const url = baseUrl + buildPath(operation, request.params ?? {}) + buildQuery(request.query);
            const text = request.body === undefined ? undefined : JSON.stringify(request.body);
            const line = { method: operation.method.toUpperCase(), url, headers };
            if (request.as === 'anonymous')
                return send(doFetch, line, text, request.body);
            const clientId = request.as === 'admin' ? ADMIN_CLIENT : request.as;
            const issued = await token(clientId);
            if ('refusal' in issued)
                return issued.refusal;
            const first = await send(doFetch, withToken(line, issued.token), text, request.body);
            if (first.response?.status !== 401)
                return first;
            // A cached token may have been revoked meanwhile (client suspended, secret rotated): retry
            // once with a fresh one, so the answer reflects the client's state now.
            tokens.delete(`${clientId}\n${secrets.get(clientId) ?? ''}`);
            const fresh = await token(clientId);
            if ('refusal' in fresh)
                return first;
            return send(doFetch, withToken(line, fresh.token), text, request.body);
        },
    };
}
function withToken(line, token) {
    return { ...line, headers: { authorization: `Bearer ${token}`, ...line.headers } };
}
/** A fresh `Idempotency-Key`, unique across runs and scenarios. */
export function newIdempotencyKey() {
    return `sc-${randomUUID()}`;
}
function buildPath(operation, params) {
    return operation.path.replace(/\{([^}]+)\}/g, (_, name) => {
        const value = params[name];
        return encodeURIComponent(value === undefined || value === null ? `{${name}}` : String(value));
    });
}
function buildQuery(query) {
    if (!query)
        return '';
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
        if (value === null || value === undefined)
            continue;
        for (const item of Array.isArray(value) ? value : [value])
            search.append(name, String(item));
    }
    const text = search.toString();
    return text ? `?${text}` : '';
}
async function send(doFetch, request, text, recordedBody) {
    const recorded = {
        ...request,
        headers: redact(request.headers),
        ...(recordedBody !== undefined ? { body: recordedBody } : {}),
    };
    try {
        const response = await doFetch(request.url, {
            method: request.method,
            headers: request.headers,
            ...(text !== undefined ? { body: text } : {}),
        });
        const raw = await response.text();
        const headers = Object.fromEntries(response.headers.entries());
        const body = parseBody(raw, headers['content-type']);
        return {
            request: recorded,
            response: { status: response.status, headers, ...(body !== undefined ? { body } : {}) },
        };
    }
    catch (cause) {
        const reason = cause instanceof Error
            ? (cause.cause?.message ?? cause.message)
            : String(cause);
        return { request: recorded, error: `no answer from ${request.url}: ${reason}` };
    }
}
function parseBody(raw, contentType) {
    if (raw === '')
        return undefined;
    if (contentType && /json/i.test(contentType)) {
        try {
            return JSON.parse(raw);
        }
        catch {
            return raw;
        }
    }
    return raw;
}
function redact(headers) {
    const copy = { ...headers };
    if (copy.authorization)
        copy.authorization = 'Bearer ***';
    return copy;
}
