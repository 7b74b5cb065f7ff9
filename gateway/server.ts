import type { Express } from 'express';
import type { Server } from 'node:http';
import type { Logger } from 'pino';

/** A listening gateway. */
export interface RunningServer {
  readonly url: string;
  readonly server: Server;
  /** Stops accepting connections and resolves once in-flight requests are finished. */
  close(): Promise<void>;
}

/** Listens on `host:port` (port 0 picks a free one). */
export function listen(
  app: Express,
  host: string,
  port: number,
  logger: Logger,
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => {
      if (error) {
        reject(error);
        return;
      }
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
      logger.info({ url }, 'lienthong-sandbox listening');
      resolve({
        url,
        server,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((closeError) => (closeError ? fail(closeError) : done()));
            server.closeIdleConnections();
          }),
      });
    });
    server.on('error', reject);
  });
}
