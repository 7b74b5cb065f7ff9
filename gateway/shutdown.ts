import type { Logger } from 'pino';
import type { RunningServer } from './server.js';

/** The signals that stop `lienthong serve`. */
export const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** What {@link shutdownOnSignals} needs; `process` in `bin/`, fakes in tests. */
export interface ShutdownOptions {
  readonly server: Pick<RunningServer, 'close'>;
  /** Releases what outlives the server (sandbox clocks' timers), once it is closed. */
  readonly dispose: () => void | Promise<void>;
  readonly logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  readonly exit: (code: number) => void;
  /** Where the signals come from (`process`). */
  readonly signals: {
    on(signal: string, listener: (signal: string) => void): unknown;
    removeListener(signal: string, listener: (signal: string) => void): unknown;
  };
  /** The bound on in-flight requests (default: the server's, 10 s). */
  readonly graceMs?: number;
}

/**
 * Stops gracefully on SIGINT or SIGTERM: stop accepting connections, let in-flight requests
 * finish (cut after `graceMs`), dispose the sandboxes, exit 0. A second signal during the drain
 * exits 1 at once. Returns a function that removes the listeners.
 * @see issue 5 ("Graceful shutdown")
 */
export function shutdownOnSignals(options: ShutdownOptions): () => void {
  const { server, logger, exit, signals } = options;
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal during shutdown: exiting now');
      exit(1);
      return;
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    server
      .close(options.graceMs)
      .then(() => options.dispose())
      .then(
        () => {
          logger.info('shut down');
          exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          exit(1);
        },
      );
  };
  for (const signal of SHUTDOWN_SIGNALS) signals.on(signal, onSignal);
  return () => {
    for (const signal of SHUTDOWN_SIGNALS) signals.removeListener(signal, onSignal);
  };
}
