/**
 * `sandboxGetMetrics`: the registry in the Prometheus text format 0.0.4. The media type is the
 * contract's `text/plain` (0.0.4 is what Prometheus assumes when no version is given), so the
 * answer passes response validation like any other.
 * @see specs/sandbox.yaml `sandboxGetMetrics`
 */
export function createMetricsHandler(registry) {
    return async () => ({ status: 200, contentType: 'text/plain', body: await registry.metrics() });
}
