import { beforeAll, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from '../../test/support/sandbox.js';
import { allowedFields } from './access-rules.js';
import { dossierCode, pick, readHeaders } from './test-support.js';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox();
});

const alive = (p: { death: unknown }) => p.death === null;
const lookup = (purpose: string, maHoSo: string, body: Record<string, unknown>) =>
  sandbox.invoke('dancuLookupCitizen', { headers: readHeaders(purpose, maHoSo), body });

it('returns exactly the fields the purpose allows, with null where the register holds nothing', async () => {
  const single = pick(
    sandbox.population.people,
    'living single adult',
    (p) => alive(p) && p.maritalStatus === 'SINGLE' && p.birthDate < '2000-01-01',
  );
  const answer = await lookup('KHAI_SINH', dossierCode('KS'), { soDinhDanh: single.id });
  expect(answer.status).toBe(200);
  const expected = allowedFields('KHAI_SINH');
  expect(answer.body.meta.truongTraVe).toEqual(expected);
  expect(Object.keys(answer.body).sort()).toEqual([...expected, 'meta'].sort());
  expect(answer.body.voChong).toBeNull();
  expect(answer.body.gioiTinh).toBeUndefined();
  expect(answer.body.meta.trangThaiSong).toBe('CON_SONG');
});

it('returns only the requested fields when truong is given', async () => {
  const person = pick(sandbox.population.people, 'living person', alive);
  const answer = await lookup('XAC_THUC_NGUOI_NOP', dossierCode('TT'), {
    soDinhDanh: person.id,
    truong: ['ngaySinh', 'hoTen'],
  });
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({
    hoTen: person.fullName,
    ngaySinh: person.birthDate,
    meta: {
      mucDich: 'XAC_THUC_NGUOI_NOP',
      truongTraVe: ['hoTen', 'ngaySinh'],
      trangThaiSong: 'CON_SONG',
    },
  });
});

it('refuses a requested field outside the purpose allow-list with FIELD_NOT_PERMITTED', async () => {
  const person = pick(sandbox.population.people, 'living person', alive);
  const answer = await lookup('XAC_THUC_NGUOI_NOP', dossierCode('KS'), {
    soDinhDanh: person.id,
    truong: ['hoTen', 'nhomMau'],
  });
  expect(answer.status).toBe(403);
  expect(answer.body.code).toBe('FIELD_NOT_PERMITTED');
  expect(answer.body.errors[0].pointer).toBe('/body/truong/1');
  expect(JSON.stringify(answer.body)).not.toContain(person.id);
});

it('refuses a purpose the dossier procedure does not allow with PURPOSE_NOT_PERMITTED', async () => {
  const person = pick(sandbox.population.people, 'living person', alive);
  const answer = await lookup('KHAI_TU', dossierCode('KS'), { soDinhDanh: person.id });
  expect(answer.status).toBe(403);
  expect(answer.body.code).toBe('PURPOSE_NOT_PERMITTED');
});

it('refuses CAP_CAN_CUOC for a birth group dossier of the 2024 regime', async () => {
  const person = pick(sandbox.population.people, 'living person', alive);
  const answer = await lookup('CAP_CAN_CUOC', dossierCode('CC', '80', '260820'), {
    soDinhDanh: person.id,
  });
  expect(answer.status).toBe(403);
  expect(answer.body.code).toBe('PURPOSE_NOT_PERMITTED');
});

it('allows CAP_CAN_CUOC for a birth group dossier of the 2026 regime', async () => {
  const person = pick(sandbox.population.people, 'living person', alive);
  const answer = await lookup('CAP_CAN_CUOC', dossierCode('CC'), { soDinhDanh: person.id });
  expect(answer.status).toBe(200);
  expect(answer.body.meta.truongTraVe).toEqual(allowedFields('CAP_CAN_CUOC'));
});

it('allows any purpose when the dossier code does not tell its procedure', async () => {
  const person = pick(sandbox.population.people, 'living person', alive);
  const answer = await lookup('KHAI_TU', '000.00.00.H80-260915-0007', { soDinhDanh: person.id });
  expect(answer.status).toBe(200);
});

it('finds a citizen by legacy CMND number', async () => {
  const person = pick(
    sandbox.population.people,
    'person with a CMND',
    (p) => p.legacyIdNumber !== null,
  );
  const sharing = sandbox.population.people.filter(
    (p) => p.legacyIdNumber === person.legacyIdNumber,
  );
  const answer = await lookup('KHAI_TU', dossierCode('KT'), {
    soCmnd: person.legacyIdNumber,
    truong: ['soDinhDanh', 'soCmnd'],
  });
  if (sharing.length === 1) {
    expect(answer.body).toMatchObject({ soDinhDanh: person.id, soCmnd: person.legacyIdNumber });
  } else {
    expect(answer.body.code).toBe('CITIZEN_NOT_UNIQUE');
  }
});

it('finds a citizen by name and date of birth, whatever the case and spacing of the name', async () => {
  const person = pick(
    sandbox.population.people,
    'person with a unique name and birth date',
    (p) =>
      sandbox.population.people.filter(
        (q) => q.fullName === p.fullName && q.birthDate === p.birthDate,
      ).length === 1,
  );
  const answer = await lookup('XAC_THUC_NGUOI_NOP', dossierCode('KS'), {
    hoTen: `  ${person.fullName.toUpperCase()} `.replace(' ', '  '),
    ngaySinh: person.birthDate,
    gioiTinh: person.sex === 'MALE' ? 'NAM' : 'NU',
  });
  expect(answer.status).toBe(200);
  expect(answer.body.soDinhDanh).toBe(person.id);
});

it('answers 404 CITIZEN_NOT_FOUND for an unknown citizen', async () => {
  const answer = await lookup('XAC_THUC_NGUOI_NOP', dossierCode('KS'), {
    soDinhDanh: '001099999999',
  });
  expect(answer.status).toBe(404);
  expect(answer.body.code).toBe('CITIZEN_NOT_FOUND');
});

it('returns the household members, head first, for DK_THUONG_TRU only', async () => {
  const member = pick(
    sandbox.population.byTrait.get('NOT_HOUSEHOLD_HEAD') ?? [],
    'household member',
    () => true,
  );
  const household = sandbox.population.householdById.get(member.householdId ?? '');
  const residence = await lookup('DK_THUONG_TRU', dossierCode('TT'), { soDinhDanh: member.id });
  expect(residence.status).toBe(200);
  expect(residence.body.chuHo.soDinhDanh).toBe(household?.headId);
  expect(residence.body.thanhVienHo[0]).toMatchObject({
    soDinhDanh: household?.headId,
    quanHeVoiChuHo: 'CHU_HO',
  });
  expect(residence.body.thanhVienHo.length).toBeLessThanOrEqual(20);
  expect(residence.body.thanhVienHo.map((m: { soDinhDanh: string }) => m.soDinhDanh)).toContain(
    member.id,
  );
  const birth = await lookup('CAP_THE_BHYT', dossierCode('BHYT'), { soDinhDanh: member.id });
  expect(birth.body.thanhVienHo).toBeUndefined();
});

it('shows a registered death as DA_CHET with ngayMat', async () => {
  const dead = pick(
    sandbox.population.people,
    'registered death',
    (p) => p.death?.registeredOn != null,
  );
  const answer = await lookup('MAI_TANG_TU_TUAT', dossierCode('MT'), { soDinhDanh: dead.id });
  expect(answer.body.meta.trangThaiSong).toBe('DA_CHET');
  expect(answer.body.ngayMat).toBe(dead.death?.date);
});

it('still shows alive a person whose death is not yet registered', async () => {
  const [pending] = sandbox.population.byTrait.get('DECEASED_PENDING_REGISTRATION') ?? [];
  const answer = await lookup('KHAI_TU', dossierCode('KT'), { soDinhDanh: pending?.id });
  expect(answer.body.meta.trangThaiSong).toBe('CON_SONG');
  expect(answer.body.ngayMat).toBeNull();
});

it('rejects a lookup without the purpose header with a 400', async () => {
  const person = pick(sandbox.population.people, 'living person', alive);
  const answer = await sandbox.invoke('dancuLookupCitizen', {
    headers: { 'x-officer-id': 'cb.dancu.test', 'x-ma-ho-so': dossierCode('KS') },
    body: { soDinhDanh: person.id },
  });
  expect(answer.status).toBe(400);
});

it('verifies every declared field as KHOP when they match the register', async () => {
  const person = pick(sandbox.population.people, 'living person', alive);
  const answer = await sandbox.invoke('dancuVerifyCitizen', {
    headers: readHeaders('XAC_THUC_NGUOI_NOP', dossierCode('KS')),
    body: {
      soDinhDanh: person.id,
      hoTen: person.fullName.toLowerCase(),
      ngaySinh: person.birthDate,
    },
  });
  expect(answer.body).toMatchObject({ ketQua: 'KHOP', maHoSo: dossierCode('KS') });
  expect(answer.body.chiTiet).toEqual([
    { truong: 'soDinhDanh', ketQua: 'KHOP' },
    { truong: 'hoTen', ketQua: 'KHOP' },
    { truong: 'ngaySinh', ketQua: 'KHOP' },
  ]);
});

it('verifies a mismatch as KHONG_KHOP echoing the declared value, never the register value', async () => {
  const person = pick(
    sandbox.population.people,
    'registered resident',
    (p) => alive(p) && p.residence === 'REGISTERED',
  );
  const declaredAddress = {
    chiTiet: 'Số 1, đường Không Có',
    maXa: person.permanentAddress?.communeCode,
    maTinh: person.permanentAddress?.provinceCode,
  };
  const answer = await sandbox.invoke('dancuVerifyCitizen', {
    headers: readHeaders('XAC_THUC_NGUOI_NOP', dossierCode('TT')),
    body: { soDinhDanh: person.id, ngaySinh: '1901-01-01', diaChiThuongTru: declaredAddress },
  });
  expect(answer.body.ketQua).toBe('KHONG_KHOP');
  expect(answer.body.chiTiet).toEqual([
    { truong: 'soDinhDanh', ketQua: 'KHOP' },
    { truong: 'ngaySinh', ketQua: 'KHONG_KHOP', giaTriKhaiBao: '1901-01-01' },
    { truong: 'diaChiThuongTru', ketQua: 'KHONG_KHOP', giaTriKhaiBao: declaredAddress },
  ]);
  expect(JSON.stringify(answer.body)).not.toContain(person.birthDate);
});

it('verifies an unknown ID number as KHONG_TIM_THAY with no details', async () => {
  const answer = await sandbox.invoke('dancuVerifyCitizen', {
    headers: readHeaders('XAC_THUC_NGUOI_NOP', dossierCode('KS')),
    body: { soDinhDanh: '001099999999', hoTen: 'Nguyễn Văn A' },
  });
  expect(answer.body).toMatchObject({ ketQua: 'KHONG_TIM_THAY', chiTiet: [] });
});

it('refuses to verify a declared field outside the purpose allow-list', async () => {
  const person = pick(sandbox.population.people, 'living person', alive);
  const answer = await sandbox.invoke('dancuVerifyCitizen', {
    headers: readHeaders('XAC_THUC_NGUOI_NOP', dossierCode('KS')),
    body: { soDinhDanh: person.id, nhomMau: 'O' },
  });
  expect(answer.status).toBe(403);
  expect(answer.body.code).toBe('FIELD_NOT_PERMITTED');
});
