import type { Logger } from 'pino';
import type { RunningServer } from './server.js';
/** The signals that stop `lienthong serve`. */
export declare const SHUTDOWN_SIGNALS: readonly ["SIGINT", "SIGTERM"];
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
export declare function shutdownOnSignals(options: ShutdownOptions): () => void;
