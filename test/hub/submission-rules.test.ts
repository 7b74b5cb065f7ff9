/**
 * The business rules a linked dossier must pass before the hub accepts it: a procedure in force,
 * an allowed combination of legs, the data and evidence each leg needs, a level-2 applicant, a
 * child under 6, a deceased who is in the population register. Each refusal is a 422 problem
 * with a stable code, and nothing is created.
 * @see specs/lienthong.yaml `lienthongSubmitDossier`; DOMAIN.md §3 "Combinations", §4, §5
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { group1Submission, group2Submission, insuredDeceased } from '../support/hub.js';
import { createSandbox, hubClient, omit, type HubClient } from '../support/hub-client.js';
import { startSandboxApp } from '../support/sandbox-app.js';
import type { App } from '../support/control-plane.js';

const NOW = '2026-09-15T09:30:00+07:00';

let app: App;
let hub: HubClient;

beforeAll(async () => {
  app = await startSandboxApp({ now: () => new Date(NOW), config: { populationSize: 3000 } });
  hub = await hubClient(app);
});

afterAll(async () => {
  await app[Symbol.asyncDispose]();
});

const population = () => app.sandbox.population;

/** Submits and expects a 422 with `code`; checks that no dossier was created. */
async function expectRefused(body: unknown, code: string): Promise<void> {
  const before = await hub.call('/ho-so?soLuong=100');
  const answer = await hub.submit(body as Parameters<HubClient['submit']>[0]);
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe(code);
  const after = await hub.call('/ho-so?soLuong=100');
  expect(after.body.danhSach).toEqual(before.body.danhSach);
}

it('refuses a birth dossier without residence (COMBINATION_NOT_ALLOWED)', async () => {
  const { submission } = group1Submission(population(), { thuTucCon: ['KS', 'BHYT'] });
  await expectRefused(submission, 'COMBINATION_NOT_ALLOWED');
});

it('refuses the 2026 birth procedure before it came into force (PROCEDURE_NOT_IN_FORCE)', async () => {
  const { sandboxId, population: august } = await createSandbox(app, {
    clockStart: '2026-08-17T09:30:00+07:00',
  });
  const early = await hubClient(app, sandboxId);
  const { submission } = group1Submission(august, { maTTHC: '3.000722' });

  const answer = await early.submit(submission);

  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('PROCEDURE_NOT_IN_FORCE');
});

it('refuses an applicant without a level-2 VNeID account (APPLICANT_NOT_LEVEL_2)', async () => {
  const { submission } = group1Submission(population());
  const unverified = (population().byTrait.get('NO_LEVEL2_VNEID') ?? []).find(
    (p) => p.death === null,
  );
  if (!unverified) throw new Error('no citizen without a level-2 account');
  await expectRefused(
    {
      ...submission,
      nguoiYeuCau: { hoTen: unverified.fullName, soDinhDanh: unverified.id, quanHe: 'ME' },
    },
    'APPLICANT_NOT_LEVEL_2',
  );
});

it('refuses a child of six or older (CHILD_OVER_AGE)', async () => {
  const { submission } = group1Submission(population());
  await expectRefused(
    { ...submission, treEm: { ...submission.treEm, ngaySinh: '2020-09-14' } },
    'CHILD_OVER_AGE',
  );
});

it('refuses a death of someone the population register does not know (DECEASED_NOT_FOUND)', async () => {
  const { person, spouse } = insuredDeceased(population());
  const form = group2Submission(person, spouse, 'VO');
  const unknownId = `${person.id.slice(0, 6)}${person.id.slice(6) === '999999' ? '999998' : '999999'}`;
  if (population().byId.has(unknownId)) throw new Error('the made-up ID exists');
  await expectRefused(
    { ...form, nguoiChet: { ...form.nguoiChet, soDinhDanh: unknownId } },
    'DECEASED_NOT_FOUND',
  );
});

it('refuses a residence leg without the residence block (MISSING_LEG_DATA)', async () => {
  const { submission } = group1Submission(population());
  await expectRefused(omit(submission, 'thuongTru'), 'MISSING_LEG_DATA');
});

it('refuses a funeral allowance without its branch (MISSING_LEG_DATA)', async () => {
  const { person, spouse } = insuredDeceased(population());
  const form = group2Submission(person, spouse, 'VO', { mt: 'MAI_TANG_BHXH' });
  await expectRefused(omit(form, 'nguoiLoMaiTang'), 'MISSING_LEG_DATA');
});

it('refuses a birth proven by both a medical certificate and a witness (BIRTH_EVIDENCE_INVALID)', async () => {
  const { submission, head } = group1Submission(population());
  await expectRefused(
    {
      ...submission,
      nguoiLamChung: {
        hoTen: head.fullName,
        soDinhDanh: head.id,
        noiDungLamChung: 'Tôi là người đỡ đẻ cho cháu tại nhà riêng',
      },
    },
    'BIRTH_EVIDENCE_INVALID',
  );
});

it('refuses a birth with neither a medical certificate nor a witness (BIRTH_EVIDENCE_INVALID)', async () => {
  const { submission } = group1Submission(population());
  await expectRefused(omit(submission, 'giayChungSinh'), 'BIRTH_EVIDENCE_INVALID');
});
