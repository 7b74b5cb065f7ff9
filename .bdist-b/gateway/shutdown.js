/** The signals that stop `lienthong serve`. */
export const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'];
/**
 * Stops gracefully on SIGINT or SIGTERM: stop accepting connections, let in-flight requests
 * finish (cut after `graceMs`), dispose the sandboxes, exit 0. A second signal during the drain
 * exits 1 at once. Returns a function that removes the listeners.
 * @see issue 5 ("Graceful shutdown")
 */
export function shutdownOnSignals(options) {
    const { server, logger, exit, signals } = options;
    let stopping = false;
    const onSignal = (signal) => {
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
            .then(() => {
            logger.info('shut down');
            exit(0);
        }, (error) => {
            logger.error({ err: error }, 'shutdown failed');
            exit(1);
        });
    };
    for (const signal of SHUTDOWN_SIGNALS)
        signals.on(signal, onSignal);
    return () => {
        for (const signal of SHUTDOWN_SIGNALS)
            signals.removeListener(signal, onSignal);
    };
}
