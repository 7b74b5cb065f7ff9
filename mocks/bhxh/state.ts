/**
 * What Vietnam Social Security keeps: everyone it knows (with their insurance record, if any),
 * the under-6 BHYT cards, the initial-care facilities, death-benefit claims and their payments.
 * @see specs/bhxh.yaml; DOMAIN.md §2 A8
 */
import type { components } from '../../contracts/generated/bhxh.js';
import type { Population } from '../domain/population/index.js';
import type { InsuranceRecord } from '../domain/population/index.js';
import type { SignedDocument } from '../kit/index.js';
import { WIRE_SEX } from './mapping.js';
import type { BaseBuilder, CollectionDefinition } from '../ports/store/index.js';

type Schemas = components['schemas'];

/** A person in the BHXH household database; `record` is null for someone who never took part. */
export interface Participant {
  readonly id: string;
  readonly hoTen: string;
  readonly ngaySinh: string;
  readonly gioiTinh: Schemas['HealthInsuranceCard']['gioiTinh'];
  /** Province of the permanent (else current) address: the managing BHXH office. */
  readonly maTinh: string;
  readonly record: InsuranceRecord | null;
}

/** An under-6 BHYT card (TE1) as BHXH stores it. */
export interface StoredCard {
  readonly maTheBhyt: string;
  readonly maSoBhxh: string;
  readonly soDinhDanh: string;
  readonly hoTen: string;
  readonly ngaySinh: string;
  readonly gioiTinh: Schemas['HealthInsuranceCard']['gioiTinh'];
  readonly maTinh: string;
  readonly giaTriTu: string;
  readonly giaTriDen: string;
  readonly noiKcbBanDau: Schemas['InitialCareFacility'];
  /** Dossier and instant of issuance; null for cards loaded with the population. */
  readonly maHoSo: string | null;
  readonly thoiDiemCap: string | null;
  readonly giayTo: SignedDocument | null;
}

/** An initial-care facility BHXH contracts with. */
export interface Facility {
  readonly code: string;
  readonly name: string;
  readonly provinceCode: string;
}

/** A death-benefit claim: its wire shape plus what payment needs (the full bank account). */
export interface StoredClaim {
  readonly claim: Schemas['DeathBenefitClaim'];
  readonly taiKhoanNganHang: Schemas['BankAccount'];
}

/** One payment made (or due) for a granted benefit. */
export interface StoredPayment {
  /** `{maHoSoHuong}|{kyChiTra}|{order of cheDo}`: sorts a claim's payments oldest first. */
  readonly id: string;
  readonly maHoSoHuong: string;
  readonly maChiTra: string;
  readonly cheDo: Schemas['BhxhBenefitKind'];
  readonly kyChiTra: string;
  readonly soTien: number;
  /** Planned payment date (yyyy-MM-dd). */
  readonly ngayDuKienChi: string;
  /** Payee's name, compared with the account holder when paying. */
  readonly nguoiHuong: string;
}

/** `bhxh.participants`, unique by BHXH code. */
export const PARTICIPANTS: CollectionDefinition<Participant, 'byBhxhCode'> = {
  idOf: (p) => p.id,
  indexes: { byBhxhCode: { key: (p) => p.record?.bhxhCode, unique: true } },
};

/** `bhxh.cards`, one per child. */
export const CARDS: CollectionDefinition<StoredCard, 'byPerson'> = {
  idOf: (c) => c.maTheBhyt,
  indexes: { byPerson: { key: (c) => c.soDinhDanh, unique: true } },
};

/** `bhxh.facilities`. */
export const FACILITIES: CollectionDefinition<Facility> = { idOf: (f) => f.code };

/** `bhxh.claims`, indexed by the deceased. */
export const CLAIMS: CollectionDefinition<StoredClaim, 'byDeceased'> = {
  idOf: (c) => c.claim.maHoSoHuong,
  indexes: { byDeceased: (c) => c.claim.nguoiChet.soDinhDanh },
};

/** `bhxh.payments`, indexed by claim. */
export const PAYMENTS: CollectionDefinition<StoredPayment, 'byClaim'> = {
  idOf: (p) => p.id,
  indexes: { byClaim: (p) => p.maHoSoHuong },
};

/** Collection names, `bhxh.<name>`. */
export const COLLECTIONS = {
  participants: 'bhxh.participants',
  cards: 'bhxh.cards',
  facilities: 'bhxh.facilities',
  claims: 'bhxh.claims',
  payments: 'bhxh.payments',
} as const;

/**
 * Loads BHXH's share of the population: every person (with the insurance record when there is
 * one), the TE1 cards and the facility catalogue.
 * @see MockSystem.seed
 */
export async function seed(builder: BaseBuilder, population: Population): Promise<void> {
  const participants = population.people.map((p): Participant => ({
    id: p.id,
    hoTen: p.fullName,
    ngaySinh: p.birthDate,
    gioiTinh: WIRE_SEX[p.sex],
    maTinh: (p.permanentAddress ?? p.currentAddress).provinceCode,
    record: population.insuranceByPerson.get(p.id) ?? null,
  }));
  const cards = population.childCards.flatMap((c): StoredCard[] => {
    const child = population.byId.get(c.personId);
    if (!child) return [];
    const facility = population.facilityByCode.get(c.initialCareFacility);
    return [
      {
        maTheBhyt: c.cardNumber,
        maSoBhxh: c.bhxhCode,
        soDinhDanh: c.personId,
        hoTen: child.fullName,
        ngaySinh: child.birthDate,
        gioiTinh: WIRE_SEX[child.sex],
        maTinh: c.provinceCode,
        giaTriTu: c.validFrom,
        giaTriDen: c.validTo,
        noiKcbBanDau: {
          maCoSoKcb: c.initialCareFacility,
          ...(facility ? { tenCoSoKcb: facility.name } : {}),
        },
        maHoSo: null,
        thoiDiemCap: null,
        giayTo: null,
      },
    ];
  });
  const facilities = population.facilities.map((f): Facility => ({
    code: f.code,
    name: f.name,
    provinceCode: f.provinceCode,
  }));
  await must(builder.collection(COLLECTIONS.participants, PARTICIPANTS).insertMany(participants));
  await must(builder.collection(COLLECTIONS.cards, CARDS).insertMany(cards));
  await must(builder.collection(COLLECTIONS.facilities, FACILITIES).insertMany(facilities));
}

async function must(result: Promise<{ ok: boolean }>): Promise<void> {
  const done = await result;
  if (!done.ok) throw new Error('bhxh seed: the population breaks a unique index');
}
