import { expect, it } from 'vitest';
import { checkOfficer } from './client-access.js';
import { buildInventory, renderInventoryCsv, usedFromTwoDevices } from './inventory.js';
import type { OfficerRecord } from './officer-registry.js';
import { authFixture, clientIn } from './test-support.js';
import type { Officer } from './types.js';

const CLIENT = clientIn('CONNECTED', { clientId: 'tinh-demo' });
const UNIT = CLIENT.ownerUnit;

function account(
  officer: Partial<Officer>,
  recentUses: OfficerRecord['recentUses'] = [],
): OfficerRecord {
  return {
    officer: {
      officerId: 'cb.hotich.38001',
      clientId: 'tinh-demo',
      hoTen: 'Lê Thị Thu Hà',
      unit: UNIT,
      role: 'OFFICER',
      hasTthcFunction: true,
      devices: [],
      status: 'ACTIVE',
      createdAt: '2026-09-01T08:00:00+07:00',
      lastUsedAt: null,
      ...officer,
    },
    recentUses,
  };
}

it('renders the inventory of the spec example, as JSON rows and as CSV', () => {
  const inventory = buildInventory(
    CLIENT,
    [
      account({ devices: ['MT-38-0001', 'MT-38-0007'], lastUsedAt: '2026-09-15T09:12:00+07:00' }, [
        { deviceId: 'MT-38-0001', at: '2026-09-15T09:05:00+07:00' },
        { deviceId: 'MT-38-0007', at: '2026-09-15T09:12:00+07:00' },
      ]),
      account({
        officerId: 'cb.vanthu.38002',
        hoTen: 'Trần Văn Bình',
        hasTthcFunction: false,
        createdAt: '2026-03-02T08:00:00+07:00',
        lastUsedAt: '2026-04-10T14:20:00+07:00',
        devices: ['MT-38-0002'],
      }),
      account({
        officerId: 'qt.38.admin',
        hoTen: 'Phạm Minh Đức',
        role: 'OWNER_ADMIN',
        status: 'INACTIVE',
      }),
    ],
    { now: new Date('2026-09-15T11:00:00+07:00') },
  );
  expect(inventory.totals).toEqual({ accounts: 3, active: 2, surplus: 1, idle: 1, shared: 1 });
  expect(inventory.rows.map((r) => r.flags)).toEqual([
    { surplus: false, idle: false, shared: true },
    { surplus: true, idle: true, shared: false },
    { surplus: false, idle: false, shared: false },
  ]);
  expect(renderInventoryCsv(inventory)).toBe(
    [
      'officerId,hoTen,unit,role,hasTthcFunction,createdAt,lastUsedAt,status,devices,surplus,idle,shared',
      'cb.hotich.38001,Lê Thị Thu Hà,Văn phòng UBND tỉnh Thanh Hóa,OFFICER,true,2026-09-01T08:00:00+07:00,2026-09-15T09:12:00+07:00,ACTIVE,MT-38-0001;MT-38-0007,false,false,true',
      'cb.vanthu.38002,Trần Văn Bình,Văn phòng UBND tỉnh Thanh Hóa,OFFICER,false,2026-03-02T08:00:00+07:00,2026-04-10T14:20:00+07:00,ACTIVE,MT-38-0002,true,true,false',
      'qt.38.admin,Phạm Minh Đức,Văn phòng UBND tỉnh Thanh Hóa,OWNER_ADMIN,true,2026-09-01T08:00:00+07:00,,INACTIVE,,false,false,false',
      '',
    ].join('\n'),
  );
});

it.each([
  { name: 'used 90 days ago', lastUsedAt: '2026-06-17T11:00:00+07:00', days: 90, idle: false },
  { name: 'used 91 days ago', lastUsedAt: '2026-06-16T10:59:00+07:00', days: 90, idle: true },
  {
    name: 'used 31 days ago with a 30-day threshold',
    lastUsedAt: '2026-08-15T10:00:00+07:00',
    days: 30,
    idle: true,
  },
  { name: 'never used, created long ago', lastUsedAt: null, days: 30, idle: true },
])('flags an account $name as idle=$idle', ({ lastUsedAt, days, idle }) => {
  const inventory = buildInventory(
    CLIENT,
    [account({ lastUsedAt, createdAt: '2026-01-05T08:00:00+07:00' })],
    {
      now: new Date('2026-09-15T11:00:00+07:00'),
      idleAccountDays: days,
    },
  );
  expect(inventory.rows[0]?.flags.idle).toBe(idle);
});

it.each([
  {
    name: 'one device',
    uses: [
      ['A', '09:00'],
      ['A', '09:01'],
    ],
    shared: false,
  },
  {
    name: 'two devices 10 minutes apart',
    uses: [
      ['A', '09:00'],
      ['B', '09:10'],
    ],
    shared: true,
  },
  {
    name: 'two devices 11 minutes apart',
    uses: [
      ['A', '09:00'],
      ['B', '09:11'],
    ],
    shared: false,
  },
  { name: 'no uses', uses: [], shared: false },
])('flags $name as shared=$shared', ({ uses, shared }) => {
  const list = uses.map(([deviceId, hm]) => ({
    deviceId: deviceId ?? '',
    at: `2026-09-15T${hm}:00+07:00`,
  }));
  expect(usedFromTwoDevices(list, 10 * 60_000)).toBe(shared);
});

it('quotes CSV fields with commas or quotes', () => {
  const inventory = buildInventory(CLIENT, [account({ hoTen: 'Nguyễn "Bé", Văn A' })], {
    now: new Date(),
  });
  expect(renderInventoryCsv(inventory).split('\n')[1]).toContain('"Nguyễn ""Bé"", Văn A"');
});

it('creates named accounts in the owner unit and refuses one person holding OWNER_ADMIN and OPERATOR', async () => {
  const { clients, officers } = await authFixture();
  await clients.seed(CLIENT, 'initial-secret-123456');
  const base = { hoTen: 'Phạm Minh Đức', soDinhDanh: '038188002468', hasTthcFunction: true };
  const admin = await officers.create('tinh-demo', {
    ...base,
    officerId: 'qt.38.admin',
    unit: UNIT,
    role: 'OWNER_ADMIN',
  });
  expect(admin.ok && admin.value).toMatchObject({
    status: 'ACTIVE',
    lastUsedAt: null,
    devices: [],
  });
  const operator = await officers.create('tinh-demo', {
    ...base,
    officerId: 'vh.38.op',
    unit: 'Công ty Mẫu',
    role: 'OPERATOR',
  });
  expect(operator.ok ? 'ok' : operator.error.code).toBe('ROLE_CONFLICT');
  const outsider = await officers.create('tinh-demo', {
    ...base,
    soDinhDanh: '038188002469',
    officerId: 'cb.38.x',
    unit: 'Sở Tư pháp',
    role: 'OFFICER',
  });
  expect(outsider.ok ? 'ok' : outsider.error.code).toBe('OFFICER_UNIT_MISMATCH');
  const twice = await officers.create('tinh-demo', {
    ...base,
    officerId: 'qt.38.admin',
    unit: UNIT,
    role: 'OWNER_ADMIN',
  });
  expect(twice.ok ? 'ok' : twice.error.code).toBe('OFFICER_EXISTS');
  const unknown = await officers.create('nobody', {
    ...base,
    officerId: 'cb.38.y',
    unit: UNIT,
    role: 'OFFICER',
  });
  expect(unknown.ok ? 'ok' : unknown.error.code).toBe('CLIENT_NOT_FOUND');
  const demoted = await officers.update('qt.38.admin', { role: 'OPERATOR' });
  expect(demoted.ok && demoted.value.role).toBe('OPERATOR');
});

it('checks the officer of a call and records its use', async () => {
  const { officers, clock } = await withCivilStatusOfficer();
  await officers.create('tinh-demo', {
    officerId: 'cb.vanthu.38002',
    hoTen: 'Trần Văn Bình',
    unit: UNIT,
    role: 'OFFICER',
    hasTthcFunction: false,
  });
  const codeOf = async (id: unknown) => {
    const r = await checkOfficer(officers, CLIENT, id);
    return r.ok ? 'ok' : r.error.problem.code;
  };
  expect(await codeOf(undefined)).toBe('OFFICER_REQUIRED');
  expect(await codeOf('cb.hotich.38001')).toBe('ok');
  expect(await codeOf('cb.vanthu.38002')).toBe('OFFICER_NOT_PERMITTED');
  expect(await codeOf('cb.unknown.1')).toBe('OFFICER_NOT_PERMITTED');
  expect(
    (await checkOfficer(officers, { ...CLIENT, clientId: 'other' }, 'cb.hotich.38001')).ok,
  ).toBe(false);
  await officers.update('cb.hotich.38001', { status: 'INACTIVE' });
  expect(await codeOf('cb.hotich.38001')).toBe('OFFICER_NOT_PERMITTED');
  await officers.recordUse('cb.hotich.38001', 'MT-38-0001');
  await clock.advance(5 * 60_000);
  await officers.recordUse('cb.hotich.38001', 'MT-38-0007');
  const record = await officers.get('cb.hotich.38001');
  expect(record?.officer.lastUsedAt).toBe('2026-09-15T09:05:00+07:00');
  const inventory = buildInventory(CLIENT, await officers.listByClient('tinh-demo'), {
    now: clock.now(),
  });
  expect(inventory.rows.map((r) => [r.officerId, r.flags.shared, r.flags.surplus])).toEqual([
    ['cb.hotich.38001', true, false],
    ['cb.vanthu.38002', false, true],
  ]);
});

it('records repeated uses within one second from one workstation once', async () => {
  const { officers, clock } = await withCivilStatusOfficer();
  await officers.recordUse('cb.hotich.38001', 'MT-38-0001');
  await officers.recordUse('cb.hotich.38001', 'MT-38-0001');
  await officers.recordUse('cb.hotich.38001', undefined);
  await officers.recordUse('cb.hotich.38001', 'MT-38-0007');
  await clock.advance(1000);
  await officers.recordUse('cb.hotich.38001', 'MT-38-0001');
  const record = await officers.get('cb.hotich.38001');
  expect(record?.recentUses.map((use) => [use.deviceId, use.at])).toEqual([
    ['MT-38-0001', '2026-09-15T09:00:00+07:00'],
    ['MT-38-0007', '2026-09-15T09:00:00+07:00'],
    ['MT-38-0001', '2026-09-15T09:00:01+07:00'],
  ]);
  expect(record?.officer.lastUsedAt).toBe('2026-09-15T09:00:01+07:00');
});

it('records concurrent uses from one workstation within one second once', async () => {
  const { officers } = await withCivilStatusOfficer();
  await Promise.all([
    officers.recordUse('cb.hotich.38001', 'MT-38-0001'),
    officers.recordUse('cb.hotich.38001', 'MT-38-0001'),
    officers.recordUse('cb.hotich.38001', 'MT-38-0001'),
  ]);
  const record = await officers.get('cb.hotich.38001');
  expect(record?.recentUses.map((use) => use.deviceId)).toEqual(['MT-38-0001']);
});

/** The demo client with one civil-status officer, `cb.hotich.38001`. */
async function withCivilStatusOfficer(): Promise<Awaited<ReturnType<typeof authFixture>>> {
  const fixture = await authFixture();
  await fixture.clients.seed(CLIENT, 'initial-secret-123456');
  await fixture.officers.create('tinh-demo', {
    officerId: 'cb.hotich.38001',
    hoTen: 'Lê Thị Thu Hà',
    unit: UNIT,
    role: 'OFFICER',
    hasTthcFunction: true,
  });
  return fixture;
}
