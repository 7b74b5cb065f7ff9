import { beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from '../../test/support/sandbox.js';
import { childCardValidity } from '../domain/identifiers/index.js';
import type { Person } from '../domain/population/index.js';
import { dossierCode, OFFICER, readHeaders } from '../../test/support/benefits.js';

function cardRequest(sandbox: TestSandbox, child: Person) {
  const mother = sandbox.population.byId.get(child.motherId ?? '');
  const facility = sandbox.population.facilities.find(
    (f) => f.provinceCode === child.currentAddress.provinceCode,
  );
  return {
    maHoSo: dossierCode('BHYT', child.currentAddress.provinceCode),
    treEm: {
      hoTen: child.fullName,
      ngaySinh: child.birthDate,
      gioiTinh: child.sex === 'MALE' ? 'NAM' : 'NU',
      danToc: child.ethnicity,
      quocTich: 'VN',
      soDinhDanh: child.id,
      noiDangKyKhaiSinh: {
        maTinh: child.birthRegistration.provinceCode,
        maXa: child.birthRegistration.communeCode,
      },
    },
    chaMeHoacNguoiGiamHo: {
      hoTen: mother?.fullName ?? 'Nguyễn Thị Hoa',
      soDinhDanh: mother?.id ?? '038192004567',
      quanHe: 'ME',
    },
    noiKcbBanDau: { maCoSoKcb: facility?.code ?? '00000' },
    giayKhaiSinh: { maGiayTo: '123/2026/KS' },
  };
}

function newbornWithoutCard(sandbox: TestSandbox): Person {
  const child = sandbox.population.byTrait
    .get('NEWBORN')
    ?.find((p) => !sandbox.population.childCardByPerson.has(p.id));
  if (!child) throw new Error('no newborn without a card');
  return child;
}

// The first sandbox generates (and caches) the population.
beforeAll(() => createTestSandbox(), 60_000);

describe('bhxhIssueChildCard', () => {
  it('issues a TE1 card valid from birth to the NĐ 146/2018 date for a child under 72 months', async () => {
    const sandbox = await createTestSandbox();
    const child = newbornWithoutCard(sandbox);
    const answer = await sandbox.invoke('bhxhIssueChildCard', {
      headers: OFFICER,
      body: cardRequest(sandbox, child),
    });
    expect(answer.status).toBe(201);
    const { theBhyt, maSoBhxh, phatHanhLai } = answer.body;
    expect(phatHanhLai).toBe(false);
    expect(theBhyt.maTheBhyt).toBe(`TE1${theBhyt.maTinh}${maSoBhxh}`);
    expect(maSoBhxh.slice(0, 2)).toBe(theBhyt.maTinh);
    const validity = childCardValidity(child.birthDate);
    expect([theBhyt.giaTriTu, theBhyt.giaTriDen]).toEqual([validity.from, validity.to]);
    expect(theBhyt.giayTo.loaiGiayTo).toBe('THE_BHYT');
  });

  it('returns the same number and card, re-issued, on a second request for the same child', async () => {
    const sandbox = await createTestSandbox();
    const body = cardRequest(sandbox, newbornWithoutCard(sandbox));
    const first = await sandbox.invoke('bhxhIssueChildCard', { headers: OFFICER, body });
    const second = await sandbox.invoke('bhxhIssueChildCard', { headers: OFFICER, body });
    expect(second.status).toBe(201);
    expect(second.body.phatHanhLai).toBe(true);
    expect(second.body.maSoBhxh).toBe(first.body.maSoBhxh);
    expect(second.body.theBhyt.maTheBhyt).toBe(first.body.theBhyt.maTheBhyt);
  });

  it('derives the same BHXH code for the same child in another sandbox', async () => {
    const one = await createTestSandbox();
    const two = await createTestSandbox();
    const body = cardRequest(one, newbornWithoutCard(one));
    const a = await one.invoke('bhxhIssueChildCard', { headers: OFFICER, body });
    const b = await two.invoke('bhxhIssueChildCard', { headers: OFFICER, body });
    expect(b.body.maSoBhxh).toBe(a.body.maSoBhxh);
  });

  it('re-issues the card a child already holds from the population', async () => {
    const sandbox = await createTestSandbox();
    const child = sandbox.population.byTrait.get('CHILD_UNDER_6')?.[0];
    if (!child) throw new Error('no child under 6');
    const held = sandbox.population.childCardByPerson.get(child.id);
    const answer = await sandbox.invoke('bhxhIssueChildCard', {
      headers: OFFICER,
      body: cardRequest(sandbox, child),
    });
    expect(answer.status).toBe(201);
    expect(answer.body.phatHanhLai).toBe(true);
    expect(answer.body.theBhyt.maTheBhyt).toBe(held?.cardNumber);
  });

  it('refuses a child of 72 months or more as CHILD_OVER_AGE', async () => {
    const sandbox = await createTestSandbox();
    const older = sandbox.population.people.find(
      (p) => p.death === null && p.birthDate > '2019-01-01' && p.birthDate <= '2020-09-15',
    );
    if (!older) throw new Error('no child over 6');
    const answer = await sandbox.invoke('bhxhIssueChildCard', {
      headers: OFFICER,
      body: cardRequest(sandbox, older),
    });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('CHILD_OVER_AGE');
    expect(answer.body.lyDo[0].ma).toBe('TRE_QUA_72_THANG');
  });

  it('refuses a child the population database does not know as CHILD_UNKNOWN', async () => {
    const sandbox = await createTestSandbox();
    const body = cardRequest(sandbox, newbornWithoutCard(sandbox));
    const unknown = { ...body, treEm: { ...body.treEm, soDinhDanh: '038226999999' } };
    const answer = await sandbox.invoke('bhxhIssueChildCard', { headers: OFFICER, body: unknown });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('CHILD_UNKNOWN');
    expect(answer.body.lyDo[0].ma).toBe('KHONG_TIM_THAY_TRE_EM');
  });

  it('refuses an unknown initial-care facility', async () => {
    const sandbox = await createTestSandbox();
    const body = cardRequest(sandbox, newbornWithoutCard(sandbox));
    const answer = await sandbox.invoke('bhxhIssueChildCard', {
      headers: OFFICER,
      body: { ...body, noiKcbBanDau: { maCoSoKcb: '00000' } },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.lyDo[0].ma).toBe('CO_SO_KCB_KHONG_HOP_LE');
  });

  it('refuses an address whose commune is not in its province', async () => {
    const sandbox = await createTestSandbox();
    const body = cardRequest(sandbox, newbornWithoutCard(sandbox));
    const other = body.treEm.noiDangKyKhaiSinh.maTinh === '01' ? '79' : '01';
    const diaChi = { chiTiet: 'Số 1', maXa: body.treEm.noiDangKyKhaiSinh.maXa, maTinh: other };
    const answer = await sandbox.invoke('bhxhIssueChildCard', {
      headers: OFFICER,
      body: { ...body, treEm: { ...body.treEm, diaChi } },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.lyDo[0].ma).toBe('DIA_CHI_KHONG_HOP_LE');
  });

  it('refuses with the reason Prefer forces', async () => {
    const sandbox = await createTestSandbox();
    const answer = await sandbox.invoke('bhxhIssueChildCard', {
      headers: { ...OFFICER, prefer: 'outcome=refuse; reason=TRE_QUA_72_THANG' },
      body: cardRequest(sandbox, newbornWithoutCard(sandbox)),
    });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('CHILD_OVER_AGE');
  });

  it('answers 400 to a malformed Prefer header', async () => {
    const sandbox = await createTestSandbox();
    const answer = await sandbox.invoke('bhxhIssueChildCard', {
      headers: { ...OFFICER, prefer: 'outcome=explode' },
      body: cardRequest(sandbox, newbornWithoutCard(sandbox)),
    });
    expect(answer.status).toBe(400);
  });
});

describe('bhxhGetCard', () => {
  it('reads an issued card as valid', async () => {
    const sandbox = await createTestSandbox();
    const issued = await sandbox.invoke('bhxhIssueChildCard', {
      headers: OFFICER,
      body: cardRequest(sandbox, newbornWithoutCard(sandbox)),
    });
    const card = await sandbox.invoke('bhxhGetCard', {
      params: { maTheBhyt: issued.body.theBhyt.maTheBhyt },
      headers: OFFICER,
    });
    expect(card.status).toBe(200);
    expect(card.body.trangThai).toBe('CON_HIEU_LUC');
    expect(card.body.maSoBhxh).toBe(issued.body.maSoBhxh);
  });

  it('shows a card as expired once the clock passes its end date', async () => {
    const sandbox = await createTestSandbox();
    const child = sandbox.population.byTrait.get('CHILD_UNDER_6')?.[0];
    const held = sandbox.population.childCardByPerson.get(child?.id ?? '');
    if (!held) throw new Error('no card');
    await sandbox.clock.set(new Date(`${held.validTo}T23:00:00+07:00`));
    await sandbox.clock.advance(2 * 60 * 60 * 1000);
    const card = await sandbox.invoke('bhxhGetCard', {
      params: { maTheBhyt: held.cardNumber },
      headers: OFFICER,
    });
    expect(card.body.trangThai).toBe('HET_HAN');
  });

  it('answers 404 for an unknown card', async () => {
    const sandbox = await createTestSandbox();
    const card = await sandbox.invoke('bhxhGetCard', {
      params: { maTheBhyt: 'TE1383826000457' },
      headers: OFFICER,
    });
    expect(card.status).toBe(404);
  });
});

describe('bhxhGetInsuranceRecord', () => {
  it('reads a pensioner’s record from the population', async () => {
    const sandbox = await createTestSandbox();
    const pensioner = sandbox.population.byTrait.get('PENSIONER')?.[0];
    const record = sandbox.population.insuranceByPerson.get(pensioner?.id ?? '');
    const answer = await sandbox.invoke('bhxhGetInsuranceRecord', {
      params: { soDinhDanh: pensioner?.id ?? '' },
      headers: readHeaders('MAI_TANG_TU_TUAT'),
    });
    expect(answer.status).toBe(200);
    expect(answer.body.loaiDoiTuong).toBe('NGUOI_HUONG_LUONG_HUU');
    expect(answer.body.maSoBhxh).toBe(record?.bhxhCode);
    expect(answer.body.mucLuongHuu).toBe(record?.monthlyAmount);
  });

  it('answers CHUA_THAM_GIA with zero months for a known person who never contributed', async () => {
    const sandbox = await createTestSandbox();
    const person = sandbox.population.people.find(
      (p) => !sandbox.population.insuranceByPerson.has(p.id),
    );
    const answer = await sandbox.invoke('bhxhGetInsuranceRecord', {
      params: { soDinhDanh: person?.id ?? '' },
      headers: readHeaders('MAI_TANG_TU_TUAT'),
    });
    expect(answer.body).toMatchObject({ loaiDoiTuong: 'CHUA_THAM_GIA', soThangDongTong: 0 });
  });

  it('answers 404 for a number outside the population', async () => {
    const sandbox = await createTestSandbox();
    const answer = await sandbox.invoke('bhxhGetInsuranceRecord', {
      params: { soDinhDanh: '038058999999' },
      headers: readHeaders('MAI_TANG_TU_TUAT'),
    });
    expect(answer.status).toBe(404);
  });

  it('answers 400 without the purpose headers', async () => {
    const sandbox = await createTestSandbox();
    const pensioner = sandbox.population.byTrait.get('PENSIONER')?.[0];
    const answer = await sandbox.invoke('bhxhGetInsuranceRecord', {
      params: { soDinhDanh: pensioner?.id ?? '' },
      headers: OFFICER,
    });
    expect(answer.status).toBe(400);
  });

  it('refuses a purpose that may not read insurance records', async () => {
    const sandbox = await createTestSandbox();
    const pensioner = sandbox.population.byTrait.get('PENSIONER')?.[0];
    const answer = await sandbox.invoke('bhxhGetInsuranceRecord', {
      params: { soDinhDanh: pensioner?.id ?? '' },
      headers: readHeaders('KHAI_SINH'),
    });
    expect(answer.status).toBe(403);
  });
});
