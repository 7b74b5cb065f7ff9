import { Registry } from 'prom-client';
import type { HandlerMap } from '../../contracts/handler.js';
import type { RequestObservation } from '../pipeline/pipeline.js';
/** Label value of requests that matched no operation (404, 405). */
export declare const UNMATCHED = "unmatched";
/**
 * Latency buckets in seconds: fine below 25 ms, where the gateway's own overhead lives, and
 * coarse up to the 30 s upstream timeout, where fault-injected latency lands.
 */
export declare const LATENCY_BUCKETS_SECONDS: readonly number[];
/** Where the journal gauge reads each sandbox's journal size. */
export interface JournalSizeSource {
    /** Ids of the sandboxes that exist now. */
    sandboxIds(): readonly string[];
    /** Entries the sandbox's journal holds now (after retention). */
    size(sandboxId: string): Promise<number>;
}
/** What {@link createGatewayMetrics} reads at scrape time; every source is optional. */
export interface GatewayMetricsOptions {
    /** Journal sizes per sandbox; without it the gauge has no series. */
    readonly journal?: JournalSizeSource;
    /**
     * Webhook deliveries waiting to be sent (pending or retrying). The hub supplies it once its
     * outbox exists; until then the gauge reads 0.
     */
    readonly webhookBacklog?: () => number | Promise<number>;
    /**
     * Process metrics (CPU, memory, event-loop lag, GC; prom-client's defaults, unprefixed).
     * prom-client never releases their GC observer and event-loop monitor, so a process building
     * many gateways (tests) may turn them off. Default: on.
     */
    readonly processMetrics?: boolean;
}
/** The metrics of one gateway: its own registry, the pipeline observer and `/metrics`. */
export interface GatewayMetrics {
    /** This gateway's registry (never prom-client's global default one). */
    readonly registry: Registry;
    /** The pipeline's `observe` hook: counts the request and records its latency. */
    readonly observe: (event: RequestObservation) => void;
    /** The `sandboxGetMetrics` handler (`GET /metrics`). */
    readonly handlers: HandlerMap;
}
/**
 * Builds a gateway's metrics on a registry of its own, so two gateways in one process (tests,
 * embedders) never share or clash: request counts and latency by system, operation and status,
 * journal entries per sandbox, the webhook backlog, and process metrics. Labels never carry
 * personal data.
 * @see specs/sandbox.yaml `sandboxGetMetrics`; issue 5 ("/metrics")
 */
export declare function createGatewayMetrics(options?: GatewayMetricsOptions): GatewayMetrics;
