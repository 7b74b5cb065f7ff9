import { describe, expect, it } from 'vitest';
import type { HandlerInput } from '../../contracts/handler.js';
import { testContracts } from '../../test/support/gateway.js';
import {
  closedPortUrl,
  sendJson,
  startFakeUpstream,
  type FakeUpstream,
} from '../../test/support/upstream-server.js';
import { createUpstreamHandlers } from './handlers.js';

const TIMEOUT_MS = 200;

const lookup: HandlerInput = {
  operationId: 'dancuLookupCitizen',
  params: {},
  query: {},
  headers: { 'x-officer-id': 'cb.hotich.38001', 'x-muc-dich': 'XAC_THUC_NGUOI_NOP' },
  body: { soDinhDanh: '038090000001' },
  requestId: 'corr-7',
};

function lookupHandler(baseUrl: string, fetch?: typeof globalThis.fetch) {
  const handlers = createUpstreamHandlers({
    contracts: testContracts(),
    upstreams: { dancu: { baseUrl, timeoutMs: TIMEOUT_MS } },
    ...(fetch ? { fetch } : {}),
  });
  const handler = handlers.get('dancuLookupCitizen');
  if (!handler) throw new Error('no dancu handler');
  return handler;
}

function answering(status: number, body: string, contentType: string) {
  return startFakeUpstream((res) =>
    res.writeHead(status, { 'content-type': contentType }).end(body),
  );
}

function lastRequest(upstream: FakeUpstream) {
  const request = upstream.received.at(-1);
  if (!request) throw new Error('the upstream received nothing');
  return request;
}

describe('createUpstreamHandlers', () => {
  it('covers every route operation of the configured systems and nothing else', () => {
    const contracts = testContracts();
    const handlers = createUpstreamHandlers({
      contracts,
      upstreams: { dancu: { baseUrl: 'http://127.0.0.1:1', timeoutMs: TIMEOUT_MS } },
    });
    const dancu = (contracts.index.bySystem.get('dancu') ?? []).filter((o) => o.kind === 'route');
    expect([...handlers.keys()].sort()).toEqual(dancu.map((o) => o.operationId).sort());
  });

  it('forwards the call and passes the answer back', async () => {
    await using upstream = await startFakeUpstream((res) =>
      res
        .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5' })
        .end('{"hoTen":"Nguyễn Văn A"}'),
    );
    const output = await lookupHandler(upstream.url)(lookup);
    expect(output).toEqual({
      status: 200,
      contentType: 'application/json',
      headers: { 'retry-after': '5' },
      body: { hoTen: 'Nguyễn Văn A' },
    });
    const received = lastRequest(upstream);
    expect(received).toMatchObject({
      method: 'POST',
      url: '/dancu/v1/cong-dan/tra-cuu',
      body: '{"soDinhDanh":"038090000001"}',
    });
    expect(received.headers).toMatchObject({
      'x-request-id': 'corr-7',
      'x-officer-id': 'cb.hotich.38001',
      'content-type': 'application/json',
    });
  });

  it('answers 504 UPSTREAM_TIMEOUT when the upstream is slower than the timeout', async () => {
    await using upstream = await startFakeUpstream((res) => {
      setTimeout(() => sendJson(res, 200, {}), TIMEOUT_MS * 5).unref();
    });
    const started = performance.now();
    const output = await lookupHandler(upstream.url)(lookup);
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS * 4);
    expect(output).toMatchObject({
      status: 504,
      fromGateway: true,
      body: { code: 'UPSTREAM_TIMEOUT', instance: 'urn:lienthong-sandbox:request:corr-7' },
    });
  });

  it('answers 504 when the body trickles in beyond the timeout', async () => {
    await using upstream = await startFakeUpstream((res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).write('{');
    });
    const output = await lookupHandler(upstream.url)(lookup);
    expect(output).toMatchObject({ status: 504, body: { code: 'UPSTREAM_TIMEOUT' } });
  });

  it('stops waiting at the timeout even when the client ignores the signal', async () => {
    const never: typeof globalThis.fetch = () => new Promise<Response>(() => undefined);
    const output = await lookupHandler('http://agency.test', never)(lookup);
    expect(output).toMatchObject({ status: 504, body: { code: 'UPSTREAM_TIMEOUT' } });
  });

  it('answers 502 UPSTREAM_UNREACHABLE when the connection is refused', async () => {
    const output = await lookupHandler(await closedPortUrl())(lookup);
    expect(output).toMatchObject({
      status: 502,
      contentType: 'application/problem+json',
      fromGateway: true,
      body: { code: 'UPSTREAM_UNREACHABLE', detail: expect.stringContaining('ECONNREFUSED') },
    });
  });

  it('answers 502 UPSTREAM_UNREACHABLE when the upstream resets the connection', async () => {
    await using upstream = await startFakeUpstream((res) => res.socket?.destroy());
    const output = await lookupHandler(upstream.url)(lookup);
    expect(output).toMatchObject({ status: 502, body: { code: 'UPSTREAM_UNREACHABLE' } });
  });

  it('answers 502 UPSTREAM_UNREACHABLE when the name does not resolve', async () => {
    // The shape undici rejects with; a real lookup would depend on this machine's resolver.
    const cause = Object.assign(new Error('getaddrinfo ENOTFOUND agency.test'), {
      code: 'ENOTFOUND',
    });
    const unresolved: typeof globalThis.fetch = () =>
      Promise.reject(new TypeError('fetch failed', { cause }));
    const output = await lookupHandler('http://agency.test', unresolved)(lookup);
    expect(output).toMatchObject({
      status: 502,
      body: { code: 'UPSTREAM_UNREACHABLE', detail: expect.stringContaining('ENOTFOUND') },
    });
  });

  it('answers 502 UPSTREAM_MALFORMED for a JSON answer that does not parse', async () => {
    await using upstream = await answering(200, '{"hoTen": "Nguy', 'application/json');
    const output = await lookupHandler(upstream.url)(lookup);
    expect(output).toMatchObject({ status: 502, body: { code: 'UPSTREAM_MALFORMED' } });
  });

  it('answers 502 UPSTREAM_MALFORMED for HTML where the contract declares JSON', async () => {
    await using upstream = await answering(200, '<html>Bad gateway</html>', 'text/html');
    const output = await lookupHandler(upstream.url)(lookup);
    expect(output).toMatchObject({
      status: 502,
      body: { code: 'UPSTREAM_MALFORMED', detail: expect.stringContaining('text/html') },
    });
  });

  it('passes a 503 problem of the upstream through', async () => {
    const unavailable = { type: 'urn:x', title: 'Bảo trì', status: 503, code: 'MAINTENANCE' };
    await using upstream = await startFakeUpstream((res) =>
      res
        .writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '30' })
        .end(JSON.stringify(unavailable)),
    );
    const output = await lookupHandler(upstream.url)(lookup);
    expect(output).toEqual({
      status: 503,
      contentType: 'application/problem+json',
      headers: { 'retry-after': '30' },
      body: unavailable,
    });
  });

  it('answers a 503 without a problem body with 503 UPSTREAM_UNAVAILABLE, keeping Retry-After', async () => {
    await using upstream = await startFakeUpstream((res) =>
      res.writeHead(503, { 'content-type': 'text/html', 'retry-after': '60' }).end('<h1>down</h1>'),
    );
    const output = await lookupHandler(upstream.url)(lookup);
    expect(output).toMatchObject({
      status: 503,
      headers: { 'retry-after': '60' },
      fromGateway: true,
      body: { code: 'UPSTREAM_UNAVAILABLE' },
    });
  });

  it('passes an answer outside the contract on, for response validation to judge', async () => {
    await using upstream = await answering(418, '{"teapot":true}', 'application/json');
    const output = await lookupHandler(upstream.url)(lookup);
    expect(output).toMatchObject({ status: 418, body: { teapot: true } });
    expect(output.fromGateway).toBeUndefined();
  });
});
