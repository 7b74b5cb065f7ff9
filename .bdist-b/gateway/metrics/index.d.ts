/**
 * Prometheus metrics of the gateway (`GET /metrics`): a registry per gateway, fed by the
 * pipeline's `observe` hook and read from the journal and the hub at scrape time.
 * @see specs/sandbox.yaml `sandboxGetMetrics`; gateway/metrics/README.md
 */
export { createGatewayMetrics, LATENCY_BUCKETS_SECONDS, UNMATCHED, type GatewayMetrics, type GatewayMetricsOptions, type JournalSizeSource, } from './gateway-metrics.js';
export { createMetricsHandler } from './metrics-handler.js';
