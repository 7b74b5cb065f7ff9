import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { createMetricsHandler } from './metrics-handler.js';
/** Label value of requests that matched no operation (404, 405). */
export const UNMATCHED = 'unmatched';
/**
 * Latency buckets in seconds: fine below 25 ms, where the gateway's own overhead lives, and
 * coarse up to the 30 s upstream timeout, where fault-injected latency lands.
 */
export const LATENCY_BUCKETS_SECONDS = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30,
];
/**
 * Builds a gateway's metrics on a registry of its own, so two gateways in one process (tests,
 * embedders) never share or clash: request counts and latency by system, operation and status,
 * journal entries per sandbox, the webhook backlog, and process metrics. Labels never carry
 * personal data.
 * @see specs/sandbox.yaml `sandboxGetMetrics`; issue 5 ("/metrics")
 */
export function createGatewayMetrics(options = {}) {
    const registry = new Registry();
    const labelNames = ['system', 'operation_id', 'status'];
    const requests = new Counter({
        name: 'lienthong_http_requests_total',
        help: 'HTTP requests handled by the gateway.',
        labelNames,
        registers: [registry],
    });
    const duration = new Histogram({
        name: 'lienthong_http_request_duration_seconds',
        help: 'Time the gateway pipeline took to answer a request, in seconds.',
        labelNames,
        buckets: [...LATENCY_BUCKETS_SECONDS],
        registers: [registry],
    });
    const journal = options.journal;
    new Gauge({
        name: 'lienthong_journal_entries',
        help: 'Entries held in the audit journal of each sandbox (after retention).',
        labelNames: ['sandbox_id'],
        registers: [registry],
        async collect() {
            // Deleted sandboxes must disappear from the exposition, so start from nothing.
            this.reset();
            if (!journal)
                return;
            for (const sandboxId of journal.sandboxIds())
                this.set({ sandbox_id: sandboxId }, await journal.size(sandboxId));
        },
    });
    const backlog = options.webhookBacklog ?? (() => 0);
    new Gauge({
        name: 'lienthong_webhook_backlog',
        help: 'Webhook deliveries waiting to be sent (pending or retrying).',
        registers: [registry],
        async collect() {
            this.set(await backlog());
        },
    });
    if (options.processMetrics !== false)
        collectDefaultMetrics({ register: registry });
    return {
        registry,
        observe: (event) => {
            const labels = {
                system: event.system ?? UNMATCHED,
                operation_id: event.operationId ?? UNMATCHED,
                status: String(event.status),
            };
            requests.inc(labels);
            duration.observe(labels, event.latencyMs / 1000);
        },
        handlers: new Map([['sandboxGetMetrics', createMetricsHandler(registry)]]),
    };
}
