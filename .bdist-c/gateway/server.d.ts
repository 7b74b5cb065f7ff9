import type { Express } from 'express';
import { type RequestListener, type Server } from 'node:http';
import type { Logger } from 'pino';
/** How long a graceful close waits for in-flight requests before cutting their connections. */
export declare const SHUTDOWN_GRACE_MS = 10000;
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
export declare function listen(app: Express, host: string, port: number, logger: Logger): Promise<RunningServer>;
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
export declare function listenEarly(starting: RequestListener, host: string, port: number, logger: Logger): Promise<StartingServer>;
