/**
 * Dispatch to remote agencies (pipeline stage 7): one handler per route operation of every
 * system configured with a base URL, forwarding the validated call over HTTP with the
 * correlation id. Failures never hang and never throw: no answer within the timeout is a 504,
 * no connection a 502, an unreadable answer a 502, a 503 without explanation a 503 problem, all
 * marked as the gateway's own answers so response validation leaves them alone.
 * @see DESIGN.md §3; issue 5 pipeline stage 7
 */
import type { Logger } from 'pino';
import type { Contracts } from '../../contracts/contracts.js';
import type { Handler } from '../../contracts/handler.js';
import type { UpstreamTargets } from './upstream-config.js';
/** What {@link createUpstreamHandlers} needs. */
export interface UpstreamHandlersOptions {
    readonly contracts: Contracts;
    /** The systems to forward and where. */
    readonly upstreams: UpstreamTargets;
    /** The HTTP client; tests and embedders inject their own. */
    readonly fetch?: typeof globalThis.fetch;
    /** Receives a warning per failed exchange (no path: it may hold an ID number). */
    readonly logger?: Pick<Logger, 'warn'>;
}
/**
 * Handlers keyed by `operationId` for every route operation of each configured system; merged
 * after the in-process ones, they replace the mocks of those systems.
 */
export declare function createUpstreamHandlers(options: UpstreamHandlersOptions): Map<string, Handler>;
