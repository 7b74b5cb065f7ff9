import { describe, expect, it } from 'vitest';
import { groupTimeLimit, type RegimeConfig } from '../../mocks/domain/regimes/index.js';
import type { CallRequest } from '../../mocks/kit/index.js';
import { createTestSandbox } from '../../test/support/sandbox.js';
import { CATALOGUE_OPERATIONS } from './catalogue.js';

const HUB = { name: 'lienthong', operations: CATALOGUE_OPERATIONS } as const;

type Options = { now?: string; regime?: RegimeConfig };

function sandbox(options: Options = {}) {
  return createTestSandbox({ size: 200, systems: [HUB], ...options });
}

/** Calls an operation in a fresh sandbox. */
async function call(operationId: string, request: CallRequest = {}, options: Options = {}) {
  return (await sandbox(options)).invoke(operationId, request);
}

interface Entry {
  maTTHC: string;
  dangHieuLuc: boolean;
  toHopChoPhep: string[][];
  thuTucCon: { ma: string; batBuoc: boolean; [key: string]: unknown }[];
  [key: string]: unknown;
}

async function entry(maTTHC: string, options: Options = {}) {
  const answer = await call('lienthongGetProcedure', { params: { maTTHC } }, options);
  expect(answer.status).toBe(200);
  return answer.body as Entry;
}

const legsOf = (e: Entry) => e.thuTucCon.map((leg) => leg.ma);
const legOf = (e: Entry, ma: string) => e.thuTucCon.find((leg) => leg.ma === ma);

describe('lienthongListProcedures', () => {
  it('lists the four group codes of both regimes in code order', async () => {
    const answer = await call('lienthongListProcedures');
    expect(answer.status).toBe(200);
    expect(answer.body.ngayApDung).toBe('2026-09-15');
    expect(answer.body.conTroTiep).toBeNull();
    const shown = (answer.body.danhSach as Entry[]).map((p) => [p.maTTHC, p.cheDoPhapLy]);
    expect(shown).toEqual([
      ['2.000986', 'ND63_2024'],
      ['2.002622', 'ND63_2024'],
      ['2.002913', 'ND301_2026'],
      ['3.000722', 'ND301_2026'],
    ]);
  });

  it('adds the ID-card leg to group 1 only in 3.000722, outside the group limit, after residence', async () => {
    const answer = await call('lienthongListProcedures', {
      query: { nhomThuTuc: 'NHOM_1' },
    });
    const [old, current] = answer.body.danhSach as [Entry, Entry];
    expect(legsOf(old)).toEqual(['KS', 'TT', 'BHYT']);
    expect(old.maTTHCThayThe).toBe('3.000722');
    expect(legsOf(current)).toEqual(['KS', 'TT', 'BHYT', 'CC']);
    expect(legOf(current, 'CC')).toMatchObject({
      heThong: 'dancu',
      coQuanQuyetDinh: 'Công an cấp tỉnh',
      thoiHanGiaiQuyet: 7,
      ngoaiThoiHanNhom: true,
      phuThuoc: ['KS', 'TT'],
      batBuoc: true,
    });
    expect(legOf(current, 'TT')).toMatchObject({
      heThong: 'cutru',
      coQuanQuyetDinh: 'Công an cấp xã',
      thoiHanGiaiQuyet: 2,
      thoiHanCoXacMinh: 5,
      lePhi: 0,
    });
    expect(current.thoiHanGiaiQuyet).toEqual({
      cachTinh: 'CO_DINH',
      soNgayLamViec: 3,
      soNgayLamViecCoXacMinh: 5,
    });
    expect(current.toHopChoPhep).toEqual([['KS', 'TT', 'BHYT', 'CC']]);
  });

  it('filters by group', async () => {
    const answer = await call('lienthongListProcedures', {
      query: { nhomThuTuc: 'NHOM_2' },
    });
    expect((answer.body.danhSach as Entry[]).map((p) => p.maTTHC)).toEqual([
      '2.002622',
      '2.002913',
    ]);
  });

  it('pages with conTro and soLuong', async () => {
    const box = await sandbox();
    const seen: string[] = [];
    let conTro: string | undefined;
    do {
      const answer = await box.invoke('lienthongListProcedures', {
        query: { soLuong: 3, ...(conTro ? { conTro } : {}) },
      });
      seen.push(...(answer.body.danhSach as Entry[]).map((p) => p.maTTHC));
      conTro = answer.body.conTroTiep ?? undefined;
    } while (conTro !== undefined);
    expect(seen).toEqual(['2.000986', '2.002622', '2.002913', '3.000722']);
  });

  it('refuses a cursor of another listing with 400 INVALID_CURSOR', async () => {
    const box = await sandbox();
    const first = await box.invoke('lienthongListProcedures', { query: { soLuong: 1 } });
    const answer = await box.invoke('lienthongListProcedures', {
      query: { nhomThuTuc: 'NHOM_2', conTro: first.body.conTroTiep },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('INVALID_CURSOR');
  });

  it('evaluates dangHieuLuc at ngay on either side of 2026-09-01', async () => {
    const box = await sandbox();
    const inForce = async (ngay: string) => {
      const answer = await box.invoke('lienthongListProcedures', { query: { ngay } });
      expect(answer.body.ngayApDung).toBe(ngay);
      return (answer.body.danhSach as Entry[]).filter((p) => p.dangHieuLuc).map((p) => p.maTTHC);
    };
    expect(await inForce('2026-08-31')).toEqual(['2.000986', '2.002622']);
    expect(await inForce('2026-09-01')).toEqual(['2.002913', '3.000722']);
    expect(await inForce('2024-06-30')).toEqual([]);
  });

  it('evaluates dangHieuLuc on the sandbox clock’s today by default', async () => {
    const box = await sandbox({ now: '2026-08-31T23:30:00+07:00' });
    const answer = await box.invoke('lienthongListProcedures');
    expect(answer.body.ngayApDung).toBe('2026-08-31');
    const inForce = (answer.body.danhSach as Entry[]).filter((p) => p.dangHieuLuc);
    expect(inForce.map((p) => p.maTTHC)).toEqual(['2.000986', '2.002622']);
  });
});

describe('lienthongGetProcedure', () => {
  it('routes the group-2 benefit legs per branch, with 1 WD plus the longest leg', async () => {
    const found = await entry('2.002913');
    expect(found.toHopChoPhep).toEqual([
      ['KT', 'XTT'],
      ['KT', 'XTT', 'MT'],
      ['KT', 'XTT', 'MT', 'TU'],
    ]);
    expect(found.thoiHanGiaiQuyet).toEqual({
      cachTinh: 'CONG_THU_TUC_CON_DAI_NHAT',
      soNgayLamViec: 1,
    });
    expect(found.hanBoSung).toBe(7);
    expect(found.maTTHCThayThe).toBeUndefined();
    expect(legOf(found, 'MT')).toMatchObject({
      heThong: 'bhxh',
      coQuanQuyetDinh: 'Theo nhánh chế độ (tuyenCheDo)',
      thoiHanGiaiQuyet: 5,
      batBuoc: false,
      phuThuoc: ['KT'],
      tuyenCheDo: [
        {
          cheDoHuong: 'MAI_TANG_BHXH',
          heThong: 'bhxh',
          coQuanQuyetDinh: 'Bảo hiểm xã hội cơ sở',
          thoiHanGiaiQuyet: 5,
        },
        {
          cheDoHuong: 'HO_TRO_MAI_TANG',
          heThong: 'xahoi',
          coQuanQuyetDinh: 'Ủy ban nhân dân cấp xã',
          thoiHanGiaiQuyet: 5,
        },
        {
          cheDoHuong: 'MAI_TANG_HTXH',
          heThong: 'xahoi',
          coQuanQuyetDinh: 'Ủy ban nhân dân cấp xã',
          thoiHanGiaiQuyet: 5,
        },
        {
          cheDoHuong: 'MAI_TANG_NCC',
          heThong: 'xahoi',
          coQuanQuyetDinh: 'Sở Nội vụ',
          thoiHanGiaiQuyet: 7,
        },
        {
          cheDoHuong: 'MAI_TANG_KHAC',
          heThong: 'xahoi',
          coQuanQuyetDinh: 'Sở Nội vụ',
          thoiHanGiaiQuyet: 7,
        },
      ],
    });
    expect(legOf(found, 'TU')).toMatchObject({
      coQuanQuyetDinh: 'Bảo hiểm xã hội cơ sở',
      thoiHanGiaiQuyet: 8,
      tuyenCheDo: [
        { cheDoHuong: 'TU_TUAT_1LAN', thoiHanGiaiQuyet: 8 },
        { cheDoHuong: 'TU_TUAT_HANGTHANG', thoiHanGiaiQuyet: 12 },
      ],
    });
    const limit = groupTimeLimit('ND301_2026', 'NHOM_2', ['KT', 'XTT', 'MT']);
    expect(limit.ok && limit.value.workingDays).toBe(1 + 5);
  });

  it('offers {KS,BHYT} when allowPartialGroup1 is on, and TT is no longer mandatory', async () => {
    const regime = { allowPartialGroup1: true };
    const old = await entry('2.000986', { regime });
    expect(old.toHopChoPhep).toEqual([
      ['KS', 'TT', 'BHYT'],
      ['KS', 'BHYT'],
    ]);
    const current = await entry('3.000722', { regime });
    expect(current.toHopChoPhep).toEqual([
      ['KS', 'TT', 'BHYT', 'CC'],
      ['KS', 'TT', 'BHYT'],
      ['KS', 'BHYT'],
    ]);
    expect(current.thuTucCon.filter((leg) => leg.batBuoc).map((leg) => leg.ma)).toEqual([
      'KS',
      'BHYT',
    ]);
  });

  it('drops the survivor leg and its combination when tuTuatEnabled is off', async () => {
    const found = await entry('2.002622', { regime: { group2: { tuTuatEnabled: false } } });
    expect(found.toHopChoPhep).toEqual([
      ['KT', 'XTT'],
      ['KT', 'XTT', 'MT'],
    ]);
    expect(legsOf(found)).toEqual(['KT', 'XTT', 'MT']);
    expect(found.maTTHCThayThe).toBe('2.002913');
  });

  it('takes fees from the regime settings', async () => {
    const regime = { fees: { residence: { childrenExempt: false } } };
    const found = await entry('3.000722', { regime });
    expect(legOf(found, 'TT')).toMatchObject({
      lePhi: 10_000,
      ghiChuLePhi: 'Nộp trực tuyến 10.000 đồng, trực tiếp 20.000 đồng',
    });
    expect(legOf(found, 'KS')?.ghiChuLePhi).toMatch(/8\.000 đồng\/bản/);
  });

  it('evaluates dangHieuLuc at ngay', async () => {
    const box = await sandbox();
    const at = async (ngay: string) =>
      (
        await box.invoke('lienthongGetProcedure', {
          params: { maTTHC: '3.000722' },
          query: { ngay },
        })
      ).body.dangHieuLuc;
    expect(await at('2026-08-31')).toBe(false);
    expect(await at('2026-09-01')).toBe(true);
  });

  it('reads a provincial suffix as the national code', async () => {
    expect((await entry('3.000722.H38')).maTTHC).toBe('3.000722');
  });

  it('answers 404 PROCEDURE_NOT_FOUND for a code that is not a linked procedure', async () => {
    const box = await sandbox();
    const unknown = await box.invoke('lienthongGetProcedure', { params: { maTTHC: '9.999999' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('PROCEDURE_NOT_FOUND');
    const alias = await box.invoke('lienthongGetProcedure', { params: { maTTHC: '2.000987' } });
    expect(alias.status).toBe(404);
    expect(alias.body.detail).toMatch(/alias of 3\.000722/);
  });
});

describe('lienthongGetHealth', () => {
  it('reports the hub up at the sandbox clock’s time', async () => {
    const answer = await call('lienthongGetHealth');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      trangThai: 'HOAT_DONG',
      thoiDiem: '2026-09-15T09:00:00+07:00',
    });
  });
});
