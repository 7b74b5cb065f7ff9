import { randomUUID } from 'node:crypto';
/**
 * The answer to every API call made before the sandbox is seeded.
 * @see specs/common.yaml#/components/responses/ServiceUnavailable
 */
export const STARTING_PROBLEM = {
    type: 'urn:lienthong-sandbox:problem:service-unavailable',
    title: 'Hệ thống tạm thời không phục vụ được',
    status: 503,
    code: 'SERVICE_UNAVAILABLE',
};
/** Seconds a caller is asked to wait (`Retry-After`) while the sandbox starts. */
const RETRY_AFTER_SECONDS = '1';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/**
 * What the gateway answers while it starts, so it can listen before the default sandbox is
 * seeded: `GET /livez` 200, `GET /readyz` 503 `not_ready` (a load balancer keeps it out of
 * rotation), anything else 503 SERVICE_UNAVAILABLE with `Retry-After`. The express app takes
 * over once it is built.
 * @see specs/sandbox.yaml sandboxGetLiveness, sandboxGetReadiness; docs/decisions/0006-fast-host.md
 */
export function startingListener(startedAt) {
    return (req, res) => {
        const incoming = req.headers['x-request-id'];
        const requestId = typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
        const path = (req.url ?? '/').split('?')[0];
        res.setHeader('X-Request-Id', requestId);
        res.setHeader('Retry-After', RETRY_AFTER_SECONDS);
        // The body is not read: drain it so the connection can be reused.
        req.resume();
        if (req.method === 'GET' && path === '/livez') {
            const body = {
                status: 'ok',
                uptimeSeconds: Math.max(0, (Date.now() - startedAt) / 1000),
            };
            send(res, 200, 'application/json', body);
        }
        else if (req.method === 'GET' && path === '/readyz') {
            const body = {
                status: 'not_ready',
                checks: [{ name: 'population', ok: false, detail: 'seeding the default sandbox' }],
            };
            send(res, 503, 'application/json', body);
        }
        else {
            send(res, 503, 'application/problem+json', {
                ...STARTING_PROBLEM,
                detail: 'The sandbox is starting; retry in a moment.',
                instance: `urn:lienthong-sandbox:request:${requestId}`,
            });
        }
    };
}
function send(res, status, mediaType, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, {
        'content-type': `${mediaType}; charset=utf-8`,
        'content-length': Buffer.byteLength(text),
    });
    res.end(text);
}
