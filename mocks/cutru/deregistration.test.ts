import { beforeEach, expect, it } from 'vitest';
import { validateResidenceNoticeNumber } from '../domain/identifiers/index.js';
import type { Household } from '../domain/population/index.js';
import type { TestSandbox } from '../../test/support/sandbox.js';
import {
  cutruSandbox,
  deregisteredDead,
  dossier,
  OFFICER,
  purposeHeaders,
  unregistered,
} from './test-fixtures.js';

let sandbox: TestSandbox;
beforeEach(async () => {
  sandbox = await cutruSandbox();
});

function deregisterWith(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return sandbox.invoke('cutruDeregisterPermanentResidence', {
    headers: { ...OFFICER, ...headers },
    body: { maHoSo: dossier('XTT'), ...body },
  });
}

function householdRead(maHo: string) {
  return sandbox.invoke('cutruGetHousehold', {
    params: { maHo },
    headers: purposeHeaders('DK_THUONG_TRU'),
  });
}

type Member = Household['members'][number];

/** A household whose head has a wife or husband registered in it (and a member `also` wants). */
function householdWithSpouse(also: (m: Member) => boolean = () => true): Household {
  const found = sandbox.population.households.find(
    (h) =>
      h.members.some((m) => m.relationship === 'WIFE' || m.relationship === 'HUSBAND') &&
      h.members.some(also),
  );
  if (!found) throw new Error('no household with a spouse');
  return found;
}

const OTHER_GROUND = { lyDo: 'KHAC', moTaLyDo: 'Ra nước ngoài định cư' };

it('deregisters on another legal ground and removes the person from the household', async () => {
  const household = householdWithSpouse();
  const member = household.members.find((m) => m.relationship !== 'HEAD');
  if (!member) throw new Error('no member');
  const answer = await deregisterWith({ soDinhDanh: member.personId, ...OTHER_GROUND });
  expect(answer.status).toBe(201);
  expect(answer.headers?.location).toBe(`/cutru/v1/xoa-thuong-tru/${answer.body.maXoaDangKy}`);
  expect(answer.body).toMatchObject({ trangThai: 'DA_XOA', ngayXoa: '2026-09-15', lyDo: [] });
  const notice = answer.body.thongBao;
  expect(notice.giayTo.loaiGiayTo).toBe('THONG_BAO_XOA_THUONG_TRU');
  const number = validateResidenceNoticeNumber(notice.soThongBao, {
    kind: 'DEREGISTRATION_NOTICE',
  });
  expect(number.ok).toBe(true);
  const members = await householdRead(household.id);
  expect(members.body.thanhVien.map((m: { soDinhDanh: string }) => m.soDinhDanh)).not.toContain(
    member.personId,
  );
  const residence = await sandbox.invoke('cutruGetResidence', {
    params: { soDinhDanh: member.personId },
    headers: purposeHeaders('XOA_THUONG_TRU'),
  });
  expect(residence.body).toMatchObject({
    trangThai: 'DA_XOA',
    thuongTruDaXoa: { maHo: household.id, ngayXoa: '2026-09-15', lyDo: 'KHAC' },
  });
});

it('makes the surviving spouse the household head when the head is deregistered', async () => {
  const household = householdWithSpouse((m) => m.relationship === 'CHILD');
  const spouse = household.members.find(
    (m) => m.relationship === 'WIFE' || m.relationship === 'HUSBAND',
  );
  const child = household.members.find((m) => m.relationship === 'CHILD');
  if (!child) throw new Error('no child');
  const answer = await deregisterWith(
    { soDinhDanh: household.headId, lyDo: 'CHET', maDangKyKhaiTu: 'KT-80-2026-000045' },
    { prefer: 'outcome=deregister' },
  );
  expect(answer.body.trangThai).toBe('DA_XOA');
  const after = await householdRead(household.id);
  expect(after.body.maHo).toBe(household.id);
  expect(after.body.chuHo.soDinhDanh).toBe(spouse?.personId);
  expect(after.body.thanhVien[0]).toMatchObject({
    soDinhDanh: spouse?.personId,
    quanHeVoiChuHo: 'CHU_HO',
  });
  expect(after.body.thanhVien).toContainEqual(
    expect.objectContaining({ soDinhDanh: child.personId, quanHeVoiChuHo: 'CON' }),
  );
});

it('answers 409 NOT_REGISTERED for a citizen without permanent residence', async () => {
  const person = unregistered(sandbox.population)[0];
  if (!person) throw new Error('no unregistered person');
  const answer = await deregisterWith({ soDinhDanh: person.id, ...OTHER_GROUND });
  expect(answer.status).toBe(409);
  expect(answer.body.code).toBe('NOT_REGISTERED');
});

it('answers 409 ALREADY_DEREGISTERED for a residence removed before', async () => {
  const dead = deregisteredDead(sandbox.population)[0];
  if (!dead) throw new Error('no dead person');
  const answer = await deregisterWith({ soDinhDanh: dead.id, ...OTHER_GROUND });
  expect(answer.status).toBe(409);
  expect(answer.body.code).toBe('ALREADY_DEREGISTERED');
});

it('answers 409 ALREADY_DEREGISTERED when the same residence is deregistered twice', async () => {
  const household = householdWithSpouse();
  const member = household.members.find((m) => m.relationship !== 'HEAD');
  if (!member) throw new Error('no member');
  await deregisterWith({ soDinhDanh: member.personId, ...OTHER_GROUND });
  const again = await deregisterWith({ soDinhDanh: member.personId, ...OTHER_GROUND });
  expect(again.status).toBe(409);
  expect(again.body.code).toBe('ALREADY_DEREGISTERED');
});

it('answers 409 DEREGISTRATION_EXISTS for a second request of the same dossier', async () => {
  const household = householdWithSpouse();
  const body = { maHoSo: dossier('XTT'), soDinhDanh: household.headId, ...OTHER_GROUND };
  await deregisterWith(body);
  const again = await deregisterWith(body);
  expect(again.body.code).toBe('DEREGISTRATION_EXISTS');
});

it('answers 422 DEATH_NOT_RECORDED when a death ground comes without the death registration', async () => {
  const household = householdWithSpouse();
  const answer = await deregisterWith({ soDinhDanh: household.headId, lyDo: 'CHET' });
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('DEATH_NOT_RECORDED');
});

it('answers 422 DEATH_NOT_RECORDED while the population database shows the person alive', async () => {
  const household = householdWithSpouse();
  const answer = await deregisterWith({
    soDinhDanh: household.headId,
    lyDo: 'CHET',
    maDangKyKhaiTu: 'KT-80-2026-000045',
  });
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('DEATH_NOT_RECORDED');
});

it('answers 422 when another ground comes without its description', async () => {
  const household = householdWithSpouse();
  const answer = await deregisterWith({ soDinhDanh: household.headId, lyDo: 'KHAC' });
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('GROUND_DESCRIPTION_REQUIRED');
});

it('refuses a deregistration when Prefer forces it, leaving the residence registered', async () => {
  const household = householdWithSpouse();
  const answer = await deregisterWith(
    { soDinhDanh: household.headId, ...OTHER_GROUND },
    { prefer: 'outcome=refuse; reason=THONG_TIN_KHONG_KHOP_CSDL_DAN_CU' },
  );
  expect(answer.body.trangThai).toBe('TU_CHOI');
  expect(answer.body.lyDo[0].ma).toBe('THONG_TIN_KHONG_KHOP_CSDL_DAN_CU');
  const read = await sandbox.invoke('cutruGetDeregistration', {
    params: { maXoaDangKy: answer.body.maXoaDangKy },
    headers: OFFICER,
  });
  expect(read.body).toEqual(answer.body);
  const residence = await sandbox.invoke('cutruGetResidence', {
    params: { soDinhDanh: household.headId },
    headers: purposeHeaders('XOA_THUONG_TRU'),
  });
  expect(residence.body.trangThai).toBe('CO_THUONG_TRU');
});

it('answers 400 for a malformed Prefer and 404 for an unknown deregistration', async () => {
  const household = householdWithSpouse();
  const bad = await deregisterWith(
    { soDinhDanh: household.headId, ...OTHER_GROUND },
    { prefer: 'outcome=vanish' },
  );
  expect(bad.status).toBe(400);
  const unknown = await sandbox.invoke('cutruGetDeregistration', {
    params: { maXoaDangKy: 'XTT-2026-999999' },
    headers: OFFICER,
  });
  expect(unknown.status).toBe(404);
});
