import { describe, expect, it } from 'vitest';
import { startSandboxApp } from '../support/sandbox-app.js';

type App = Awaited<ReturnType<typeof startSandboxApp>>;

const officerHeaders = { 'x-officer-id': 'cb.hotich.38001' };

function confirmer(app: App): string {
  const person = app.sandbox.population.people.find(
    (p) => p.death === null && p.vneid.level >= 2 && p.vneid.status === 'ACTIVE',
  );
  if (!person) throw new Error('no citizen who can confirm');
  return person.id;
}

/** Asks a citizen to confirm as tinh-demo; the citizen leaves it waiting. */
async function requestPending(app: App, maHoSo = '000.00.00.H38-260915-0007-TT') {
  const response = await fetch(`${app.url}/vneid/v1/xac-nhan`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await app.token('tinh-demo')}`,
      'content-type': 'application/json',
      prefer: 'outcome=pending',
      ...officerHeaders,
    },
    body: JSON.stringify({
      loaiXacNhan: 'DONG_Y_CHU_HO',
      soDinhDanhNguoiXacNhan: confirmer(app),
      maHoSo,
      noiDung: 'Đồng ý cho Lê Minh An đăng ký thường trú vào hộ gia đình',
    }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { maXacNhan: string; trangThai: string };
}

async function admin(app: App, method: string, path: string, body?: unknown) {
  return fetch(`${app.url}/sandbox/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await app.token('sandbox-admin')}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

describe('VNeID confirmations through the control plane', () => {
  it('decides a waiting confirmation so that VNeID shows the answer', async () => {
    await using app = await startSandboxApp();
    const { maXacNhan, trangThai } = await requestPending(app);
    expect(trangThai).toBe('CHO_XAC_NHAN');

    const decided = await admin(
      app,
      'POST',
      `/sandboxes/default/confirmations/${maXacNhan}/decision`,
      { answer: 'DONG_Y' },
    );
    expect(decided.status).toBe(200);
    expect(await decided.json()).toMatchObject({ maXacNhan, trangThai: 'DONG_Y' });

    const shown = await fetch(`${app.url}/vneid/v1/xac-nhan/${maXacNhan}`, {
      headers: { authorization: `Bearer ${await app.token('tinh-demo')}`, ...officerHeaders },
    });
    expect(shown.status).toBe(200);
    expect(await shown.json()).toMatchObject({ maXacNhan, trangThai: 'DONG_Y' });
  });

  it('refuses a second answer with 409 CONFIRMATION_ALREADY_ANSWERED', async () => {
    await using app = await startSandboxApp();
    const { maXacNhan } = await requestPending(app);
    const path = `/sandboxes/default/confirmations/${maXacNhan}/decision`;
    await admin(app, 'POST', path, { answer: 'TU_CHOI' });
    const again = await admin(app, 'POST', path, { answer: 'DONG_Y' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'CONFIRMATION_ALREADY_ANSWERED' });
  });

  it('lists confirmations newest first, filtered by state and dossier, page by page', async () => {
    await using app = await startSandboxApp();
    const first = await requestPending(app);
    const second = await requestPending(app);
    const other = await requestPending(app, '000.00.00.H38-260915-0009-TT');
    await admin(app, 'POST', `/sandboxes/default/confirmations/${first.maXacNhan}/decision`, {
      answer: 'DONG_Y',
    });

    const waiting = await admin(app, 'GET', '/sandboxes/default/confirmations?state=CHO_XAC_NHAN');
    const ids = (await waiting.json()) as { items: { maXacNhan: string }[] };
    expect(ids.items.map((c) => c.maXacNhan)).toEqual([other.maXacNhan, second.maXacNhan]);

    const page = (await (
      await admin(
        app,
        'GET',
        '/sandboxes/default/confirmations?maHoSo=000.00.00.H38-260915-0007-TT&limit=1',
      )
    ).json()) as { items: { maXacNhan: string }[]; nextCursor: string };
    const next = (await (
      await admin(app, 'GET', `/sandboxes/default/confirmations?limit=1&cursor=${page.nextCursor}`)
    ).json()) as { items: { maXacNhan: string }[] };
    expect(page.items.map((c) => c.maXacNhan)).toEqual([second.maXacNhan]);
    expect(next.items).toHaveLength(1);
  });

  it('answers an unknown sandbox with 404 SANDBOX_NOT_FOUND', async () => {
    await using app = await startSandboxApp();
    const response = await admin(app, 'GET', '/sandboxes/sbx-none/confirmations');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'SANDBOX_NOT_FOUND' });
  });

  it('answers an unknown confirmation with 404 CONFIRMATION_NOT_FOUND', async () => {
    await using app = await startSandboxApp();
    const response = await admin(
      app,
      'POST',
      '/sandboxes/default/confirmations/XN-999999/decision',
      {
        answer: 'DONG_Y',
      },
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'CONFIRMATION_NOT_FOUND' });
  });
});
