import { createServer } from 'node:http';
import { requestListenerOf } from './create-gateway.js';
/** How long a graceful close waits for in-flight requests before cutting their connections. */
export const SHUTDOWN_GRACE_MS = 10_000;
/**
 * Listens on `host:port` (port 0 picks a free one).
 * @see issue 5 ("Graceful shutdown")
 */
export function listen(app, host, port, logger) {
    return listenServer(createServer(requestListenerOf(app)), host, port, logger);
}
/**
 * Listens at once and answers with `starting` (readiness 503) until {@link StartingServer.serve}
 * hands over to the app, so `lienthong serve` is reachable while the sandbox is seeded.
 * @see issue 5 (start-up under 1 s); docs/decisions/0006-fast-host.md
 */
export async function listenEarly(starting, host, port, logger) {
    let handler = starting;
    const server = createServer((req, res) => handler(req, res));
    const running = await listenServer(server, host, port, logger);
    return {
        ...running,
        serve: (app) => {
            handler = requestListenerOf(app);
        },
    };
}
function listenServer(server, host, port, logger) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            server.off('error', reject);
            const address = server.address();
            const actualPort = typeof address === 'object' && address ? address.port : port;
            const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
            logger.info({ url }, 'lienthong-sandbox listening');
            const drain = trackInFlight(server);
            resolve({
                url,
                server,
                close: (graceMs = SHUTDOWN_GRACE_MS) => new Promise((done, fail) => {
                    const force = setTimeout(() => {
                        logger.warn({ graceMs, inFlight: drain.inFlight() }, 'forcing connections closed');
                        server.closeAllConnections();
                    }, graceMs);
                    server.close((closeError) => {
                        clearTimeout(force);
                        if (closeError)
                            fail(closeError);
                        else
                            done();
                    });
                    drain.start();
                }),
            });
        });
    });
}
/**
 * Follows the answers in flight so a close can let them finish on connections that then close:
 * answers not yet started get `Connection: close`, and connections left idle by an answer that
 * ends during the close are closed at once instead of lingering until the keep-alive timeout.
 */
function trackInFlight(server) {
    const answers = new Set();
    let closing = false;
    const closeIfClosing = (res) => {
        if (closing && !res.headersSent)
            res.setHeader('connection', 'close');
    };
    server.on('request', (_req, res) => {
        answers.add(res);
        closeIfClosing(res);
        res.once('close', () => {
            answers.delete(res);
            // The socket is marked idle only after this event: look again on the next turn.
            if (closing)
                setImmediate(() => server.closeIdleConnections());
        });
    });
    return {
        start: () => {
            closing = true;
            for (const res of answers)
                closeIfClosing(res);
            server.closeIdleConnections();
        },
        inFlight: () => answers.size,
    };
}
