import { beforeEach, describe, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from '../../test/support/sandbox.js';
import { MOCK_SYSTEMS } from '../registry.js';
import { vneid } from './index.js';

const READ = {
  'x-officer-id': 'cb.tinh.80001',
  'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
  'x-ma-ho-so': '000.00.00.H80-260915-0007',
};
const DOCUMENT = {
  maGiayTo: '123/2026/KS',
  loaiGiayTo: 'GIAY_KHAI_SINH',
  coQuanCap: '000.00.00.H80',
  ngayCap: '2026-09-15T08:05:00+07:00',
  jws: 'eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJob1RlbiI6IkzDqiBNaW5oIEFuIn0.c2lnbmF0dXJl',
};

let sandbox: TestSandbox;
beforeEach(async () => {
  sandbox = await createTestSandbox({
    systems: [...MOCK_SYSTEMS.filter((s) => s.name !== 'vneid'), vneid],
  });
});

function account(soDinhDanh: string, headers: Record<string, string> = READ) {
  return sandbox.invoke('vneidGetAccount', { params: { soDinhDanh }, headers });
}

function deliver(soDinhDanh: string, giayTo = DOCUMENT) {
  return sandbox.invoke('vneidDeliverDocument', {
    params: { soDinhDanh },
    headers: { 'x-officer-id': 'hethong.lienthong' },
    body: { maHoSo: '000.00.00.H80-260915-0007', giayTo },
  });
}

describe('e-ID accounts', () => {
  it('reports the level and state of a citizen’s account as the population holds it', async () => {
    for (const person of sandbox.population.people.slice(0, 40)) {
      const answer = await account(person.id);
      expect(answer.status).toBe(200);
      expect(answer.body.mucDoDinhDanh).toBe(person.vneid.level);
    }
  });

  it('reports a level below 2 for a citizen without a level-2 account', async () => {
    const [citizen] = sandbox.population.byTrait.get('NO_LEVEL2_VNEID') ?? [];
    const answer = await account(citizen?.id ?? '');
    expect(answer.body.mucDoDinhDanh).toBeLessThan(2);
  });

  it('answers 404 for a citizen unknown to VNeID', async () => {
    expect((await account('001300999996')).status).toBe(404);
  });

  it('answers 400 when the purpose and dossier headers are missing', async () => {
    const [person] = sandbox.population.people;
    expect((await account(person?.id ?? '', { 'x-officer-id': 'cb.tinh.80001' })).status).toBe(400);
  });
});

describe('the document wallet', () => {
  it('receives a document once per citizen and gives a receipt', async () => {
    const [first, second] = sandbox.population.people;
    const receipt = await deliver(first?.id ?? '');
    expect(receipt.status).toBe(201);
    expect(receipt.body).toEqual({
      maBienNhan: 'KHO-000001',
      soDinhDanh: first?.id,
      maGiayTo: DOCUMENT.maGiayTo,
      thoiDiemNhan: '2026-09-15T09:00:00+07:00',
    });
    const again = await deliver(first?.id ?? '');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DOCUMENT_ALREADY_DELIVERED');
    expect((await deliver(second?.id ?? '')).status).toBe(201);
  });

  it('answers 404 for a citizen unknown to VNeID', async () => {
    expect((await deliver('001300999996')).status).toBe(404);
  });
});
