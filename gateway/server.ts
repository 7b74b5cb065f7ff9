import type { Express } from 'express';
import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { requestListenerOf } from './create-gateway.js';

/** How long a graceful close waits for in-flight requests before cutting their connections. */
export const SHUTDOWN_GRACE_MS = 10_000;

/** A listening gateway. */
export interface RunningServer {
  readonly url: string;
  readonly server: Server;
  /**
   * Stops accepting connections and resolves once in-flight requests are finished, or once
   * `graceMs` (default {@link SHUTDOWN_GRACE_MS}) have passed and the remaining connections were
   * destroyed. Keep-alive connections are closed as soon as their last answer is sent.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * Listens on `host:port` (port 0 picks a free one).
 * @see issue 5 ("Graceful shutdown")
 */
export function listen(
  app: Express,
  host: string,
  port: number,
  logger: Logger,
): Promise<RunningServer> {
  return listenServer(createServer(requestListenerOf(app)), host, port, logger);
}

/** A gateway that listens while its app is still being built. */
export interface StartingServer extends RunningServer {
  /** Hands every later request to the built app. */
  serve(app: Express): void;
}

/**
 * Listens at once and answers with `starting` (readiness 503) until {@link StartingServer.serve}
 * hands over to the app, so `lienthong serve` is reachable while the sandbox is seeded.
 * @see issue 5 (start-up under 1 s); docs/decisions/0006-fast-host.md
 */
export async function listenEarly(
  starting: RequestListener,
  host: string,
  port: number,
  logger: Logger,
): Promise<StartingServer> {
  let handler: RequestListener = starting;
  const server = createServer((req, res) => handler(req, res));
  const running = await listenServer(server, host, port, logger);
  return {
    ...running,
    serve: (app) => {
      handler = requestListenerOf(app);
    },
  };
}

function listenServer(
  server: Server,
  host: string,
  port: number,
  logger: Logger,
): Promise<RunningServer> {
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
        close: (graceMs = SHUTDOWN_GRACE_MS) =>
          new Promise<void>((done, fail) => {
            const force = setTimeout(() => {
              logger.warn({ graceMs, inFlight: drain.inFlight() }, 'forcing connections closed');
              server.closeAllConnections();
            }, graceMs);
            server.close((closeError) => {
              clearTimeout(force);
              if (closeError) fail(closeError);
              else done();
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
function trackInFlight(server: Server): { start(): void; inFlight(): number } {
  const answers = new Set<ServerResponse>();
  let closing = false;
  const closeIfClosing = (res: ServerResponse) => {
    if (closing && !res.headersSent) res.setHeader('connection', 'close');
  };
  server.on('request', (_req, res: ServerResponse) => {
    answers.add(res);
    closeIfClosing(res);
    res.once('close', () => {
      answers.delete(res);
      // The socket is marked idle only after this event: look again on the next turn.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    start: () => {
      closing = true;
      for (const res of answers) closeIfClosing(res);
      server.closeIdleConnections();
    },
    inFlight: () => answers.size,
  };
}
