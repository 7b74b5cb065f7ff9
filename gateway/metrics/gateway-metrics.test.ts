import { register as globalRegistry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createGatewayMetrics } from './gateway-metrics.js';

const lookup = { operationId: 'dancuLookupCitizen', system: 'dancu', sandboxId: 'default' };

async function exposition(metrics: ReturnType<typeof createGatewayMetrics>): Promise<string> {
  const handler = metrics.handlers.get('sandboxGetMetrics');
  if (!handler) throw new Error('no sandboxGetMetrics handler');
  const output = await handler({
    operationId: 'sandboxGetMetrics',
    params: {},
    query: {},
    headers: {},
    body: undefined,
    requestId: 'test',
  });
  expect(output).toMatchObject({ status: 200, contentType: 'text/plain' });
  return output.body as string;
}

describe('gateway metrics', () => {
  it('counts requests by system, operation and status', async () => {
    const metrics = createGatewayMetrics({ processMetrics: false });
    metrics.observe({ ...lookup, status: 200, latencyMs: 3 });
    metrics.observe({ ...lookup, status: 200, latencyMs: 4 });
    metrics.observe({ ...lookup, status: 403, latencyMs: 1 });
    const text = await exposition(metrics);
    expect(text).toContain(
      'lienthong_http_requests_total{system="dancu",operation_id="dancuLookupCitizen",status="200"} 2',
    );
    expect(text).toContain(
      'lienthong_http_requests_total{system="dancu",operation_id="dancuLookupCitizen",status="403"} 1',
    );
  });

  it('records latency in seconds in a histogram', async () => {
    const metrics = createGatewayMetrics({ processMetrics: false });
    metrics.observe({ ...lookup, status: 200, latencyMs: 4 });
    const text = await exposition(metrics);
    const labels = 'system="dancu",operation_id="dancuLookupCitizen",status="200"';
    expect(text).toContain(
      `lienthong_http_request_duration_seconds_bucket{le="0.0025",${labels}} 0`,
    );
    expect(text).toContain(
      `lienthong_http_request_duration_seconds_bucket{le="0.005",${labels}} 1`,
    );
    expect(text).toContain(`lienthong_http_request_duration_seconds_sum{${labels}} 0.004`);
  });

  it('labels requests that matched no operation as unmatched', async () => {
    const metrics = createGatewayMetrics({ processMetrics: false });
    metrics.observe({ status: 404, latencyMs: 1 });
    expect(await exposition(metrics)).toContain(
      'lienthong_http_requests_total{system="unmatched",operation_id="unmatched",status="404"} 1',
    );
  });

  it('reports the journal size of each existing sandbox at scrape time', async () => {
    const sizes = new Map([
      ['default', 12],
      ['run-1', 3],
    ]);
    const metrics = createGatewayMetrics({
      processMetrics: false,
      journal: { sandboxIds: () => [...sizes.keys()], size: async (id) => sizes.get(id) ?? 0 },
    });
    expect(await exposition(metrics)).toContain('lienthong_journal_entries{sandbox_id="run-1"} 3');
    sizes.delete('run-1');
    sizes.set('default', 13);
    const text = await exposition(metrics);
    expect(text).toContain('lienthong_journal_entries{sandbox_id="default"} 13');
    expect(text).not.toContain('run-1');
  });

  it('reads a webhook backlog of 0 until a source is supplied', async () => {
    expect(await exposition(createGatewayMetrics({ processMetrics: false }))).toContain(
      'lienthong_webhook_backlog 0',
    );
    const supplied = createGatewayMetrics({ processMetrics: false, webhookBacklog: async () => 7 });
    expect(await exposition(supplied)).toContain('lienthong_webhook_backlog 7');
  });

  it('includes process metrics unless turned off', async () => {
    expect(await exposition(createGatewayMetrics())).toContain('process_cpu_user_seconds_total');
    expect(await exposition(createGatewayMetrics({ processMetrics: false }))).not.toContain(
      'process_cpu_user_seconds_total',
    );
  });

  it('keeps each gateway on its own registry, never the global one', async () => {
    const first = createGatewayMetrics({ processMetrics: false });
    const second = createGatewayMetrics({ processMetrics: false });
    first.observe({ ...lookup, status: 200, latencyMs: 1 });
    expect(await exposition(second)).not.toContain('status="200"');
    expect(await globalRegistry.metrics()).not.toContain('lienthong_');
  });
});
