/**
 * Supplements on the civil-status leg, as a provincial client lives them over HTTP: the province
 * asks for one (forced with `Prefer: outcome=supplement`), the citizen answers in time or too
 * late, or answers when nothing was asked.
 * @see specs/lienthong.yaml `lienthongSupplementDossier`; DOMAIN.md §3 "Supplements, refusals,
 * withdrawal", §5 (7 working days)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { group1Submission } from '../support/hub.js';
import {
  advance,
  createSandbox,
  hubClient,
  legOf,
  legStatuses,
  type HubClient,
} from '../support/hub-client.js';
import { startSandboxApp } from '../support/sandbox-app.js';
import type { App } from '../support/control-plane.js';

const CLOCK_START = '2026-09-15T09:30:00+07:00';
/** 7 working days after Tuesday 15/09/2026 (no holiday in between). */
const SUPPLEMENT_DUE = '2026-09-24T17:00:00+07:00';
const ASK_FOR_MARRIAGE_CERTIFICATE = 'outcome=supplement; reason=THIEU_GIAY_CHUNG_NHAN_KET_HON';

const marriageCertificate = {
  noiDung: 'Bổ sung giấy chứng nhận kết hôn của cha mẹ',
  thuTucCon: 'KS',
  giayChungNhanKetHon: {
    so: '12',
    quyenSo: '01/2023',
    ngayDangKy: '2023-10-20',
    noiDangKy: 'UBND phường Hàm Rồng, thành phố Thanh Hóa, tỉnh Thanh Hóa',
  },
};

let app: App;

beforeAll(async () => {
  app = await startSandboxApp({
    now: () => new Date(CLOCK_START),
    config: { populationSize: 3000 },
  });
});

afterAll(async () => {
  await app[Symbol.asyncDispose]();
});

/** A sandbox of its own with a group-1 dossier the province asked to complete. */
async function dossierAwaitingSupplement(): Promise<{
  hub: HubClient;
  sandboxId: string;
  maHoSo: string;
}> {
  const { sandboxId, population } = await createSandbox(app, { clockStart: CLOCK_START });
  const hub = await hubClient(app, sandboxId);
  const submitted = await hub.submit(group1Submission(population).submission, {
    prefer: ASK_FOR_MARRIAGE_CERTIFICATE,
  });
  expect(submitted.status).toBe(201);
  return { hub, sandboxId, maHoSo: submitted.body.maHoSo };
}

it('puts the dossier in status 5 with seven working days to supply what the birth leg needs', async () => {
  const { hub, maHoSo } = await dossierAwaitingSupplement();

  const dossier = await hub.get(maHoSo);

  expect(dossier.trangThai).toBe(5);
  expect(dossier.yeuCauBoSung).toMatchObject({
    thuTucCon: 'KS',
    hanBoSung: SUPPLEMENT_DUE,
    lyDo: [expect.objectContaining({ ma: 'THIEU_GIAY_CHUNG_NHAN_KET_HON' })],
  });
  expect(legStatuses(dossier)).toEqual({
    KS: 'YEU_CAU_BO_SUNG',
    TT: 'CHO_XU_LY',
    BHYT: 'CHO_XU_LY',
    CC: 'CHO_XU_LY',
  });
  const events = await hub.events(maHoSo);
  expect(events.at(-1)).toMatchObject({
    loaiSuKien: 'YEU_CAU_BO_SUNG',
    thuTucCon: 'KS',
    trangThaiHoSo: 5,
    duLieu: { hanBoSung: SUPPLEMENT_DUE },
  });
});

it('resumes processing and restarts the time limit when the supplement is answered in time', async () => {
  const { hub, sandboxId, maHoSo } = await dossierAwaitingSupplement();
  const before = await hub.get(maHoSo);
  await advance(app, sandboxId, { workingDays: 3 });

  const answered = await hub.supplement(maHoSo, marriageCertificate);

  expect(answered.status).toBe(200);
  expect(answered.body.trangThai).toBe(4);
  expect(answered.body.yeuCauBoSung).toBeUndefined();
  // Three working days counted again from Friday 18/09: Monday 21, Tuesday 22, Wednesday 23.
  expect(before.ngayHenTra).toBe('2026-09-18T17:00:00+07:00');
  expect(answered.body.ngayHenTra).toBe('2026-09-23T17:00:00+07:00');
  expect(answered.body.phieuHen.ngayHenTra).toBe('2026-09-23T17:00:00+07:00');
  expect(legOf(answered.body, 'KS').trangThai).toBe('HOAN_THANH');
  expect(legOf(answered.body, 'KS').soDinhDanh).toMatch(/^\d{12}$/);
  const types = (await hub.events(maHoSo)).map((e) => `${e.loaiSuKien} ${e.thuTucCon ?? ''}`);
  expect(types.slice(0, 6)).toEqual([
    'HO_SO_DA_TIEP_NHAN ',
    'THU_TUC_CON_BAT_DAU KS',
    'YEU_CAU_BO_SUNG KS',
    'THU_TUC_CON_BAT_DAU KS',
    'THU_TUC_CON_HOAN_THANH KS',
    'THU_TUC_CON_BAT_DAU TT',
  ]);
});

it('stops the dossier’s clock while it waits for the supplement: no apology for the old date', async () => {
  const { hub, sandboxId, maHoSo } = await dossierAwaitingSupplement();

  await advance(app, sandboxId, { workingDays: 5 });

  const waiting = await hub.get(maHoSo);
  expect(waiting.trangThai).toBe(5);
  expect(waiting.phieuXinLoi).toBeUndefined();
  expect((await hub.events(maHoSo)).map((e) => e.loaiSuKien)).not.toContain('HO_SO_QUA_HAN');
  const answered = await hub.supplement(maHoSo, marriageCertificate);
  // Three working days from Tuesday 22/09.
  expect(answered.body.ngayHenTra).toBe('2026-09-25T17:00:00+07:00');
});

it('lets the citizen withdraw a dossier waiting for a supplement', async () => {
  const { hub, sandboxId, maHoSo } = await dossierAwaitingSupplement();

  const withdrawn = await hub.withdraw(maHoSo, 'Không bổ sung được giấy tờ');
  await advance(app, sandboxId, { workingDays: 8 });

  expect(withdrawn.body.trangThai).toBe(7);
  const dossier = await hub.get(maHoSo);
  expect(dossier.trangThai).toBe(7);
  expect(legOf(dossier, 'KS').trangThai).toBe('DA_HUY');
  const types = (await hub.events(maHoSo)).map((e) => e.loaiSuKien);
  expect(types.at(-1)).toBe('HO_SO_DA_RUT');
  expect((await hub.supplement(maHoSo, marriageCertificate)).body.code).toBe(
    'DOSSIER_NOT_AWAITING_SUPPLEMENT',
  );
});

it('finishes the whole dossier once the supplement is answered', async () => {
  const { hub, sandboxId, maHoSo } = await dossierAwaitingSupplement();
  await hub.supplement(maHoSo, marriageCertificate);

  await advance(app, sandboxId, { workingDays: 8 });

  const dossier = await hub.get(maHoSo);
  expect(dossier.trangThai).toBe(10);
  expect(legStatuses(dossier)).toEqual({
    KS: 'HOAN_THANH',
    TT: 'HOAN_THANH',
    BHYT: 'HOAN_THANH',
    CC: 'HOAN_THANH',
  });
});

it('refuses the birth leg and stops the dossier when the supplement is not answered in time', async () => {
  const { hub, sandboxId, maHoSo } = await dossierAwaitingSupplement();

  await advance(app, sandboxId, { workingDays: 8 });

  const dossier = await hub.get(maHoSo);
  expect(dossier.trangThai).toBe(8);
  expect(legOf(dossier, 'KS')).toMatchObject({
    trangThai: 'TU_CHOI',
    lyDo: [expect.objectContaining({ ma: 'HET_HAN_BO_SUNG' })],
  });
  expect(legStatuses(dossier)).toMatchObject({ TT: 'DA_HUY', BHYT: 'DA_HUY', CC: 'DA_HUY' });
  const types = (await hub.events(maHoSo)).map((e) => e.loaiSuKien);
  expect(types.slice(-2)).toEqual(['THU_TUC_CON_TU_CHOI', 'HO_SO_DUNG_XU_LY']);
});

it('answers 422 SUPPLEMENT_EXPIRED to a supplement sent after the due date', async () => {
  const { hub, sandboxId, maHoSo } = await dossierAwaitingSupplement();
  await advance(app, sandboxId, { workingDays: 8 });

  const late = await hub.supplement(maHoSo, marriageCertificate);

  expect(late.status).toBe(422);
  expect(late.body.code).toBe('SUPPLEMENT_EXPIRED');
  expect((await hub.get(maHoSo)).trangThai).toBe(8);
});

it('answers 409 DOSSIER_NOT_AWAITING_SUPPLEMENT when nothing was asked', async () => {
  const { sandboxId, population } = await createSandbox(app, { clockStart: CLOCK_START });
  const hub = await hubClient(app, sandboxId);
  const submitted = await hub.submit(group1Submission(population).submission);

  const answer = await hub.supplement(submitted.body.maHoSo, marriageCertificate);

  expect(answer.status).toBe(409);
  expect(answer.body.code).toBe('DOSSIER_NOT_AWAITING_SUPPLEMENT');
});

it('answers 422 SUPPLEMENT_WRONG_GROUP to a birth dossier supplied with a death-group block', async () => {
  const { hub, maHoSo } = await dossierAwaitingSupplement();

  const answer = await hub.supplement(maHoSo, {
    noiDung: 'Bổ sung tài khoản nhận tiền',
    taiKhoanNganHang: {
      soTaiKhoan: '1023456784821',
      nganHang: 'Vietcombank',
      chuTaiKhoan: 'LE THANH THUY',
    },
  });

  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('SUPPLEMENT_WRONG_GROUP');
  expect((await hub.get(maHoSo)).trangThai).toBe(5);
});
