import { describe, expect, it } from 'vitest';
import type { Handler } from '../../contracts/handler.js';
import { startTestGateway, testContracts } from '../support/gateway.js';

const officer = { 'x-officer-id': 'cb.hotich.38001' };
const confirmation = {
  loaiXacNhan: 'DONG_Y_CHU_HO',
  soDinhDanhNguoiXacNhan: '038090001234',
  maHoSo: '000.00.00.H38-260915-0007-TT',
  noiDung: 'Đồng ý cho Lê Minh An đăng ký thường trú vào hộ gia đình',
};

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as {
    type: string;
    status: number;
    code: string;
    instance: string;
    errors?: { pointer: string; code: string }[];
  };
}

describe('contract enforcement over HTTP', () => {
  it('answers an unknown path with a 404 problem that carries the request id', async () => {
    await using gateway = await startTestGateway();
    const response = await fetch(`${gateway.url}/hotich/v1/khong-co`, {
      headers: { 'x-request-id': 'req-42' },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toBe('req-42');
    expect(await problemOf(response)).toMatchObject({
      code: 'ROUTE_NOT_FOUND',
      instance: 'urn:lienthong-sandbox:request:req-42',
    });
  });

  it('answers a wrong method with 405 and the allowed methods', async () => {
    await using gateway = await startTestGateway();
    const response = await fetch(`${gateway.url}/vneid/v1/xac-nhan`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await problemOf(response)).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
  });

  it('lists every violation of an invalid request with JSON pointers, and runs no handler', async () => {
    let ran = false;
    const handler: Handler = async () => {
      ran = true;
      return { status: 201, body: {} };
    };
    await using gateway = await startTestGateway({
      handlers: new Map([['vneidRequestConfirmation', handler]]),
    });
    const response = await fetch(`${gateway.url}/vneid/v1/xac-nhan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...confirmation, soDinhDanhNguoiXacNhan: '38090001234' }),
    });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/header/x-officer-id', code: 'REQUIRED' }),
        expect.objectContaining({ pointer: '/body/soDinhDanhNguoiXacNhan', code: 'PATTERN' }),
      ]),
    );
    expect(ran).toBe(false);
  });

  it('answers malformed JSON with a 400 problem', async () => {
    await using gateway = await startTestGateway();
    const response = await fetch(`${gateway.url}/vneid/v1/xac-nhan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...officer },
      body: '{"loaiXacNhan": ',
    });
    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({ code: 'MALFORMED_JSON' });
  });

  it('answers an undeclared media type with 415', async () => {
    await using gateway = await startTestGateway();
    const response = await fetch(`${gateway.url}/vneid/v1/xac-nhan`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...officer },
      body: 'hello',
    });
    expect(response.status).toBe(415);
    expect(await problemOf(response)).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('answers a body over the configured limit with 413', async () => {
    await using gateway = await startTestGateway({ config: { bodyLimitBytes: 2048 } });
    const response = await fetch(`${gateway.url}/vneid/v1/xac-nhan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...officer },
      body: JSON.stringify({ ...confirmation, noiDung: 'x'.repeat(4096) }),
    });
    expect(response.status).toBe(413);
    expect(await problemOf(response)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers a valid request with its contract example until the operation has behaviour', async () => {
    await using gateway = await startTestGateway();
    const response = await fetch(`${gateway.url}/vneid/v1/xac-nhan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...officer },
      body: JSON.stringify(confirmation),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('lienthong-mock')).toBe('example');
    const body: unknown = await response.json();
    expect(
      testContracts().validators.validateResponse(
        'vneidRequestConfirmation',
        201,
        'application/json',
        body,
      ).ok,
    ).toBe(true);
  });

  it('replaces an answer that breaks the contract with a 502 problem in strict mode', async () => {
    const broken: Handler = async () => ({
      status: 200,
      body: { soDinhDanh: '038090001234', mucDoDinhDanh: 7 },
    });
    await using gateway = await startTestGateway({
      handlers: new Map([['vneidGetAccount', broken]]),
    });
    const response = await fetch(`${gateway.url}/vneid/v1/tai-khoan/038090001234`, {
      headers: { ...officer, 'x-muc-dich': 'KHAI_SINH', 'x-ma-ho-so': '000.00.00.H38-260915-0007' },
    });
    expect(response.status).toBe(502);
    expect(await problemOf(response)).toMatchObject({
      code: 'RESPONSE_CONTRACT_VIOLATED',
      errors: expect.arrayContaining([
        expect.objectContaining({ pointer: '/response/mucDoDinhDanh' }),
      ]),
    });
  });

  it('passes a contract-breaking answer through with a warning header in lenient mode', async () => {
    const broken: Handler = async () => ({
      status: 200,
      body: { soDinhDanh: '038090001234', mucDoDinhDanh: 7, trangThai: 'HOAT_DONG' },
    });
    await using gateway = await startTestGateway({
      config: { responseValidation: 'lenient' },
      handlers: new Map([['vneidGetAccount', broken]]),
    });
    const response = await fetch(`${gateway.url}/vneid/v1/tai-khoan/038090001234`, {
      headers: { ...officer, 'x-muc-dich': 'KHAI_SINH', 'x-ma-ho-so': '000.00.00.H38-260915-0007' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('lienthong-contract-warning')).toContain(
      '/response/mucDoDinhDanh ENUM',
    );
  });

  it('turns a handler crash into a 500 problem without leaking the error', async () => {
    const crashing: Handler = async () => {
      throw new Error('secret stack detail 038090001234');
    };
    await using gateway = await startTestGateway({
      handlers: new Map([['vneidGetHealth', crashing]]),
    });
    const response = await fetch(`${gateway.url}/vneid/v1/suc-khoe`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('secret');
    expect(JSON.parse(text)).toMatchObject({ code: 'INTERNAL_ERROR' });
  });
});

describe('API reference', () => {
  it('lists every system with its operations', async () => {
    await using gateway = await startTestGateway();
    const html = await (await fetch(`${gateway.url}/docs`)).text();
    for (const system of [
      'lienthong',
      'tinh',
      'hotich',
      'dancu',
      'cutru',
      'bhxh',
      'xahoi',
      'yte',
      'vneid',
      'sandbox',
    ]) {
      expect(html).toContain(`href="/docs/${system}"`);
    }
  });

  it('serves each bundled spec as self-contained JSON', async () => {
    await using gateway = await startTestGateway();
    const response = await fetch(`${gateway.url}/specs/hotich.json`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ openapi: '3.1.0' });
    expect(text).not.toContain('common.yaml');
  });
});
