import { beforeEach, expect, it } from 'vitest';
import { validateResidenceNoticeNumber } from '../domain/identifiers/index.js';
import type { Person } from '../domain/population/index.js';
import type { TestSandbox } from '../../test/support/sandbox.js';
import {
  cutruSandbox,
  deregisteredDead,
  headOf,
  households,
  OFFICER,
  purposeHeaders,
  registrationRequest,
  newcomers,
} from './test-fixtures.js';

let sandbox: TestSandbox;
beforeEach(async () => {
  sandbox = await cutruSandbox();
});

let free: Person[];
beforeEach(async () => {
  free = await newcomers(sandbox, 2);
});

function pick(index = 0) {
  const { population } = sandbox;
  const household = households(population)[index];
  const person = free[index];
  if (!household || !person) throw new Error('population lacks a household or a newcomer');
  return { population, household, person, head: headOf(population, household) };
}

function registerWith(body: unknown, headers: Record<string, string> = {}) {
  return sandbox.invoke('cutruRegisterPermanentResidence', {
    headers: { ...OFFICER, ...headers },
    body,
  });
}

it('registers a person into the household when the household head declares the CT01', async () => {
  const { population, household, person, head } = pick();
  const answer = await registerWith(registrationRequest({ person, household, population }));
  expect(answer.status).toBe(201);
  expect(answer.headers?.location).toBe(`/cutru/v1/thuong-tru/${answer.body.maDangKy}`);
  expect(answer.body).toMatchObject({ trangThai: 'DA_DANG_KY', maHo: household.id });
  const notice = answer.body.thongBaoKetQua;
  expect(validateResidenceNoticeNumber(notice.soThongBao, { kind: 'RESULT_NOTICE' }).ok).toBe(true);
  expect(notice.giayTo).toMatchObject({
    loaiGiayTo: 'THONG_BAO_KET_QUA_CU_TRU',
    coQuanCap: `000.00.00.H${household.address.provinceCode}`,
  });
  expect(notice.noiDung).toContain(head.fullName);
  const members = await sandbox.invoke('cutruGetHousehold', {
    params: { maHo: household.id },
    headers: purposeHeaders('DK_THUONG_TRU'),
  });
  expect(members.body.thanhVien).toContainEqual({
    hoTen: person.fullName,
    soDinhDanh: person.id,
    quanHeVoiChuHo: 'CON',
    ngaySinh: person.birthDate,
  });
  const residence = await sandbox.invoke('cutruGetResidence', {
    params: { soDinhDanh: person.id },
    headers: purposeHeaders('DK_THUONG_TRU'),
  });
  expect(residence.body).toMatchObject({
    trangThai: 'CO_THUONG_TRU',
    thuongTru: { maHo: household.id, quanHeVoiChuHo: 'CON', ngayDangKy: '2026-09-15' },
  });
});

it('counts the 2-working-day time limit from the day of receipt', async () => {
  const { population, household, person } = pick();
  const answer = await registerWith(registrationRequest({ person, household, population }));
  expect(answer.body.thoiDiemTiepNhan).toBe('2026-09-15T09:00:00+07:00');
  expect(answer.body.hanXuLy).toBe('2026-09-17T17:00:00+07:00');
});

it('registers when the CT01 signed by the household head is attached', async () => {
  const { population, household, person } = pick();
  const declarant = pick(1).head;
  const body = registrationRequest({ person, household, population, declarant, signedForm: true });
  const answer = await registerWith(body);
  expect(answer.body.trangThai).toBe('DA_DANG_KY');
});

it('refuses permanent residence when the household head has not consented on the CT01', async () => {
  const { population, household, person } = pick();
  const declarant = pick(1).head;
  const answer = await registerWith(
    registrationRequest({ person, household, population, declarant }),
  );
  expect(answer.status).toBe(201);
  expect(answer.body.trangThai).toBe('TU_CHOI');
  const slip = answer.body.phieuTuChoi;
  expect(slip.lyDo.map((r: { ma: string }) => r.ma)).toEqual(['CHU_HO_CHUA_DONG_Y']);
  expect(slip.giayTo.loaiGiayTo).toBe('PHIEU_TU_CHOI_CU_TRU');
  expect(validateResidenceNoticeNumber(slip.soPhieu, { kind: 'REFUSAL_SLIP' }).ok).toBe(true);
});

it('refuses an address whose commune is not in the administrative-unit catalogue', async () => {
  const { population, household, person } = pick();
  const body = registrationRequest({ person, household, population });
  const answer = await registerWith({ ...body, diaChi: { ...body.diaChi, maXa: '99999' } });
  expect(answer.body.trangThai).toBe('TU_CHOI');
  expect(answer.body.phieuTuChoi.lyDo).toContainEqual(
    expect.objectContaining({ ma: 'DIA_CHI_KHONG_TON_TAI', truong: '/diaChi/maXa' }),
  );
});

it('refuses an address whose commune is not in the declared province', async () => {
  const { population, household, person } = pick();
  const body = registrationRequest({ person, household, population });
  const otherProvince = household.address.provinceCode === '01' ? '79' : '01';
  const answer = await registerWith({ ...body, diaChi: { ...body.diaChi, maTinh: otherProvince } });
  expect(answer.body.phieuTuChoi.lyDo).toContainEqual(
    expect.objectContaining({ ma: 'DIA_CHI_KHONG_TON_TAI', truong: '/diaChi/maTinh' }),
  );
});

it('refuses a person already registered in another household', async () => {
  const { population, household } = pick();
  const elsewhere = population.people.find(
    (p) => p.residence === 'REGISTERED' && p.death === null && p.householdId !== household.id,
  );
  if (!elsewhere) throw new Error('no registered person');
  const answer = await registerWith(
    registrationRequest({ person: elsewhere, household, population }),
  );
  expect(answer.body.phieuTuChoi.lyDo).toContainEqual(
    expect.objectContaining({ ma: 'DA_DANG_KY_THUONG_TRU_NOI_KHAC', truong: '/nguoiDangKy' }),
  );
});

it('refuses a declared household head whose name differs from the register', async () => {
  const { population, household, person } = pick();
  const body = registrationRequest({ person, household, population });
  const answer = await registerWith({ ...body, chuHo: { ...body.chuHo, hoTen: 'Tên Khác Hẳn' } });
  expect(answer.body.phieuTuChoi.lyDo).toContainEqual(
    expect.objectContaining({ ma: 'THONG_TIN_KHONG_KHOP_CSDL_DAN_CU', truong: '/chuHo/hoTen' }),
  );
});

it('registers the members moving in together with the registrant', async () => {
  const { population, household, person } = pick();
  const member = free[1];
  if (!member) throw new Error('population lacks a second newcomer');
  const body = registrationRequest({ person, household, population });
  const moving = {
    hoTen: member.fullName,
    ngaySinh: member.birthDate,
    gioiTinh: member.sex === 'MALE' ? 'NAM' : 'NU',
    soDinhDanh: member.id,
    quanHeVoiChuHo: 'CHAU',
  };
  const answer = await registerWith({ ...body, thanhVienCungChuyen: [moving] });
  expect(answer.body.trangThai).toBe('DA_DANG_KY');
  const residence = await sandbox.invoke('cutruGetResidence', {
    params: { soDinhDanh: member.id },
    headers: purposeHeaders('DK_THUONG_TRU'),
  });
  expect(residence.body.thuongTru).toMatchObject({ maHo: household.id, quanHeVoiChuHo: 'CHAU' });
});

it('answers 409 REGISTRATION_EXISTS for a second registration of the same dossier', async () => {
  const { population, household, person } = pick();
  const body = registrationRequest({ person, household, population });
  await registerWith(body);
  const again = await registerWith(body);
  expect(again.status).toBe(409);
  expect(again.body.code).toBe('REGISTRATION_EXISTS');
});

it('answers 422 CONSENT_MODE_MISMATCH for a CT01 consent with a VNeID confirmation id', async () => {
  const { population, household, person } = pick();
  const body = registrationRequest({ person, household, population });
  const answer = await registerWith({ ...body, maXacNhanVneid: 'XN-000001' });
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('CONSENT_MODE_MISMATCH');
});

it('answers 422 HOUSEHOLD_HEAD_NOT_FOUND when the declared head heads no household', async () => {
  const { population, household, person } = pick();
  const member = population.byTrait.get('NOT_HOUSEHOLD_HEAD')?.[0];
  if (!member) throw new Error('no member');
  const body = registrationRequest({ person, household, population });
  const answer = await registerWith({
    ...body,
    maHo: undefined,
    chuHo: { hoTen: member.fullName, soDinhDanh: member.id, quanHeVoiChuHo: 'CON' },
  });
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('HOUSEHOLD_HEAD_NOT_FOUND');
});

it('answers 422 HOUSEHOLD_HEAD_NOT_FOUND when maHo is not the head’s household', async () => {
  const { population, household, person } = pick();
  const other = pick(1).household;
  const body = registrationRequest({ person, household, population });
  const answer = await registerWith({ ...body, maHo: other.id });
  expect(answer.body.code).toBe('HOUSEHOLD_HEAD_NOT_FOUND');
});

it('answers 422 CITIZEN_DECEASED for a registrant who has died', async () => {
  const { population, household } = pick();
  const dead = deregisteredDead(population)[0];
  if (!dead) throw new Error('no dead person');
  const answer = await registerWith(registrationRequest({ person: dead, household, population }));
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('CITIZEN_DECEASED');
});

it('answers 422 CITIZEN_NOT_FOUND for an ID number unknown to the population database', async () => {
  const { population, household, person } = pick();
  const body = registrationRequest({ person, household, population });
  const unknown = { ...body.nguoiDangKy, soDinhDanh: '080226999999' };
  const answer = await registerWith({ ...body, nguoiDangKy: unknown });
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('CITIZEN_NOT_FOUND');
});

it('refuses with the reason Prefer forces', async () => {
  const { population, household, person } = pick();
  const body = registrationRequest({ person, household, population });
  const answer = await registerWith(body, {
    prefer: 'outcome=refuse; reason=CHO_O_KHONG_HOP_PHAP',
  });
  expect(answer.body.trangThai).toBe('TU_CHOI');
  expect(answer.body.phieuTuChoi.lyDo[0].ma).toBe('CHO_O_KHONG_HOP_PHAP');
});

it('registers when Prefer forces it, even without the head’s consent', async () => {
  const { population, household, person } = pick();
  const declarant = pick(1).head;
  const body = registrationRequest({ person, household, population, declarant });
  const answer = await registerWith(body, { prefer: 'outcome=register' });
  expect(answer.body.trangThai).toBe('DA_DANG_KY');
});

it('answers 400 for a malformed Prefer, an unknown outcome or an unknown reason', async () => {
  const { population, household, person } = pick();
  const body = registrationRequest({ person, household, population });
  for (const prefer of ['outcome', 'outcome=approve', 'outcome=refuse; reason=KHONG_CO']) {
    const answer = await registerWith(body, { prefer });
    expect(answer.status).toBe(400);
  }
});

it('answers the status Prefer: code forces', async () => {
  const { population, household, person } = pick();
  const answer = await registerWith(registrationRequest({ person, household, population }), {
    prefer: 'code=503',
  });
  expect(answer.status).toBe(503);
});

it('answers 400 without the officer header', async () => {
  const { population, household, person } = pick();
  const answer = await sandbox.invoke('cutruRegisterPermanentResidence', {
    body: registrationRequest({ person, household, population }),
  });
  expect(answer.status).toBe(400);
});

it('answers 404 for an unknown registration id', async () => {
  const answer = await sandbox.invoke('cutruGetRegistration', {
    params: { maDangKy: 'TT-2026-999999' },
    headers: OFFICER,
  });
  expect(answer.status).toBe(404);
});

it('reads back a registration with its outcome', async () => {
  const { population, household, person } = pick();
  const created = await registerWith(registrationRequest({ person, household, population }));
  const read = await sandbox.invoke('cutruGetRegistration', {
    params: { maDangKy: created.body.maDangKy },
    headers: OFFICER,
  });
  expect(read.status).toBe(200);
  expect(read.body).toEqual(created.body);
});
