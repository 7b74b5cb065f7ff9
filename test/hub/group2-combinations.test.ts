/**
 * Every group-2 combination and every benefit branch walked to completion in the instant
 * profile, in both regimes (2.002622 before 01/09/2026, 2.002913 after), with the final state
 * read back from the registers: dead in dancu, deregistered in cutru, the benefit decided with
 * the configured amount, and the dossier's numbered events.
 * @see DOMAIN.md §4 (variants, SANDBOX DEFAULT routing), §7; mocks/domain/regimes benefitAmount
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_POLICY_CONFIG } from '../../gateway/policy/index.js';
import type { Person, Population } from '../../mocks/domain/population/index.js';
import { benefitAmount } from '../../mocks/domain/regimes/index.js';
import type { App } from '../support/control-plane.js';
import { group2Submission, type BenefitBranch } from '../support/hub.js';
import { createSandbox, hubClient, legOf, legStatuses } from '../support/hub-client.js';
import { auditCode, bereavedOf, registers, resultsOf } from '../support/hub-registers.js';
import { startSandboxApp } from '../support/sandbox-app.js';

const REGIMES = [
  {
    name: 'Decree 301',
    now: '2026-09-15T09:30:00+07:00',
    died: '2026-09-12T04:20:00+07:00',
    maTTHC: '2.002913',
  },
  {
    name: 'Decree 63',
    now: '2026-08-17T09:30:00+07:00',
    died: '2026-08-14T04:20:00+07:00',
    maTTHC: '2.002622',
  },
] as const;
type Regime = (typeof REGIMES)[number];

const UNTHROTTLED = {
  rate: {
    ...DEFAULT_POLICY_CONFIG.rate,
    client: { capacity: 100_000, perMs: 1_000 },
    officerMinute: { capacity: 100_000, perMs: 1_000 },
    officerDay: { capacity: 100_000, perMs: 1_000 },
  },
};

const apps = new Map<string, App>();

beforeAll(async () => {
  const started = await Promise.all(
    REGIMES.map((r) =>
      startSandboxApp({
        now: () => new Date(r.now),
        config: { populationSize: 3000 },
        policy: UNTHROTTLED,
      }),
    ),
  );
  REGIMES.forEach((r, i) => apps.set(r.now, started[i] as App));
});

afterAll(async () => {
  await Promise.all([...apps.values()].map((app) => app[Symbol.asyncDispose]()));
});

/** Whole years between two `yyyy-MM-dd` days. */
function age(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) >= birth.slice(5) ? years : years - 1;
}

const insured = (p: Population, person: Person) => {
  const category = p.insuranceByPerson.get(person.id)?.category;
  return category !== undefined && category !== 'NOT_PARTICIPATING';
};
const entitledTo = (p: Population, person: Person, category: string) =>
  p.socialByPerson.get(person.id)?.entitlements.some((e) => e.category === category) ?? false;

/** A case: who dies, which legs and branches the family asks for, and how each leg ends. */
interface Case {
  readonly title: string;
  readonly trait: Parameters<Population['byTrait']['get']>[0];
  readonly accept?: (
    population: Population,
    person: Person,
    requester: Person,
    died: string,
  ) => boolean;
  readonly mt?: BenefitBranch;
  readonly tu?: BenefitBranch;
  /** The relatives agree on the representative in VNeID (else on Form 09-HSB). */
  readonly vneid?: boolean;
  readonly legs: Record<string, string>;
}

const CASES: readonly Case[] = [
  {
    title: 'registers the death and deregisters the residence alone (KT, XTT)',
    trait: 'PENSIONER',
    legs: { KT: 'HOAN_THANH', XTT: 'HOAN_THANH' },
  },
  {
    title: 'grants the BHXH funeral allowance of an insured contributor (KT, XTT, MT)',
    trait: 'INSURED_CONTRIBUTOR',
    accept: (p, person) => insured(p, person),
    mt: 'MAI_TANG_BHXH',
    legs: { KT: 'HOAN_THANH', XTT: 'HOAN_THANH', MT: 'HOAN_THANH' },
  },
  {
    title:
      'grants the funeral allowance and the one-time survivor allowance on Form 09-HSB (KT, XTT, MT, TU)',
    trait: 'INSURED_CONTRIBUTOR',
    accept: (p, person) => insured(p, person),
    mt: 'MAI_TANG_BHXH',
    tu: 'TU_TUAT_1LAN',
    legs: { KT: 'HOAN_THANH', XTT: 'HOAN_THANH', MT: 'HOAN_THANH', TU: 'HOAN_THANH' },
  },
  {
    title:
      'grants the one-time survivor allowance the relatives agreed on in VNeID after the death (KT, XTT, MT, TU)',
    trait: 'INSURED_CONTRIBUTOR',
    accept: (p, person, requester) => insured(p, person) && requester.id === person.spouseId,
    mt: 'MAI_TANG_BHXH',
    tu: 'TU_TUAT_1LAN',
    vneid: true,
    legs: { KT: 'HOAN_THANH', XTT: 'HOAN_THANH', MT: 'HOAN_THANH', TU: 'HOAN_THANH' },
  },
  {
    title: 'grants a pensioner’s spouse of pension age the monthly survivor allowance',
    trait: 'PENSIONER',
    accept: (p, person, spouse, died) =>
      insured(p, person) &&
      spouse.id === person.spouseId &&
      age(spouse.birthDate, died.slice(0, 10)) >= (spouse.sex === 'FEMALE' ? 55 : 60),
    mt: 'MAI_TANG_BHXH',
    tu: 'TU_TUAT_HANGTHANG',
    legs: { KT: 'HOAN_THANH', XTT: 'HOAN_THANH', MT: 'HOAN_THANH', TU: 'HOAN_THANH' },
  },
  {
    title: 'grants funeral support to a social-assistance beneficiary (HO_TRO_MAI_TANG)',
    trait: 'SOCIAL_PROTECTION_BENEFICIARY',
    accept: (p, person) => entitledTo(p, person, 'SOCIAL_ASSISTANCE'),
    mt: 'HO_TRO_MAI_TANG',
    legs: { KT: 'HOAN_THANH', XTT: 'HOAN_THANH', MT: 'HOAN_THANH' },
  },
  {
    title: 'grants funeral support to a social-pension recipient (MAI_TANG_HTXH)',
    trait: 'SOCIAL_PROTECTION_BENEFICIARY',
    accept: (p, person) => entitledTo(p, person, 'SOCIAL_PENSION'),
    mt: 'MAI_TANG_HTXH',
    legs: { KT: 'HOAN_THANH', XTT: 'HOAN_THANH', MT: 'HOAN_THANH' },
  },
  {
    title:
      'grants a person with merit the funeral allowance and refuses survivor benefits as not eligible',
    trait: 'PERSON_WITH_MERIT',
    accept: (p, person) => !insured(p, person) && entitledTo(p, person, 'PERSON_WITH_MERIT'),
    mt: 'MAI_TANG_NCC',
    tu: 'TU_TUAT_1LAN',
    legs: { KT: 'HOAN_THANH', XTT: 'HOAN_THANH', MT: 'HOAN_THANH', TU: 'TU_CHOI' },
  },
  {
    title: 'grants a veteran the funeral allowance (MAI_TANG_KHAC)',
    trait: 'VETERAN',
    accept: (p, person) => entitledTo(p, person, 'VETERAN'),
    mt: 'MAI_TANG_KHAC',
    legs: { KT: 'HOAN_THANH', XTT: 'HOAN_THANH', MT: 'HOAN_THANH' },
  },
];

/** Submits the case's e-form in a fresh instant sandbox of the regime and reads the outcome. */
async function walk(regime: Regime, c: Case) {
  const app = apps.get(regime.now) as App;
  const { sandboxId, population } = await createSandbox(app, {
    clockStart: regime.now,
    processingProfile: { profile: 'instant' },
  });
  const accept = c.accept;
  const { person, requester, relation } = bereavedOf(
    population,
    c.trait,
    accept ? (p, r) => accept(population, p, r, regime.died) : undefined,
  );
  const submission = group2Submission(person, requester, relation, {
    maTTHC: regime.maTTHC,
    thoiDiemChet: regime.died,
    ...(c.mt ? { mt: c.mt } : {}),
    ...(c.tu ? { tu: c.tu } : {}),
    ...(c.vneid ? { vneid: true } : {}),
  });
  const hub = await hubClient(app, sandboxId);
  const answer = await hub.submit(submission);
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  const dossier = await hub.get(answer.body.maHoSo);
  return { app, sandboxId, hub, person, dossier, died: submission.thoiDiemChet };
}

for (const regime of REGIMES) {
  for (const c of CASES) {
    it(`${c.title} under ${regime.name}`, async () => {
      const { app, sandboxId, hub, person, dossier, died } = await walk(regime, c);

      expect(dossier).toMatchObject({ maTTHC: regime.maTTHC, trangThai: 10 });
      expect(legStatuses(dossier)).toEqual(c.legs);

      const agencies = await registers(app, sandboxId);
      const citizen = await agencies.citizen(person.id, 'KHAI_TU', auditCode(dossier.maHoSo, 'KT'));
      expect(citizen.body).toMatchObject({
        soDinhDanh: person.id,
        meta: { trangThaiSong: 'DA_CHET' },
      });
      const residence = await agencies.residence(
        person.id,
        'XOA_THUONG_TRU',
        auditCode(dossier.maHoSo, 'XTT'),
      );
      expect(residence.body).toMatchObject({ soDinhDanh: person.id, trangThai: 'DA_XOA' });

      const events = await hub.events(dossier.maHoSo);
      expect(events.map((e) => e.soThuTu)).toEqual(events.map((_, i) => i + 1));
      expect(events.at(-1)).toMatchObject({ loaiSuKien: 'HO_SO_HOAN_THANH', trangThaiHoSo: 10 });

      const { fetched } = await resultsOf(hub, dossier.maHoSo);
      const decisionOf = (ma: 'MT' | 'TU') => {
        const code = legOf(dossier, ma).ketQua?.[0]?.maGiayTo;
        return fetched.find((d) => d.maGiayTo === code)?.noiDung;
      };
      if (c.mt) {
        const amount = benefitAmount(c.mt, died.slice(0, 10));
        if (!amount.ok) throw new Error(amount.error.detail);
        expect(decisionOf('MT')).toMatchObject({
          cheDo: c.mt,
          hoTen: person.fullName,
          soTien: amount.value.amount,
        });
        if (c.mt === 'MAI_TANG_BHXH') {
          // The signed decision carries its payment record: the masked account and the pay day.
          expect(decisionOf('MT')).toMatchObject({
            chiTra: {
              taiKhoanNhan: expect.stringMatching(/4821$/),
              ngayDuKienChi: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
            },
          });
        }
      }
      if (c.tu && c.legs['TU'] === 'HOAN_THANH') {
        expect(decisionOf('TU')).toMatchObject({
          cheDo: c.tu,
          hangThang: c.tu === 'TU_TUAT_HANGTHANG',
        });
      }
      if (c.legs['TU'] === 'TU_CHOI') {
        expect(legOf(dossier, 'TU').lyDo?.map((r) => r.ma)).toContain('KHONG_THUOC_DOI_TUONG');
      }
    });
  }
}
