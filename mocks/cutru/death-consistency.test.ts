import { beforeEach, expect, it } from 'vitest';
import type { Person } from '../domain/population/index.js';
import type { TestSandbox } from '../../test/support/sandbox.js';
import { cutruSandbox, dossier, OFFICER, purposeHeaders } from './test-fixtures.js';

let sandbox: TestSandbox;
beforeEach(async () => {
  sandbox = await cutruSandbox();
});

function recentlyDeceased(): Person {
  const person = sandbox.population.byTrait.get('DECEASED_PENDING_REGISTRATION')?.[0];
  if (!person?.death) throw new Error('no recently deceased person');
  return person;
}

async function recordDeath(person: Person, ngayMat: string) {
  return sandbox.invoke('dancuRecordDeath', {
    headers: OFFICER,
    body: {
      soDinhDanh: person.id,
      ngayMat,
      maDangKyKhaiTu: 'KT-80-2026-000045',
      maHoSo: '000.00.00.H80-260915-0001-KT',
    },
  });
}

function deregisterOnDeath(person: Person, ngayMat: string) {
  return sandbox.invoke('cutruDeregisterPermanentResidence', {
    headers: OFFICER,
    body: {
      maHoSo: dossier('XTT'),
      soDinhDanh: person.id,
      lyDo: 'CHET',
      maDangKyKhaiTu: 'KT-80-2026-000045',
      ngayMat,
    },
  });
}

it('agrees with the population database that a deceased person is dead and deregistered', async () => {
  const person = recentlyDeceased();
  const ngayMat = person.death?.date ?? '';
  expect((await recordDeath(person, ngayMat)).status).toBe(200);
  const removed = await deregisterOnDeath(person, ngayMat);
  expect(removed.status).toBe(201);
  expect(removed.body.trangThai).toBe('DA_XOA');
  const citizen = await sandbox.invoke('dancuLookupCitizen', {
    headers: purposeHeaders('XOA_THUONG_TRU'),
    body: { soDinhDanh: person.id },
  });
  expect(citizen.body.meta.trangThaiSong).toBe('DA_CHET');
  expect(citizen.body.ngayMat).toBe(ngayMat);
  const residence = await sandbox.invoke('cutruGetResidence', {
    params: { soDinhDanh: person.id },
    headers: purposeHeaders('XOA_THUONG_TRU'),
  });
  expect(residence.body).toMatchObject({
    trangThai: 'DA_XOA',
    thuongTruDaXoa: { maHo: person.householdId, lyDo: 'CHET', ngayXoa: '2026-09-15' },
  });
  const household = await sandbox.invoke('cutruGetHousehold', {
    params: { maHo: person.householdId ?? '' },
    headers: purposeHeaders('DK_THUONG_TRU'),
  });
  expect(household.status).toBe(200);
  const ids = household.body.thanhVien.map((m: { soDinhDanh: string }) => m.soDinhDanh);
  expect(ids).not.toContain(person.id);
});

it('refuses a deregistration whose declared date of death differs from the register', async () => {
  const person = recentlyDeceased();
  const ngayMat = person.death?.date ?? '';
  await recordDeath(person, ngayMat);
  const answer = await deregisterOnDeath(person, '2026-01-01');
  expect(answer.body.trangThai).toBe('TU_CHOI');
  expect(answer.body.lyDo).toContainEqual(
    expect.objectContaining({ ma: 'THONG_TIN_KHONG_KHOP_CSDL_DAN_CU', truong: '/ngayMat' }),
  );
});

it('refuses to register a person the population database records as dead', async () => {
  const person = recentlyDeceased();
  await recordDeath(person, person.death?.date ?? '');
  const household = sandbox.population.households.find((h) => h.id !== person.householdId);
  const head = sandbox.population.byId.get(household?.headId ?? '');
  if (!household || !head) throw new Error('no household');
  const answer = await sandbox.invoke('cutruRegisterPermanentResidence', {
    headers: OFFICER,
    body: {
      maHoSo: dossier('TT'),
      nguoiDangKy: {
        hoTen: person.fullName,
        ngaySinh: person.birthDate,
        gioiTinh: person.sex === 'MALE' ? 'NAM' : 'NU',
        soDinhDanh: person.id,
      },
      diaChi: {
        chiTiet: household.address.detail,
        maXa: household.address.communeCode,
        maTinh: household.address.provinceCode,
      },
      chuHo: { hoTen: head.fullName, soDinhDanh: head.id, quanHeVoiChuHo: 'KHAC' },
      cheDoDongY: 'CT01',
      nguoiKeKhai: { hoTen: head.fullName, soDinhDanh: head.id, quanHe: 'KHAC' },
    },
  });
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('CITIZEN_DECEASED');
});
