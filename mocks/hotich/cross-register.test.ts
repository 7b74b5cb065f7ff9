import { beforeAll, expect, it } from 'vitest';
import { createTestSandbox } from '../../test/support/sandbox.js';
import { OFFICER, birthRequest, expectingMother } from './test-requests.js';

// Generating the population takes seconds on a loaded machine; do it once, outside the tests.
beforeAll(() => createTestSandbox(), 60_000);

it('agrees with the population database on a registered child (name, birth date, sex)', async () => {
  const s = await createTestSandbox();
  const { mother, certificate } = expectingMother(s.population);
  const request = birthRequest(mother, certificate);
  const created = await s.invoke('hotichRegisterBirth', { headers: OFFICER, body: request });
  const registration = await s.invoke('hotichGetBirth', {
    params: { maDangKy: created.body.maDangKy },
    headers: OFFICER,
  });
  const citizen = await s.invoke('dancuLookupCitizen', {
    headers: { ...OFFICER, 'x-muc-dich': 'XAC_THUC_NGUOI_NOP', 'x-ma-ho-so': request.maHoSo },
    body: { soDinhDanh: registration.body.soDinhDanh },
  });
  expect(citizen.status).toBe(200);
  expect(citizen.body.hoTen).toBe(registration.body.treEm.hoTen);
  expect(citizen.body.ngaySinh).toBe(registration.body.treEm.ngaySinh);
  expect(citizen.body.gioiTinh).toBe(registration.body.treEm.gioiTinh);
});
