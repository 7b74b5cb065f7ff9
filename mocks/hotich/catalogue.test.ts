import { beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox } from '../../test/support/sandbox.js';
import { OFFICER, birthRequest, expectingMother } from './test-requests.js';

// Generating the population takes seconds on a loaded machine; do it once, outside the tests.
beforeAll(() => createTestSandbox(), 60_000);

describe('hotichGetCatalogue', () => {
  it('lists the ethnicities with Kinh as 01', async () => {
    const s = await createTestSandbox();
    const page = await s.invoke('hotichGetCatalogue', { params: { loaiDanhMuc: 3 } });
    expect(page.status).toBe(200);
    expect(page.body.danhSach[0]).toEqual({ ma: '01', ten: 'Kinh' });
  });

  it('pages through the registration places with a cursor', async () => {
    const s = await createTestSandbox();
    const first = await s.invoke('hotichGetCatalogue', {
      params: { loaiDanhMuc: 4 },
      query: { soLuong: 5 },
    });
    expect(first.body.danhSach).toHaveLength(5);
    const second = await s.invoke('hotichGetCatalogue', {
      params: { loaiDanhMuc: 4 },
      query: { soLuong: 5, conTro: first.body.conTroTiep },
    });
    expect(second.body.danhSach[0].ma > first.body.danhSach[4].ma).toBe(true);
  });

  it('rejects a cursor it did not issue', async () => {
    const s = await createTestSandbox();
    const page = await s.invoke('hotichGetCatalogue', {
      params: { loaiDanhMuc: 1 },
      query: { conTro: 'bm9wZQ' },
    });
    expect(page.status).toBe(400);
  });

  it('rejects an unknown catalogue kind', async () => {
    const s = await createTestSandbox();
    expect((await s.invoke('hotichGetCatalogue', { params: { loaiDanhMuc: 6 } })).status).toBe(400);
  });
});

describe('hotichFindRegistrations', () => {
  it('finds the registrations of a dossier by group code and by leg code', async () => {
    const s = await createTestSandbox();
    const { mother, certificate } = expectingMother(s.population);
    const request = birthRequest(mother, certificate);
    const created = await s.invoke('hotichRegisterBirth', { headers: OFFICER, body: request });
    const group = request.maHoSo.replace(/-KS$/, '');
    const byGroup = await s.invoke('hotichFindRegistrations', {
      query: { maHoSo: group },
      headers: OFFICER,
    });
    expect(byGroup.body.danhSach.map((r: { maDangKy: string }) => r.maDangKy)).toEqual([
      created.body.maDangKy,
    ]);
    expect(byGroup.body.danhSach[0].hoTen).toBe(certificate.intendedName);
    const byLeg = await s.invoke('hotichFindRegistrations', {
      query: { maHoSo: request.maHoSo },
      headers: OFFICER,
    });
    expect(byLeg.body.danhSach).toHaveLength(1);
    const deaths = await s.invoke('hotichFindRegistrations', {
      query: { maHoSo: group, loai: 'KHAI_TU' },
      headers: OFFICER,
    });
    expect(deaths.body.danhSach).toHaveLength(0);
  });

  it('rejects a cursor it did not issue', async () => {
    const s = await createTestSandbox();
    const answer = await s.invoke('hotichFindRegistrations', {
      query: { maHoSo: '000.00.00.H80-260915-0007', conTro: 'bm9wZQ' },
      headers: OFFICER,
    });
    expect(answer.status).toBe(400);
  });
});

describe('hotichGetHealth', () => {
  it('reports the software up at the sandbox time', async () => {
    const s = await createTestSandbox();
    const health = await s.invoke('hotichGetHealth');
    expect(health.body).toEqual({
      trangThai: 'HOAT_DONG',
      thoiDiem: '2026-09-15T09:00:00+07:00',
      phienBan: '1.0.0',
    });
  });
});
