import { describe, expect, it } from 'vitest';
import type { HandlerInput } from '../../contracts/handler.js';
import { testContracts } from '../../test/support/gateway.js';
import { MissingPathParameterError, upstreamRequest } from './upstream-request.js';

function operation(operationId: string) {
  const found = testContracts().index.operations.get(operationId);
  if (!found) throw new Error(`no operation ${operationId}`);
  return found;
}

function input(overrides: Partial<HandlerInput>): HandlerInput {
  return {
    operationId: 'x',
    params: {},
    query: {},
    headers: {},
    body: undefined,
    requestId: 'req-1',
    ...overrides,
  };
}

describe('upstreamRequest', () => {
  it('rebuilds the path from the template with percent-encoded parameters', () => {
    const request = upstreamRequest(
      operation('cutruGetHousehold'),
      'http://agency.test/api',
      input({ params: { maHo: 'HO/38 01?#' } }),
    );
    expect(request.url).toBe('http://agency.test/api/cutru/v1/ho-gia-dinh/HO%2F38%2001%3F%23');
    expect(request.method).toBe('GET');
    expect(request.body).toBeUndefined();
  });

  it('forwards the validated query, coerced values as text', () => {
    const request = upstreamRequest(
      operation('yteListFacilities'),
      'http://agency.test',
      input({ query: { maTinh: '38', limit: 20, absent: undefined } }),
    );
    expect(request.url).toBe('http://agency.test/yte/v1/co-so-kcb?maTinh=38&limit=20');
  });

  it('sends only the declared headers, the correlation id and the sandbox', () => {
    const request = upstreamRequest(
      operation('dancuLookupCitizen'),
      'http://agency.test',
      input({
        requestId: 'corr-42',
        headers: {
          authorization: 'Bearer secret-token',
          cookie: 'a=b',
          'x-officer-id': 'cb.hotich.38001',
          'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
          'x-sandbox-id': 'team-a',
          'x-request-id': 'spoofed',
        },
        body: { soDinhDanh: '038090000001' },
      }),
    );
    expect(request.headers).toEqual({
      accept: 'application/json, application/problem+json',
      'x-request-id': 'corr-42',
      'x-officer-id': 'cb.hotich.38001',
      'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
      'x-sandbox-id': 'team-a',
      'content-type': 'application/json',
    });
    expect(request.body).toBe('{"soDinhDanh":"038090000001"}');
  });

  it('throws when validation let a path parameter through missing', () => {
    expect(() =>
      upstreamRequest(operation('cutruGetHousehold'), 'http://agency.test', input({})),
    ).toThrow(MissingPathParameterError);
  });
});
