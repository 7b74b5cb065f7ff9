import { createServer, type Server } from 'node:http';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../gateway/config.js';
import { createGateway } from '../../gateway/create-gateway.js';
import { listen, type RunningServer } from '../../gateway/server.js';
import { testContracts } from '../support/gateway.js';

// The same app served twice: through `listen` (the node:http host answers API calls itself)
// and mounted as a plain express app in an embedder's server. Both must answer alike.
const logger = pino({ level: 'silent' });
const app = createGateway({
  contracts: testContracts(),
  config: { ...DEFAULT_CONFIG, port: 0 },
  logger,
});
let hosted: RunningServer;
let mounted: Server;
let mountedUrl: string;

beforeAll(async () => {
  hosted = await listen(app, '127.0.0.1', 0, logger);
  mounted = createServer(app);
  await new Promise<void>((resolve) => mounted.listen(0, '127.0.0.1', resolve));
  const address = mounted.address();
  mountedUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await hosted.close();
  await new Promise<void>((resolve) => mounted.close(() => resolve()));
});

interface Answer {
  readonly status: number;
  readonly contentType: string | null;
  readonly requestId: string | null;
  readonly body: string;
}

async function both(path: string, init: RequestInit = {}): Promise<[Answer, Answer]> {
  const ask = async (base: string): Promise<Answer> => {
    const response = await fetch(`${base}${path}`, {
      ...init,
      headers: { 'x-request-id': 'req-node-host-1', ...init.headers },
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      requestId: response.headers.get('x-request-id'),
      body: await response.text(),
    };
  };
  return [await ask(hosted.url), await ask(mountedUrl)];
}

const LOOKUP = '/dancu/v1/cong-dan/tra-cuu';
const READ_HEADERS = {
  'x-officer-id': 'cb.hotich.38001',
  'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
  'x-ma-ho-so': '000.00.00.H38-260915-0001',
};

it('answers an unknown path with the same 404 problem as express', async () => {
  const [fast, express] = await both('/khong-co');
  expect(fast).toEqual(express);
  expect(fast).toMatchObject({
    status: 404,
    contentType: 'application/problem+json; charset=utf-8',
    requestId: 'req-node-host-1',
  });
});

it('answers a wrong method with the same 405 problem as express', async () => {
  const [fast, express] = await both(LOOKUP, { method: 'GET' });
  expect(fast).toEqual(express);
  expect(fast.status).toBe(405);
});

it('answers malformed JSON with the same 400 problem as express', async () => {
  const [fast, express] = await both(LOOKUP, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...READ_HEADERS },
    body: '{"soDinhDanh": ',
  });
  expect(fast).toEqual(express);
  expect(JSON.parse(fast.body)).toMatchObject({ status: 400, code: 'MALFORMED_JSON' });
});

it('answers a valid call and an invalid one alike', async () => {
  for (const body of [{ soDinhDanh: '001099000001' }, { soDinhDanh: 'abc', extra: true }]) {
    const [fast, express] = await both(LOOKUP, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...READ_HEADERS },
      body: JSON.stringify(body),
    });
    expect(fast).toEqual(express);
    expect(fast.contentType).toMatch(/^application\/(problem\+)?json; charset=utf-8$/);
  }
});

it('passes a query string to validation the same way', async () => {
  const [fast, express] = await both('/healthz?unknown=1&unknown=2');
  expect(fast.status).toBe(express.status);
  expect(fast.contentType).toBe(express.contentType);
});

it('leaves a body of another media type to express (415)', async () => {
  const [fast, express] = await both(LOOKUP, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', ...READ_HEADERS },
    body: 'soDinhDanh=001099000001',
  });
  expect(fast).toEqual(express);
  expect(fast.status).toBe(415);
});

it('answers HEAD with the headers of GET and no body', async () => {
  const [fast, express] = await both('/readyz', { method: 'HEAD' });
  expect(fast).toEqual(express);
  expect(fast.body).toBe('');
});
