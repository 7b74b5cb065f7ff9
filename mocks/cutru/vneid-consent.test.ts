import { beforeEach, expect, it } from 'vitest';
import type { Household, Person } from '../domain/population/index.js';
import type { TestSandbox } from '../../test/support/sandbox.js';
import {
  cutruSandbox,
  headOf,
  households,
  newcomers,
  OFFICER,
  registrationRequest,
} from './test-fixtures.js';

let sandbox: TestSandbox;
let person: Person;
beforeEach(async () => {
  sandbox = await cutruSandbox();
  [person] = (await newcomers(sandbox, 1)) as [Person];
});

/** A household whose head can confirm in VNeID (level-2 account, active), or cannot. */
function householdWhoseHead(canConfirm: boolean): Household {
  const found = households(sandbox.population).find((h) => {
    const { vneid: account } = headOf(sandbox.population, h);
    return (account.level === 2 && account.status === 'ACTIVE') === canConfirm;
  });
  if (!found) throw new Error('no such household');
  return found;
}

/** A VNeID-mode CT01 declared by someone else than the head. */
function vneidRequest(household: Household) {
  const declarant = headOf(
    sandbox.population,
    households(sandbox.population).find((h) => h !== household) as Household,
  );
  return registrationRequest({
    person,
    household,
    population: sandbox.population,
    declarant,
    mode: 'VNEID',
  });
}

async function askHead(household: Household, maHoSo: string, outcome: string) {
  const answer = await sandbox.invoke('vneidRequestConfirmation', {
    headers: { ...OFFICER, prefer: `outcome=${outcome}` },
    body: {
      loaiXacNhan: 'DONG_Y_CHU_HO',
      soDinhDanhNguoiXacNhan: household.headId,
      maHoSo,
      noiDung: `Đồng ý cho ${person.fullName} đăng ký thường trú vào hộ gia đình`,
      hanXacNhan: '2026-09-17T17:00:00+07:00',
    },
  });
  return answer.body.maXacNhan as string;
}

function registerWith(body: unknown) {
  return sandbox.invoke('cutruRegisterPermanentResidence', { headers: OFFICER, body });
}

it('registers when the household head agreed in VNeID', async () => {
  const household = householdWhoseHead(true);
  const body = vneidRequest(household);
  const maXacNhanVneid = await askHead(household, body.maHoSo, 'agree');
  const answer = await registerWith({ ...body, maXacNhanVneid });
  expect(answer.body).toMatchObject({ trangThai: 'DA_DANG_KY', maXacNhanVneid });
});

it('refuses permanent residence when the household head refused in VNeID', async () => {
  const household = householdWhoseHead(true);
  const body = vneidRequest(household);
  const maXacNhanVneid = await askHead(household, body.maHoSo, 'refuse');
  const answer = await registerWith({ ...body, maXacNhanVneid });
  expect(answer.body.trangThai).toBe('TU_CHOI');
  expect(answer.body.phieuTuChoi.lyDo[0].ma).toBe('CHU_HO_CHUA_DONG_Y');
});

it('waits for the household head, then refuses once the confirmation expired', async () => {
  const household = householdWhoseHead(true);
  const body = vneidRequest(household);
  const maXacNhanVneid = await askHead(household, body.maHoSo, 'pending');
  const waiting = await registerWith({ ...body, maXacNhanVneid });
  expect(waiting.body.trangThai).toBe('CHO_XAC_NHAN_CHU_HO');
  sandbox.clock.set(new Date('2026-09-18T09:00:00+07:00'));
  const later = await sandbox.invoke('cutruGetRegistration', {
    params: { maDangKy: waiting.body.maDangKy },
    headers: OFFICER,
  });
  expect(later.body.trangThai).toBe('TU_CHOI');
  expect(later.body.phieuTuChoi.lyDo[0].ma).toBe('CHU_HO_CHUA_DONG_Y');
});

it('asks the household head in VNeID itself when no confirmation is given', async () => {
  const household = householdWhoseHead(true);
  const answer = await registerWith(vneidRequest(household));
  expect(answer.body.trangThai).toBe('CHO_XAC_NHAN_CHU_HO');
  const confirmation = await sandbox.invoke('vneidGetConfirmation', {
    params: { maXacNhan: answer.body.maXacNhanVneid },
    headers: OFFICER,
  });
  const { nguoiDangKy, nguoiKeKhai } = vneidRequest(household);
  expect(confirmation.body).toMatchObject({
    loaiXacNhan: 'DONG_Y_CHU_HO',
    soDinhDanhNguoiXacNhan: household.headId,
    maHoSo: answer.body.maHoSo,
    nguoiLienQuan: {
      hoTen: nguoiDangKy.hoTen,
      soDinhDanh: nguoiDangKy.soDinhDanh,
      ngaySinh: nguoiDangKy.ngaySinh,
    },
    nguoiDeNghi: nguoiKeKhai,
  });
});

it('refuses when the household head cannot confirm in VNeID', async () => {
  const household = householdWhoseHead(false);
  const answer = await registerWith(vneidRequest(household));
  expect(answer.body.trangThai).toBe('TU_CHOI');
  expect(answer.body.phieuTuChoi.lyDo[0].ma).toBe('CHU_HO_CHUA_DONG_Y');
});

it('answers 422 CONFIRMATION_NOT_FOUND for an unknown confirmation or one for another dossier', async () => {
  const household = householdWhoseHead(true);
  const body = vneidRequest(household);
  const unknown = await registerWith({ ...body, maXacNhanVneid: 'XN-999999' });
  expect(unknown.body.code).toBe('CONFIRMATION_NOT_FOUND');
  const other = await askHead(household, '000.00.00.H80-260915-9999-TT', 'agree');
  const mismatch = await registerWith({ ...body, maXacNhanVneid: other });
  expect(mismatch.status).toBe(422);
  expect(mismatch.body.code).toBe('CONFIRMATION_NOT_FOUND');
});
