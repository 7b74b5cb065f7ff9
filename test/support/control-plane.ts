/**
 * Calls to the control plane and to an agency as the HTTP tests of client systems, officers and
 * confirmations make them, over {@link startSandboxApp}.
 */
import type { startSandboxApp } from './sandbox-app.js';

/** The running sandbox of a test. */
export type App = Awaited<ReturnType<typeof startSandboxApp>>;

/** The owner unit of the demo province. */
export const OWNER_UNIT = 'Văn phòng UBND tỉnh Thanh Hóa';

/** A client system of province 38 to register (the spec example, two purposes). */
export const registration = {
  clientId: 'motcua-thanhhoa',
  name: 'Hệ thống thông tin giải quyết TTHC tỉnh Thanh Hóa',
  ownerUnit: OWNER_UNIT,
  operatorUnit: 'Công ty Cổ phần Phần mềm Mẫu',
  securityUnit: 'Sở Khoa học và Công nghệ tỉnh Thanh Hóa',
  securityLevel: 3,
  levelDossier: { id: '1234/QĐ-UBND', approvedAt: '2025-11-20T10:00:00+07:00' },
  registeredPurposes: ['XAC_THUC_NGUOI_NOP', 'KHAI_SINH'],
  scopes: ['lienthong.read', 'dancu.read'],
  maTinh: '38',
  version: '2.4.1',
};

/** An OFFICER of the owner unit to create. */
export const officer = {
  officerId: 'cb.motcua.38100',
  hoTen: 'Nguyễn Văn Nam',
  soDinhDanh: '038188002468',
  unit: OWNER_UNIT,
  role: 'OFFICER',
  hasTthcFunction: true,
  devices: ['MT-38-0100'],
};

/** Calls the control plane (`/sandbox/v1…`) as sandbox-admin. */
export async function admin(
  app: App,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return fetch(`${app.url}/sandbox/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await app.token('sandbox-admin')}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

/** Registers a client system; the answer and its parsed body. */
export async function register(app: App, request: object = registration) {
  const response = await admin(app, 'POST', '/clients', request);
  return { response, body: (await response.json()) as Record<string, unknown> };
}

/** Asks for a token with explicit credentials. */
export async function tokenWith(app: App, clientId: string, clientSecret: string) {
  return fetch(`${app.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    }),
  });
}

/** Looks up a living citizen at dancu as `officerId`, for purpose XAC_THUC_NGUOI_NOP. */
export async function lookup(app: App, token: string, officerId: string) {
  const person = app.sandbox.population.people.find((p) => p.death === null);
  if (!person) throw new Error('no living person');
  return fetch(`${app.url}/dancu/v1/cong-dan/tra-cuu`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'x-officer-id': officerId,
      'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
      'x-ma-ho-so': '000.00.00.H38-260915-0001',
    },
    body: JSON.stringify({ soDinhDanh: person.id }),
  });
}
