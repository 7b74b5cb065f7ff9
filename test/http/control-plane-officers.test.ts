import { describe, expect, it } from 'vitest';
import { INVENTORY_CSV_COLUMNS } from '../../gateway/auth/index.js';
import { admin, lookup, officer, OWNER_UNIT, register } from '../support/control-plane.js';
import { startSandboxApp } from '../support/sandbox-app.js';

describe('officer accounts and the account inventory through the control plane', () => {
  it('creates, lists, reads and updates officer accounts of a client', async () => {
    await using app = await startSandboxApp();
    const created = await admin(app, 'POST', '/clients/tinh-demo/officers', officer);
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(
      '/sandbox/v1/clients/tinh-demo/officers/cb.motcua.38100',
    );
    expect(await created.json()).toMatchObject({ status: 'ACTIVE', lastUsedAt: null });

    const first = (await (
      await admin(app, 'GET', '/clients/tinh-demo/officers?limit=1')
    ).json()) as {
      items: { officerId: string }[];
      nextCursor: string;
    };
    const second = (await (
      await admin(app, 'GET', `/clients/tinh-demo/officers?limit=1&cursor=${first.nextCursor}`)
    ).json()) as { items: { officerId: string }[]; nextCursor: null };
    expect([...first.items, ...second.items].map((o) => o.officerId)).toEqual([
      'cb.hotich.38001',
      'cb.motcua.38100',
    ]);
    expect(second.nextCursor).toBeNull();

    const patched = await admin(
      app,
      'PATCH',
      '/clients/tinh-demo/officers/cb.motcua.38100',
      { status: 'INACTIVE', devices: ['MT-38-0101'] },
      { 'content-type': 'application/merge-patch+json' },
    );
    expect(await patched.json()).toMatchObject({ status: 'INACTIVE', devices: ['MT-38-0101'] });
    const read = await admin(app, 'GET', '/clients/tinh-demo/officers/cb.motcua.38100');
    expect(await read.json()).toMatchObject({ status: 'INACTIVE', hoTen: officer.hoTen });
    const active = await admin(app, 'GET', '/clients/tinh-demo/officers?status=ACTIVE');
    expect(((await active.json()) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('stops the calls of an officer account set INACTIVE', async () => {
    await using app = await startSandboxApp();
    const token = await app.token('tinh-demo');
    await admin(app, 'PATCH', '/clients/tinh-demo/officers/cb.hotich.38001', {
      status: 'INACTIVE',
    });
    const response = await lookup(app, token, 'cb.hotich.38001');
    expect(await response.json()).toMatchObject({ status: 403, code: 'OFFICER_NOT_PERMITTED' });
  });

  it('refuses a duplicate officer id, an OFFICER outside the owner unit and a foreign account', async () => {
    await using app = await startSandboxApp();
    await register(app);
    const duplicate = await admin(app, 'POST', '/clients/tinh-demo/officers', {
      ...officer,
      officerId: 'cb.hotich.38001',
    });
    const outsider = await admin(app, 'POST', '/clients/tinh-demo/officers', {
      ...officer,
      unit: 'Công ty Cổ phần Phần mềm Mẫu',
    });
    const foreign = await admin(app, 'GET', '/clients/motcua-thanhhoa/officers/cb.hotich.38001');
    expect(await duplicate.json()).toMatchObject({ status: 409, code: 'OFFICER_EXISTS' });
    expect(await outsider.json()).toMatchObject({ status: 422, code: 'OFFICER_UNIT_MISMATCH' });
    expect(await foreign.json()).toMatchObject({ status: 404, code: 'OFFICER_NOT_FOUND' });
  });

  it('reports the account inventory as JSON', async () => {
    await using app = await startSandboxApp();
    await admin(app, 'POST', '/clients/tinh-demo/officers', { ...officer, hasTthcFunction: false });
    const response = await admin(app, 'GET', '/clients/tinh-demo/inventory');
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toMatchObject({
      clientId: 'tinh-demo',
      ownerUnit: OWNER_UNIT,
      idleAccountDays: 90,
      totals: { accounts: 2, active: 2, surplus: 1 },
      rows: [
        { officerId: 'cb.hotich.38001', flags: { surplus: false } },
        { officerId: 'cb.motcua.38100', flags: { surplus: true } },
      ],
    });
  });

  it('flags accounts idle against the clock of the sandbox the request names', async () => {
    await using app = await startSandboxApp();
    await admin(app, 'POST', '/sandboxes/default/clock/advance', { duration: 'P100D' });
    const aged = await admin(app, 'GET', '/clients/tinh-demo/inventory');
    const strict = await admin(app, 'GET', '/clients/tinh-demo/inventory?idleAccountDays=365');
    await admin(app, 'POST', '/sandboxes', { sandboxId: 'sbx-fresh', name: 'Fresh clock' });
    const fresh = await admin(app, 'GET', '/clients/tinh-demo/inventory', undefined, {
      'x-sandbox-id': 'sbx-fresh',
    });
    expect(await fresh.json()).toMatchObject({ totals: { idle: 0 } });
    expect(await aged.json()).toMatchObject({
      totals: { idle: 1 },
      rows: [{ flags: { idle: true } }],
    });
    expect(await strict.json()).toMatchObject({ idleAccountDays: 365, totals: { idle: 0 } });
  });

  it('reports the account inventory as CSV when asked for text/csv', async () => {
    await using app = await startSandboxApp();
    await admin(app, 'POST', '/clients/tinh-demo/officers', officer);
    const response = await admin(app, 'GET', '/clients/tinh-demo/inventory', undefined, {
      accept: 'text/csv',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('lienthong-contract-warning')).toBeNull();
    const [header, ...lines] = (await response.text()).trimEnd().split('\n');
    expect(header).toBe(INVENTORY_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^cb\.motcua\.38100,Nguyễn Văn Nam,.*,MT-38-0100,false,false,false$/);
  });
});
