import { beforeAll, expect, it } from 'vitest';
import type { TestSandbox } from '../../test/support/sandbox.js';
import {
  cutruSandbox,
  deregisteredDead,
  households,
  OFFICER,
  purposeHeaders,
  unregistered,
} from './test-fixtures.js';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await cutruSandbox();
});

function residenceOf(soDinhDanh: string, purpose = 'DK_THUONG_TRU') {
  return sandbox.invoke('cutruGetResidence', {
    params: { soDinhDanh },
    headers: purposeHeaders(purpose),
  });
}

it('shows a registered citizen’s permanent residence and household', async () => {
  const household = households(sandbox.population)[0];
  if (!household) throw new Error('no household');
  const answer = await residenceOf(household.headId);
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({
    trangThai: 'CO_THUONG_TRU',
    thuongTru: {
      maHo: household.id,
      quanHeVoiChuHo: 'CHU_HO',
      diaChi: { maXa: household.address.communeCode, maTinh: household.address.provinceCode },
    },
  });
  expect(answer.body.thuongTru.diaChi.tenXa).toBeTypeOf('string');
});

it('shows a deregistered dead citizen as DA_XOA with the ground CHET', async () => {
  const dead = deregisteredDead(sandbox.population)[0];
  if (!dead) throw new Error('no dead person');
  const answer = await residenceOf(dead.id, 'XOA_THUONG_TRU');
  expect(answer.body).toMatchObject({ trangThai: 'DA_XOA', thuongTruDaXoa: { lyDo: 'CHET' } });
  expect(answer.body.thuongTru).toBeUndefined();
});

it('shows a citizen never registered as CHUA_DANG_KY', async () => {
  const person = unregistered(sandbox.population)[0];
  if (!person) throw new Error('no unregistered person');
  const answer = await residenceOf(person.id);
  expect(answer.body).toEqual({ soDinhDanh: person.id, trangThai: 'CHUA_DANG_KY' });
});

it('shows the current place of living only to purposes allowed to see it', async () => {
  const person = unregistered(sandbox.population)[0];
  if (!person) throw new Error('no unregistered person');
  const forBirth = await residenceOf(person.id, 'KHAI_SINH');
  expect(forBirth.body.noiOHienTai.maXa).toBe(person.currentAddress.communeCode);
  const forResidence = await residenceOf(person.id, 'DK_THUONG_TRU');
  expect(forResidence.body.noiOHienTai).toBeUndefined();
});

it('answers 404 for an ID number nobody holds', async () => {
  const answer = await residenceOf('080226999998');
  expect(answer.status).toBe(404);
});

it('answers 400 when a residence read lacks its purpose headers', async () => {
  const household = households(sandbox.population)[0];
  if (!household) throw new Error('no household');
  const answer = await sandbox.invoke('cutruGetResidence', {
    params: { soDinhDanh: household.headId },
    headers: OFFICER,
  });
  expect(answer.status).toBe(400);
});

it('lists a household’s members, head first, for the purpose DK_THUONG_TRU', async () => {
  const household = households(sandbox.population)[0];
  if (!household) throw new Error('no household');
  const answer = await sandbox.invoke('cutruGetHousehold', {
    params: { maHo: household.id },
    headers: purposeHeaders('DK_THUONG_TRU'),
  });
  expect(answer.status).toBe(200);
  expect(answer.body.chuHo.soDinhDanh).toBe(household.headId);
  expect(answer.body.thanhVien[0]).toMatchObject({
    soDinhDanh: household.headId,
    quanHeVoiChuHo: 'CHU_HO',
  });
  expect(answer.body.thanhVien.map((m: { soDinhDanh: string }) => m.soDinhDanh)).toEqual(
    household.members.map((m) => m.personId),
  );
});

it('refuses a household read for any other purpose with 403 PURPOSE_NOT_PERMITTED', async () => {
  const household = households(sandbox.population)[0];
  if (!household) throw new Error('no household');
  const answer = await sandbox.invoke('cutruGetHousehold', {
    params: { maHo: household.id },
    headers: purposeHeaders('KHAI_SINH'),
  });
  expect(answer.status).toBe(403);
  expect(answer.body.code).toBe('PURPOSE_NOT_PERMITTED');
});

it('answers 404 for an unknown household and 400 without purpose headers', async () => {
  const unknown = await sandbox.invoke('cutruGetHousehold', {
    params: { maHo: 'HO-80-99999999' },
    headers: purposeHeaders('DK_THUONG_TRU'),
  });
  expect(unknown.status).toBe(404);
  const bare = await sandbox.invoke('cutruGetHousehold', {
    params: { maHo: 'HO-80-99999999' },
    headers: OFFICER,
  });
  expect(bare.status).toBe(400);
});
