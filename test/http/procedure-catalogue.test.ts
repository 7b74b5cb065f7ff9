import { describe, expect, it } from 'vitest';
import { startSandboxApp } from '../support/sandbox-app.js';

const NOW = new Date('2026-08-31T10:00:00+07:00');

describe('the hub’s procedure catalogue over HTTP', () => {
  it('answers from the regime tables on the sandbox clock, not from the contract example', async () => {
    await using app = await startSandboxApp({ now: () => NOW });
    const headers = { authorization: `Bearer ${await app.token('tinh-demo')}` };

    const listed = await fetch(`${app.url}/lienthong/v1/thu-tuc?nhomThuTuc=NHOM_1`, { headers });
    expect(listed.status).toBe(200);
    expect(listed.headers.get('lienthong-mock')).toBeNull();
    const body = (await listed.json()) as {
      ngayApDung: string;
      danhSach: { maTTHC: string; dangHieuLuc: boolean }[];
    };
    expect(body.ngayApDung).toBe('2026-08-31');
    expect(body.danhSach.map((p) => [p.maTTHC, p.dangHieuLuc])).toEqual([
      ['2.000986', true],
      ['3.000722', false],
    ]);

    const unknown = await fetch(`${app.url}/lienthong/v1/thu-tuc/1.000656`, { headers });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'PROCEDURE_NOT_FOUND' });

    const health = await fetch(`${app.url}/lienthong/v1/suc-khoe`);
    expect(await health.json()).toMatchObject({ thoiDiem: '2026-08-31T10:00:00+07:00' });
  });
});
