import { describe, expect, it } from 'vitest';
import type { GatewayConfig } from '../../gateway/config.js';
import { startSandboxApp } from '../support/sandbox-app.js';
import { testContracts } from '../support/gateway.js';
import {
  closedPortUrl,
  sendJson,
  startFakeUpstream,
  type FakeUpstream,
} from '../support/upstream-server.js';

const TIMEOUT_MS = 200;

const lookupHeaders = {
  'content-type': 'application/json',
  'x-officer-id': 'cb.hotich.38001',
  'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
  'x-ma-ho-so': '000.00.00.H38-260915-0001',
};

/** The contract's own example of a successful lookup: what a well-behaved agency answers. */
function lookupExample(): unknown {
  const operation = testContracts().index.operations.get('dancuLookupCitizen');
  const example = operation?.responses['200']?.content['application/json']?.examples[0];
  if (example === undefined) throw new Error('dancuLookupCitizen has no 200 example');
  return example;
}

function withDancuAt(baseUrl: string): { config: Partial<GatewayConfig> } {
  return { config: { upstreams: { dancu: { baseUrl, timeoutMs: TIMEOUT_MS } } } };
}

async function lookup(url: string, token: string, headers: Record<string, string> = {}) {
  return fetch(`${url}/dancu/v1/cong-dan/tra-cuu`, {
    method: 'POST',
    headers: { ...lookupHeaders, authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ soDinhDanh: '038090000001' }),
  });
}

async function lookupThrough(upstream: FakeUpstream | string) {
  const baseUrl = typeof upstream === 'string' ? upstream : upstream.url;
  await using app = await startSandboxApp(withDancuAt(baseUrl));
  const response = await lookup(app.url, await app.token('tinh-demo'), {
    'x-request-id': 'corr-upstream-1',
  });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

describe('dispatch to a remote upstream over HTTP', () => {
  it('forwards a configured system to its upstream with the correlation id', async () => {
    const example = lookupExample();
    await using upstream = await startFakeUpstream((res) => sendJson(res, 200, example));
    const { response, body } = await lookupThrough(upstream);
    expect(response.status).toBe(200);
    expect(body).toEqual(example);
    expect(response.headers.get('x-request-id')).toBe('corr-upstream-1');
    const [received] = upstream.received;
    expect(received?.url).toBe('/dancu/v1/cong-dan/tra-cuu');
    expect(received?.headers).toMatchObject({
      'x-request-id': 'corr-upstream-1',
      'x-sandbox-id': 'default',
      'x-officer-id': 'cb.hotich.38001',
      'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
    });
    expect(received?.headers.authorization).toBeUndefined();
  });

  it('keeps the other systems in-process', async () => {
    await using upstream = await startFakeUpstream((res) => sendJson(res, 500, {}));
    await using app = await startSandboxApp(withDancuAt(upstream.url));
    const response = await fetch(`${app.url}/yte/v1/co-so-kcb?maTinh=38`, {
      headers: { authorization: `Bearer ${await app.token('tinh-demo')}` },
    });
    expect(response.status).toBe(200);
    expect(upstream.received).toHaveLength(0);
  });

  it('never calls the upstream when a stage refuses the request', async () => {
    await using upstream = await startFakeUpstream((res) => sendJson(res, 200, lookupExample()));
    await using app = await startSandboxApp(withDancuAt(upstream.url));
    const response = await lookup(app.url, 'not-a-token');
    expect(response.status).toBe(401);
    expect(upstream.received).toHaveLength(0);
  });

  it('answers 504 UPSTREAM_TIMEOUT when the upstream does not answer in time', async () => {
    await using upstream = await startFakeUpstream(() => undefined);
    const started = performance.now();
    const { response, body } = await lookupThrough(upstream);
    expect(response.status).toBe(504);
    expect(body).toMatchObject({
      code: 'UPSTREAM_TIMEOUT',
      instance: 'urn:lienthong-sandbox:request:corr-upstream-1',
    });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(upstream.received[0]?.headers['x-request-id']).toBe('corr-upstream-1');
  });

  it('answers 502 UPSTREAM_UNREACHABLE when nothing listens at the base URL', async () => {
    const { response, body } = await lookupThrough(await closedPortUrl());
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({ code: 'UPSTREAM_UNREACHABLE' });
  });

  it('answers 502 UPSTREAM_MALFORMED when the upstream answers garbage', async () => {
    await using upstream = await startFakeUpstream((res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('}{ not json'),
    );
    const { response, body } = await lookupThrough(upstream);
    expect(response.status).toBe(502);
    expect(body).toMatchObject({ code: 'UPSTREAM_MALFORMED' });
  });

  it('passes the upstream 503 through with its Retry-After', async () => {
    const unavailable = {
      type: 'urn:lienthong-sandbox:problem:service-unavailable',
      title: 'Hệ thống tạm thời không phục vụ được',
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
    };
    await using upstream = await startFakeUpstream((res) =>
      res
        .writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '30' })
        .end(JSON.stringify(unavailable)),
    );
    const { response, body } = await lookupThrough(upstream);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(body).toMatchObject(unavailable);
  });

  it('reports an answer outside the contract as 502 RESPONSE_CONTRACT_VIOLATED', async () => {
    await using upstream = await startFakeUpstream((res) =>
      sendJson(res, 200, { hoTen: 42, unexpected: true }),
    );
    const { response, body } = await lookupThrough(upstream);
    expect(response.status).toBe(502);
    expect(body).toMatchObject({ code: 'RESPONSE_CONTRACT_VIOLATED' });
  });
});
