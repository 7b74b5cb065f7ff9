import { beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox } from '../../test/support/sandbox.js';
import { OFFICER, birthRequest, expectingMother } from './test-requests.js';

// Generating the population takes seconds on a loaded machine; do it once, outside the tests.
beforeAll(() => createTestSandbox(), 60_000);

async function registerWith(prefer: string) {
  const s = await createTestSandbox();
  const { mother, certificate } = expectingMother(s.population);
  const answer = await s.invoke('hotichRegisterBirth', {
    headers: { ...OFFICER, prefer },
    body: birthRequest(mother, certificate),
  });
  return { s, answer };
}

describe('Prefer on hotichRegisterBirth', () => {
  it('forces a refusal with the given reason', async () => {
    const { answer } = await registerWith('outcome=refuse; reason=ME_DA_CHET');
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('ME_DA_CHET');
  });

  it('forces a duplicate', async () => {
    const { answer } = await registerWith('outcome=duplicate');
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('KHAI_SINH_TRUNG_LAP');
  });

  it('forces status 0 with the given MOJ error code', async () => {
    const { answer } = await registerWith('outcome=error; maLoi=108');
    expect(answer.status).toBe(201);
    expect(answer.body.trangThai).toBe(0);
    expect(answer.body.maLoi).toBe(108);
  });

  it('forces a supplement with the given reason', async () => {
    const { answer } = await registerWith('outcome=supplement; reason=THIEU_GIAY_TO_TUY_THAN');
    expect(answer.body.trangThai).toBe(2);
    expect(answer.body.lyDo[0].ma).toBe('THIEU_GIAY_TO_TUY_THAN');
  });

  it('forces a pending registration decided when its deadline comes', async () => {
    const { s, answer } = await registerWith('outcome=pending');
    expect(answer.body.trangThai).toBe(1);
    s.clock.set(new Date('2026-09-15T17:00:00+07:00'));
    const read = await s.invoke('hotichGetBirth', {
      params: { maDangKy: answer.body.maDangKy },
      headers: OFFICER,
    });
    expect(read.body.trangThai).toBe(4);
  });

  it('forces a registration', async () => {
    const { answer } = await registerWith('outcome=register');
    expect(answer.body.trangThai).toBe(4);
  });

  it('answers with a forced status code', async () => {
    const { answer } = await registerWith('code=503');
    expect(answer.status).toBe(503);
  });

  it('rejects a malformed preference with 400', async () => {
    expect((await registerWith('outcome')).answer.status).toBe(400);
  });

  it('rejects an outcome the operation does not know with 400', async () => {
    expect((await registerWith('outcome=approve')).answer.status).toBe(400);
  });

  it('rejects a MOJ error code the contract does not list with 400', async () => {
    expect((await registerWith('outcome=error; maLoi=999')).answer.status).toBe(400);
  });
});
