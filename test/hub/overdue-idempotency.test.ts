/**
 * Two promises the hub keeps to a client: a dossier not finished by its appointment date gets an
 * apology slip with a new date (once per date), and a submission repeated with the same
 * `Idempotency-Key` creates nothing new.
 * @see specs/lienthong.yaml `LinkedDossier.phieuXinLoi`, event `HO_SO_QUA_HAN`,
 * `lienthongSubmitDossier` (Idempotency-Key); DOMAIN.md §7 "One-stop slips"
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { group1Submission } from '../support/hub.js';
import { advance, createSandbox, hubClient, newKey, present } from '../support/hub-client.js';
import { startSandboxApp } from '../support/sandbox-app.js';
import type { App } from '../support/control-plane.js';

const CLOCK_START = '2026-09-15T09:30:00+07:00';
/** Three working days after Tuesday 15/09/2026. */
const APPOINTMENT = '2026-09-18T17:00:00+07:00';

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

/** A dossier in a manual sandbox: nobody decides residence and the health card. */
async function undecidedDossier() {
  const { sandboxId, population } = await createSandbox(app, {
    clockStart: CLOCK_START,
    processingProfile: { profile: 'manual' },
  });
  const hub = await hubClient(app, sandboxId);
  const submitted = await hub.submit(group1Submission(population).submission);
  expect(submitted.body.ngayHenTra).toBe(APPOINTMENT);
  return { hub, sandboxId, maHoSo: submitted.body.maHoSo };
}

const apologies = async (hub: Awaited<ReturnType<typeof hubClient>>, maHoSo: string) =>
  (await hub.events(maHoSo)).filter((e) => e.loaiSuKien === 'HO_SO_QUA_HAN');

it('issues an apology slip with a later appointment date once the dossier is overdue', async () => {
  const { hub, sandboxId, maHoSo } = await undecidedDossier();

  const moved = await advance(app, sandboxId, { workingDays: 4 });

  expect(moved.body.fired.deadlinesPassed).toBeGreaterThan(0);
  const dossier = await hub.get(maHoSo);
  expect(dossier.trangThai).toBe(4);
  expect(dossier.phieuXinLoi).toBeDefined();
  const slip = present(dossier.phieuXinLoi, 'phieuXinLoi');
  expect(Date.parse(slip.ngayHenTraMoi)).toBeGreaterThan(Date.parse(APPOINTMENT));
  expect(dossier.ngayHenTra).toBe(slip.ngayHenTraMoi);
  expect(slip.lyDo.map((r) => r.ma)).toContain('THU_TUC_CON_QUA_HAN');
  const issued = await apologies(hub, maHoSo);
  expect(issued).toHaveLength(1);
  expect(issued[0]?.duLieu).toEqual(slip);
});

it('apologises once per due date, and again only when the new date passes', async () => {
  const { hub, sandboxId, maHoSo } = await undecidedDossier();
  await advance(app, sandboxId, { workingDays: 4 });
  const first = present((await hub.get(maHoSo)).phieuXinLoi, 'phieuXinLoi');

  await advance(app, sandboxId, { duration: 'PT6H' });
  expect(await apologies(hub, maHoSo)).toHaveLength(1);

  await advance(app, sandboxId, { workingDays: 10 });
  const issued = await apologies(hub, maHoSo);
  expect(issued).toHaveLength(2);
  const second = present((await hub.get(maHoSo)).phieuXinLoi, 'phieuXinLoi');
  expect(issued[1]?.duLieu).toEqual(second);
  expect(Date.parse(second.ngayHenTraMoi)).toBeGreaterThan(Date.parse(first.ngayHenTraMoi));
  expect(second.lyDo).toEqual([
    expect.objectContaining({
      ma: 'QUA_HAN_GIAI_QUYET',
      moTa: expect.stringContaining(first.ngayHenTraMoi),
    }),
  ]);
});

it('issues no apology for a dossier finished in time', async () => {
  const { sandboxId, population } = await createSandbox(app, { clockStart: CLOCK_START });
  const hub = await hubClient(app, sandboxId);
  const submitted = await hub.submit(group1Submission(population).submission);

  await advance(app, sandboxId, { workingDays: 10 });

  const dossier = await hub.get(submitted.body.maHoSo);
  expect(dossier.trangThai).toBe(10);
  expect(dossier.phieuXinLoi).toBeUndefined();
  expect(await apologies(hub, submitted.body.maHoSo)).toEqual([]);
});

it('answers a repeated submission with the same dossier and creates nothing new', async () => {
  const { sandboxId, population } = await createSandbox(app, { clockStart: CLOCK_START });
  const hub = await hubClient(app, sandboxId);
  const { submission } = group1Submission(population);
  const key = newKey('same-dossier');
  const first = await hub.submit(submission, { key });
  const eventsBefore = await hub.events(first.body.maHoSo);

  const again = await hub.submit(submission, { key });

  expect(first.status).toBe(201);
  expect(again.status).toBe(200);
  expect(again.body.maHoSo).toBe(first.body.maHoSo);
  expect(again.body.trangThai).toBe((await hub.get(first.body.maHoSo)).trangThai);
  const listed = await hub.call('/ho-so?soLuong=100');
  expect((listed.body.danhSach as { maHoSo: string }[]).map((d) => d.maHoSo)).toEqual([
    first.body.maHoSo,
  ]);
  expect(await hub.events(first.body.maHoSo)).toEqual(eventsBefore);
});

it('answers 409 IDEMPOTENCY_KEY_REUSED to the same key with another body', async () => {
  const { sandboxId, population } = await createSandbox(app, { clockStart: CLOCK_START });
  const hub = await hubClient(app, sandboxId);
  const key = newKey('reused');
  const first = await hub.submit(group1Submission(population).submission, { key });

  const other = await hub.submit(group1Submission(population, { skip: 1 }).submission, { key });

  expect(other.status).toBe(409);
  expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  const listed = await hub.call('/ho-so?soLuong=100');
  expect((listed.body.danhSach as { maHoSo: string }[]).map((d) => d.maHoSo)).toEqual([
    first.body.maHoSo,
  ]);
});
