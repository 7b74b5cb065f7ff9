import { beforeEach, describe, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from '../../test/support/sandbox.js';
import type { Person } from '../domain/population/index.js';
import { decideConfirmation } from './state.js';

const OFFICER = { 'x-officer-id': 'cb.cutru.80001' };
const DOSSIER = '000.00.00.H80-260915-0007-TT';

let sandbox: TestSandbox;
beforeEach(async () => {
  sandbox = await createTestSandbox();
});

const canConfirm = (p: Person) =>
  p.death === null && p.vneid.level === 2 && p.vneid.status === 'ACTIVE';

function find(what: string, predicate: (p: Person) => boolean): Person {
  const person = sandbox.population.people.find(predicate);
  if (!person) throw new Error(`the population has no ${what}`);
  return person;
}

function membersOf(person: Person): readonly Person[] {
  return person.householdId === null
    ? []
    : (sandbox.population.byHousehold.get(person.householdId) ?? []);
}

function relativesOf(person: Person): Person[] {
  const { byId, byMother, byFather } = sandbox.population;
  const linked = [person.fatherId, person.motherId, person.spouseId].map((id) =>
    id === null ? undefined : byId.get(id),
  );
  const children = [...(byMother.get(person.id) ?? []), ...(byFather.get(person.id) ?? [])];
  return [...linked, ...children].filter((p): p is Person => p !== undefined);
}

function ask(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return sandbox.invoke('vneidRequestConfirmation', {
    headers: { ...OFFICER, ...headers },
    body: { loaiXacNhan: 'DONG_Y_CHU_HO', maHoSo: DOSSIER, ...body },
  });
}

function read(maXacNhan: string) {
  return sandbox.invoke('vneidGetConfirmation', { params: { maXacNhan }, headers: OFFICER });
}

function headWithMember(): { head: Person; member: Person } {
  const head = find(
    'household head with a level-2 account and a member',
    (p) => p.relationshipToHead === 'HEAD' && canConfirm(p) && membersOf(p).length > 1,
  );
  const member = membersOf(head).find((m) => m.id !== head.id);
  if (!member) throw new Error('household without members');
  return { head, member };
}

describe('the household head’s consent to a permanent residence', () => {
  it('is given at once for a member of the head’s household', async () => {
    const { head, member } = headWithMember();
    const answer = await ask({
      soDinhDanhNguoiXacNhan: head.id,
      noiDung: `Đồng ý cho ${member.fullName} đăng ký thường trú vào hộ gia đình`,
    });
    expect(answer.status).toBe(201);
    expect(answer.body.maXacNhan).toMatch(/^XN-\d{6}$/);
    expect(answer.body.trangThai).toBe('DONG_Y');
    expect(answer.body.thoiDiemTraLoi).toBe('2026-09-15T09:00:00+07:00');
    expect(answer.headers?.location).toBe(`/vneid/v1/xac-nhan/${answer.body.maXacNhan}`);
  });

  it('is given at once for a newborn whose parent lives in the household', async () => {
    const { byId, householdById } = sandbox.population;
    const newborn = find('newborn of a household with a level-2 head', (p) => {
      if (p.householdId !== null || !(sandbox.population.byTrait.get('NEWBORN') ?? []).includes(p))
        return false;
      const parent = byId.get(p.motherId ?? '') ?? byId.get(p.fatherId ?? '');
      const household = parent?.householdId ? householdById.get(parent.householdId) : undefined;
      const head = household ? byId.get(household.headId) : undefined;
      return head !== undefined && canConfirm(head);
    });
    const parent = byId.get(newborn.motherId ?? '') ?? byId.get(newborn.fatherId ?? '');
    const head = byId.get(householdById.get(parent?.householdId ?? '')?.headId ?? '');
    const answer = await ask({
      soDinhDanhNguoiXacNhan: head?.id,
      noiDung: `Đồng ý cho trẻ ${newborn.id} đăng ký thường trú vào hộ gia đình`,
    });
    expect(answer.body.trangThai).toBe('DONG_Y');
  });

  it('waits when the person to register is not of the family', async () => {
    const { head } = headWithMember();
    const stranger = find(
      'stranger',
      (p) => p.householdId !== null && p.householdId !== head.householdId,
    );
    const answer = await ask({
      soDinhDanhNguoiXacNhan: head.id,
      noiDung: `Đồng ý cho ${stranger.id} đăng ký thường trú`,
    });
    expect(answer.body.trangThai).toBe('CHO_XAC_NHAN');
    expect(answer.body.thoiDiemTraLoi).toBeUndefined();
  });

  it('waits when the citizen asked is not the household head', async () => {
    const citizen = find(
      'adult member who is not the head',
      (p) =>
        canConfirm(p) &&
        p.relationshipToHead !== null &&
        p.relationshipToHead !== 'HEAD' &&
        membersOf(p).length > 1,
    );
    const other = membersOf(citizen).find((m) => m.id !== citizen.id);
    const answer = await ask({
      soDinhDanhNguoiXacNhan: citizen.id,
      noiDung: `Đồng ý cho ${other?.id ?? ''}`,
    });
    expect(answer.body.trangThai).toBe('CHO_XAC_NHAN');
  });

  it('gives the citizen two working days by default, then reads as expired', async () => {
    const { head } = headWithMember();
    const answer = await ask({ soDinhDanhNguoiXacNhan: head.id, noiDung: 'Đồng ý cho người lạ' });
    expect(answer.body.hanXacNhan).toBe('2026-09-17T17:00:00+07:00');
    sandbox.clock.set(new Date('2026-09-17T17:00:01+07:00'));
    expect((await read(answer.body.maXacNhan)).body.trangThai).toBe('HET_HAN');
  });
});

describe('the person concerned and the requester, when the request names them', () => {
  const ref = (p: Person) => ({ hoTen: p.fullName, soDinhDanh: p.id });
  const UNKNOWN_CHILD = { hoTen: 'Lê Minh An', soDinhDanh: '080226999991', ngaySinh: '2026-09-10' };

  it('agrees for a member named as the person concerned, whatever the text says', async () => {
    const { head, member } = headWithMember();
    const answer = await ask({
      soDinhDanhNguoiXacNhan: head.id,
      noiDung: 'Đồng ý cho con đăng ký thường trú vào hộ gia đình',
      nguoiLienQuan: ref(member),
    });
    expect(answer.body.trangThai).toBe('DONG_Y');
    expect(answer.body.nguoiLienQuan).toEqual(ref(member));
    expect((await read(answer.body.maXacNhan)).body.nguoiLienQuan).toEqual(ref(member));
  });

  it('reads the person concerned rather than a member the text names', async () => {
    const { head, member } = headWithMember();
    const stranger = find(
      'stranger',
      (p) => p.householdId !== null && p.householdId !== head.householdId,
    );
    const answer = await ask({
      soDinhDanhNguoiXacNhan: head.id,
      noiDung: `Đồng ý cho ${member.fullName} đăng ký thường trú vào hộ gia đình`,
      nguoiLienQuan: ref(stranger),
    });
    expect(answer.body.trangThai).toBe('CHO_XAC_NHAN');
  });

  it('agrees when a member of the household asks as the parent of a child VNeID does not know', async () => {
    const { head, member } = headWithMember();
    const answer = await ask({
      soDinhDanhNguoiXacNhan: head.id,
      noiDung: `Đồng ý cho ${UNKNOWN_CHILD.hoTen} đăng ký thường trú vào hộ gia đình`,
      nguoiLienQuan: UNKNOWN_CHILD,
      nguoiDeNghi: { ...ref(member), quanHe: 'ME' },
    });
    expect(answer.body.trangThai).toBe('DONG_Y');
    expect(answer.body.nguoiDeNghi).toEqual({ ...ref(member), quanHe: 'ME' });
  });

  it('waits when the declared parent does not live in the household', async () => {
    const { head } = headWithMember();
    const outsider = find(
      'adult of another household',
      (p) => p.householdId !== null && p.householdId !== head.householdId && p.death === null,
    );
    const answer = await ask({
      soDinhDanhNguoiXacNhan: head.id,
      noiDung: `Đồng ý cho ${UNKNOWN_CHILD.hoTen} đăng ký thường trú vào hộ gia đình`,
      nguoiLienQuan: UNKNOWN_CHILD,
      nguoiDeNghi: { ...ref(outsider), quanHe: 'ME' },
    });
    expect(answer.body.trangThai).toBe('CHO_XAC_NHAN');
  });

  it('waits when a member of the household asks without declaring themselves the parent', async () => {
    const { head, member } = headWithMember();
    const answer = await ask({
      soDinhDanhNguoiXacNhan: head.id,
      noiDung: `Đồng ý cho ${UNKNOWN_CHILD.hoTen} đăng ký thường trú vào hộ gia đình`,
      nguoiLienQuan: UNKNOWN_CHILD,
      nguoiDeNghi: { ...ref(member), quanHe: 'KHAC' },
    });
    expect(answer.body.trangThai).toBe('CHO_XAC_NHAN');
  });
});

describe('the relatives’ agreement on a representative', () => {
  function family() {
    const deceased = find('deceased with two living relatives, one able to confirm', (p) => {
      if (p.death === null) return false;
      const alive = relativesOf(p).filter((r) => r.death === null);
      return alive.length >= 2 && alive.some(canConfirm);
    });
    const alive = relativesOf(deceased).filter((r) => r.death === null);
    const confirmer = alive.find(canConfirm);
    const representative = alive.find((r) => r !== confirmer);
    if (!confirmer || !representative) throw new Error('unreachable');
    return { confirmer, representative };
  }

  it('is given at once for a relative of the same deceased', async () => {
    const { confirmer, representative } = family();
    const answer = await ask({
      loaiXacNhan: 'THOA_THUAN_NGUOI_DAI_DIEN',
      soDinhDanhNguoiXacNhan: confirmer.id,
      noiDung: `Đồng ý cử ${representative.fullName} đại diện nhận trợ cấp tuất một lần`,
    });
    expect(answer.body.trangThai).toBe('DONG_Y');
  });

  it('is given at once for a relative named as the person concerned', async () => {
    const { confirmer, representative } = family();
    const answer = await ask({
      loaiXacNhan: 'THOA_THUAN_NGUOI_DAI_DIEN',
      soDinhDanhNguoiXacNhan: confirmer.id,
      noiDung: 'Đồng ý cử người đại diện nhận trợ cấp tuất một lần',
      nguoiLienQuan: { hoTen: representative.fullName, soDinhDanh: representative.id },
    });
    expect(answer.body.trangThai).toBe('DONG_Y');
  });

  it('waits when the representative is not a relative of the deceased', async () => {
    const { confirmer } = family();
    const answer = await ask({
      loaiXacNhan: 'THOA_THUAN_NGUOI_DAI_DIEN',
      soDinhDanhNguoiXacNhan: confirmer.id,
      noiDung: 'Đồng ý cử người ngoài đại diện nhận trợ cấp tuất một lần',
    });
    expect(answer.body.trangThai).toBe('CHO_XAC_NHAN');
  });
});

describe('who can be asked to confirm', () => {
  it('refuses a citizen unknown to VNeID', async () => {
    const answer = await ask({ soDinhDanhNguoiXacNhan: '001300999997', noiDung: 'Đồng ý' });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('NGUOI_XAC_NHAN_KHONG_TON_TAI');
  });

  it('refuses a dead citizen', async () => {
    const dead = find('dead person', (p) => p.death !== null);
    const answer = await ask({ soDinhDanhNguoiXacNhan: dead.id, noiDung: 'Đồng ý' });
    expect(answer.body.code).toBe('NGUOI_XAC_NHAN_DA_CHET');
  });

  it('refuses a citizen without a level-2 account', async () => {
    const [citizen] = sandbox.population.byTrait.get('NO_LEVEL2_VNEID') ?? [];
    const answer = await ask({ soDinhDanhNguoiXacNhan: citizen?.id, noiDung: 'Đồng ý' });
    expect(answer.status).toBe(422);
    expect(['CHUA_CO_TAI_KHOAN_MUC_2', 'TAI_KHOAN_KHONG_HOAT_DONG']).toContain(answer.body.code);
  });

  it('refuses a deadline already past', async () => {
    const { head } = headWithMember();
    const answer = await ask({
      soDinhDanhNguoiXacNhan: head.id,
      noiDung: 'Đồng ý',
      hanXacNhan: '2026-09-14T17:00:00+07:00',
    });
    expect(answer.body.code).toBe('HAN_XAC_NHAN_DA_QUA');
  });
});

describe('forced and controlled answers', () => {
  it('answers as Prefer forces', async () => {
    const { head, member } = headWithMember();
    const body = { soDinhDanhNguoiXacNhan: head.id, noiDung: `Đồng ý cho ${member.fullName}` };
    expect((await ask(body, { prefer: 'outcome=refuse' })).body.trangThai).toBe('TU_CHOI');
    expect((await ask(body, { prefer: 'outcome=pending' })).body.trangThai).toBe('CHO_XAC_NHAN');
    const stranger = { ...body, noiDung: 'Đồng ý cho người lạ' };
    expect((await ask(stranger, { prefer: 'outcome=agree' })).body.trangThai).toBe('DONG_Y');
    expect((await ask(body, { prefer: 'outcome=maybe' })).status).toBe(400);
    expect((await ask(body, { prefer: 'outcome=' })).status).toBe(400);
  });

  it('lets the control plane decide a waiting confirmation once, before it expires', async () => {
    const { head } = headWithMember();
    const waiting = await ask({ soDinhDanhNguoiXacNhan: head.id, noiDung: 'Đồng ý cho người lạ' });
    const id: string = waiting.body.maXacNhan;
    const now = sandbox.clock.now();
    const decided = await decideConfirmation(sandbox.store, id, 'TU_CHOI', now);
    expect(decided.ok).toBe(true);
    expect((await read(id)).body.trangThai).toBe('TU_CHOI');
    const again = await decideConfirmation(sandbox.store, id, 'DONG_Y', now);
    expect(again.ok ? 'decided' : again.error.code).toBe('ALREADY_ANSWERED');
    const late = await ask({ soDinhDanhNguoiXacNhan: head.id, noiDung: 'Đồng ý cho người lạ' });
    const expired = await decideConfirmation(
      sandbox.store,
      late.body.maXacNhan,
      'DONG_Y',
      new Date('2026-09-30T09:00:00+07:00'),
    );
    expect(expired.ok ? 'decided' : expired.error.code).toBe('EXPIRED');
    const missing = await decideConfirmation(sandbox.store, 'XN-999999', 'DONG_Y', now);
    expect(missing.ok ? 'decided' : missing.error.code).toBe('NOT_FOUND');
  });

  it('answers 404 for an unknown confirmation', async () => {
    expect((await read('XN-999999')).status).toBe(404);
  });
});
