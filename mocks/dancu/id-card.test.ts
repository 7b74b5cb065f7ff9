import { expect, it } from 'vitest';
import type { Person } from '../domain/population/types.js';
import { createTestSandbox, type TestSandbox } from '../../test/support/sandbox.js';
import { communesOf } from '../domain/admin-units/index.js';
import { dossierCode, pick, WRITE_HEADERS } from './test-support.js';

interface Family {
  readonly child: Person;
  readonly mother: Person;
}

function familyOf(sandbox: TestSandbox, test: (child: Person) => boolean, what: string): Family {
  const { byId, people } = sandbox.population;
  const child = pick(people, what, (p) => {
    const mother = byId.get(p.motherId ?? '');
    return p.death === null && mother !== undefined && mother.death === null && test(p);
  });
  return { child, mother: byId.get(child.motherId ?? '') as Person };
}

const under6WithResidence = (sandbox: TestSandbox) =>
  familyOf(
    sandbox,
    (p) => p.birthDate > '2021-01-01' && p.residence === 'REGISTERED',
    'child under 6 with residence',
  );

function application(family: Family, overrides: Record<string, unknown> = {}) {
  return {
    maHoSo: dossierCode('CC'),
    soDinhDanh: family.child.id,
    nguoiDaiDien: { hoTen: family.mother.fullName, soDinhDanh: family.mother.id, quanHe: 'ME' },
    hinhThucNhan: 'VNEID_VA_BUU_CHINH',
    ...overrides,
  };
}

const apply = (sandbox: TestSandbox, body: unknown, headers: Record<string, string> = {}) =>
  sandbox.invoke('dancuApplyIdCard', { headers: { ...WRITE_HEADERS, ...headers }, body });

const read = (sandbox: TestSandbox, id: string) =>
  sandbox.invoke('dancuGetIdCardApplication', {
    params: { maHoSoCanCuoc: id },
    headers: WRITE_HEADERS,
  });

it('accepts an application for a child under 6 as TIEP_NHAN with ngayHenTra 7 working days later', async () => {
  const sandbox = await createTestSandbox();
  const answer = await apply(sandbox, application(under6WithResidence(sandbox)));
  expect(answer.status).toBe(201);
  expect(answer.body).toMatchObject({
    trangThai: 'TIEP_NHAN',
    thoiDiemTiepNhan: '2026-09-15T09:00:00+07:00',
    ngayHenTra: '2026-09-24T17:00:00+07:00',
    lyDo: [],
  });
  expect(answer.body.maHoSoCanCuoc).toMatch(/^CC-2026-\d{6}$/);
  expect(answer.headers?.location).toBe(`/dancu/v1/can-cuoc/ho-so/${answer.body.maHoSoCanCuoc}`);
  expect(answer.body.theCanCuoc).toBeUndefined();
});

it('shows the application DANG_XU_LY from the next working day, then DA_CAP with the card at ngayHenTra', async () => {
  const sandbox = await createTestSandbox();
  const family = under6WithResidence(sandbox);
  const accepted = await apply(sandbox, application(family));
  const id = accepted.body.maHoSoCanCuoc;
  await sandbox.clock.set(new Date('2026-09-16T08:00:00+07:00'));
  expect((await read(sandbox, id)).body.trangThai).toBe('DANG_XU_LY');
  await sandbox.clock.set(new Date('2026-09-24T17:00:00+07:00'));
  const issued = await read(sandbox, id);
  expect(issued.body.trangThai).toBe('DA_CAP');
  const birthday14 = `${Number(family.child.birthDate.slice(0, 4)) + 14}${family.child.birthDate.slice(4)}`;
  expect(issued.body.theCanCuoc).toEqual({
    soThe: family.child.id,
    ngayCap: '2026-09-24',
    ngayHetHan: birthday14.endsWith('02-29') ? birthday14.replace('02-29', '02-28') : birthday14,
    noiCap: 'Bộ Công an',
  });
  expect(issued.body.giayTo).toMatchObject({
    maGiayTo: family.child.id,
    loaiGiayTo: 'THE_CAN_CUOC',
    ngayCap: '2026-09-24T17:00:00+07:00',
  });
  expect(sandbox.keys.verify(issued.body.giayTo.jws).ok).toBe(true);
});

it('refuses a second application while one is open with 409 ID_CARD_APPLICATION_EXISTS', async () => {
  const sandbox = await createTestSandbox();
  const family = under6WithResidence(sandbox);
  await apply(sandbox, application(family));
  const again = await apply(sandbox, application(family));
  expect(again.status).toBe(409);
  expect(again.body.code).toBe('ID_CARD_APPLICATION_EXISTS');
});

it('refuses applications before the 2026 regime with REGIME_NOT_IN_FORCE', async () => {
  const sandbox = await createTestSandbox({ now: '2026-08-20T09:00:00+07:00' });
  const answer = await apply(sandbox, application(under6WithResidence(sandbox)));
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('REGIME_NOT_IN_FORCE');
});

it('refuses a child aged 6 or more with CHILD_NOT_UNDER_6', async () => {
  const sandbox = await createTestSandbox();
  const family = familyOf(
    sandbox,
    (p) => p.birthDate < '2020-09-15' && p.birthDate > '2014-01-01',
    'child aged 6 to 12',
  );
  const answer = await apply(sandbox, application(family));
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('CHILD_NOT_UNDER_6');
});

it('refuses an unknown child with CITIZEN_NOT_FOUND', async () => {
  const sandbox = await createTestSandbox();
  const answer = await apply(
    sandbox,
    application(under6WithResidence(sandbox), { soDinhDanh: '001099999999' }),
  );
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('CITIZEN_NOT_FOUND');
});

it('refuses a child recorded dead with CITIZEN_DECEASED', async () => {
  const sandbox = await createTestSandbox();
  const family = under6WithResidence(sandbox);
  await sandbox.invoke('dancuRecordDeath', {
    headers: WRITE_HEADERS,
    body: {
      soDinhDanh: family.child.id,
      ngayMat: '2026-09-14',
      maDangKyKhaiTu: 'KT-80-2026-000046',
      maHoSo: dossierCode('KT'),
    },
  });
  const answer = await apply(sandbox, application(family));
  expect(answer.body.code).toBe('CITIZEN_DECEASED');
});

it('refuses a representative who is not a parent of the child with REPRESENTATIVE_NOT_PERMITTED', async () => {
  const sandbox = await createTestSandbox();
  const family = under6WithResidence(sandbox);
  const stranger = { hoTen: family.mother.fullName, soDinhDanh: family.mother.id, quanHe: 'CHA' };
  const answer = await apply(sandbox, application(family, { nguoiDaiDien: stranger }));
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('REPRESENTATIVE_NOT_PERMITTED');
});

it('refuses a child without a permanent residence with NO_PERMANENT_RESIDENCE', async () => {
  const sandbox = await createTestSandbox();
  const mother = pick(
    sandbox.population.byTrait.get('EXPECTING_MOTHER') ?? [],
    'expecting mother',
    (p) => p.death === null,
  );
  const issued = await sandbox.invoke('dancuIssuePersonalId', {
    headers: WRITE_HEADERS,
    body: {
      maHoSo: dossierCode('KS', '38'),
      maDangKyKhaiSinh: 'KS-38-2026-000201',
      hoTen: 'Lê Minh An',
      ngaySinh: '2026-09-10',
      gioiTinh: 'NAM',
      noiDangKyKhaiSinh: { maXa: communesOf('38')[0]?.code, maTinh: '38' },
      me: { soDinhDanh: mother.id },
    },
  });
  const child = { ...mother, id: issued.body.soDinhDanh as string };
  const answer = await apply(sandbox, application({ child, mother }, { soDinhDanh: child.id }));
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('NO_PERMANENT_RESIDENCE');
});

it('decides TU_CHOI when the representative name differs from the register, and then accepts a new application', async () => {
  const sandbox = await createTestSandbox();
  const family = under6WithResidence(sandbox);
  const wrongName = { hoTen: 'Tên Không Khớp', soDinhDanh: family.mother.id, quanHe: 'ME' };
  const accepted = await apply(sandbox, application(family, { nguoiDaiDien: wrongName }));
  expect(accepted.body.trangThai).toBe('TIEP_NHAN');
  await sandbox.clock.set(new Date('2026-09-25T09:00:00+07:00'));
  const refused = await read(sandbox, accepted.body.maHoSoCanCuoc);
  expect(refused.body).toMatchObject({
    trangThai: 'TU_CHOI',
    lyDo: [{ ma: 'THONG_TIN_KHONG_THONG_NHAT' }],
  });
  expect(refused.body.theCanCuoc).toBeUndefined();
  const again = await apply(sandbox, application(family));
  expect(again.status).toBe(201);
});

it('decides TU_CHOI with the reason forced by Prefer outcome=refuse', async () => {
  const sandbox = await createTestSandbox();
  const accepted = await apply(sandbox, application(under6WithResidence(sandbox)), {
    prefer: 'outcome=refuse; reason=ANH_KHONG_HOP_LE',
  });
  await sandbox.clock.set(new Date('2026-09-24T17:00:00+07:00'));
  const refused = await read(sandbox, accepted.body.maHoSoCanCuoc);
  expect(refused.body).toMatchObject({ trangThai: 'TU_CHOI', lyDo: [{ ma: 'ANH_KHONG_HOP_LE' }] });
});

it('answers 404 for an unknown ID card application', async () => {
  const sandbox = await createTestSandbox();
  const answer = await read(sandbox, 'CC-2026-999999');
  expect(answer.status).toBe(404);
  expect(answer.body.code).toBe('ID_CARD_APPLICATION_NOT_FOUND');
});
