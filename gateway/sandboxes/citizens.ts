/**
 * Synthetic citizens for the control plane: the cross-register profile of one person, search by
 * trait and province over the population indexes, and generated people written into one
 * sandbox's overlay through each system's own seed logic.
 * @see specs/sandbox.yaml (tag citizens); mocks/domain/population
 */
import type { components } from '../../contracts/generated/sandbox.js';
import { problem, type Problem } from '../../contracts/problems.js';
import { err, ok, type Result } from '../../contracts/result.js';
import {
  traitsOf,
  WIRE,
  type Address,
  type Person,
  type Population,
  type TraitGeneration,
} from '../../mocks/domain/population/index.js';
import type { MockSystem } from '../../mocks/kit/system.js';
import type { BaseBuilder, SandboxStore } from '../../mocks/ports/store/index.js';
import { SANDBOX_PROBLEMS } from './problems.js';

/** The cross-register view of one citizen (`CitizenProfile`). */
export type CitizenProfile = components['schemas']['CitizenProfile'];
/** One search hit (`CitizenSummary`). */
export type CitizenSummary = components['schemas']['CitizenSummary'];
/** A trait on the wire (`CitizenTrait`). */
export type CitizenTrait = components['schemas']['CitizenTrait'];
/** Citizens per trait (`TraitCounts`). */
export type TraitCounts = components['schemas']['TraitCounts'];

const WIRE_TRAITS: readonly CitizenTrait[] = [
  'EXPECTING_MOTHER',
  'NEWBORN',
  'PENSIONER',
  'INSURED_CONTRIBUTOR',
  'SOCIAL_PROTECTION_BENEFICIARY',
  'PERSON_WITH_MERIT',
  'VETERAN',
  'NO_LEVEL2_VNEID',
  'NOT_HOUSEHOLD_HEAD',
  'DECEASED_PENDING_REGISTRATION',
];

/** The wire traits of a person (population traits the control plane does not name are left out). */
export function wireTraitsOf(person: Person, population: Population): CitizenTrait[] {
  const traits: readonly string[] = traitsOf(person, population);
  return WIRE_TRAITS.filter((trait) => traits.includes(trait));
}

/**
 * Citizens per wire trait in a population.
 * @see specs/sandbox.yaml `TraitCounts`
 */
export function traitCounts(population: Population): TraitCounts {
  const counts = Object.fromEntries(WIRE_TRAITS.map((t) => [t, 0])) as Record<CitizenTrait, number>;
  for (const trait of WIRE_TRAITS) counts[trait] = population.byTrait.get(trait)?.length ?? 0;
  return counts;
}

/**
 * The profile of one person from the sandbox's population: the facts the registers were seeded
 * with (plus people generated in the sandbox), not later writes of the agency mocks.
 * @see specs/sandbox.yaml `sandboxGetCitizen`
 */
export function citizenProfile(
  population: Population,
  soDinhDanh: string,
): Result<CitizenProfile, Problem> {
  const person = population.byId.get(soDinhDanh);
  if (!person) {
    return err(problem(SANDBOX_PROBLEMS.citizenNotFound, 'No synthetic citizen has this number.'));
  }
  const household = person.householdId ? population.householdById.get(person.householdId) : null;
  const head = household ? population.byId.get(household.headId) : undefined;
  const insurance = population.insuranceByPerson.get(person.id);
  const card = population.childCardByPerson.get(person.id);
  const pending = pendingEventOf(person, population);
  return ok({
    soDinhDanh: person.id,
    traits: wireTraitsOf(person, population),
    population: {
      hoTen: person.fullName,
      ngaySinh: person.birthDate,
      gioiTinh: WIRE.sex[person.sex],
      danToc: person.ethnicity,
      quocTich: person.nationality,
      diaChiThuongTru:
        person.residence === 'REGISTERED' ? addressOf(person.permanentAddress) : null,
      noiOHienTai: addressOf(person.currentAddress),
      cha: refOf(population, person.fatherId),
      me: refOf(population, person.motherId),
      voChong: refOf(population, person.spouseId),
      ngayMat: person.death?.registeredOn ? person.death.date : null,
    },
    residence:
      household && head && person.residence === 'REGISTERED' && person.relationshipToHead
        ? {
            maHo: household.id,
            diaChi: addressOf(household.address) as NonNullable<ReturnType<typeof addressOf>>,
            quanHeVoiChuHo: WIRE.relationship[person.relationshipToHead],
            chuHo: { hoTen: head.fullName, soDinhDanh: head.id },
            ngayDangKy: person.residenceSince ?? household.registeredOn,
          }
        : null,
    insurance: insurance
      ? {
          maSoBhxh: insurance.bhxhCode,
          loaiDoiTuong: WIRE.insuranceCategory[insurance.category],
          soThangDongTong: insurance.totalMonths,
          dangDong: insurance.contributing,
          maTheBhyt: card?.cardNumber ?? null,
        }
      : null,
    socialAffairs: (population.socialByPerson.get(person.id)?.entitlements ?? [])
      .slice(0, 6)
      .map((e) => ({ loaiDoiTuong: WIRE.socialCategory[e.category], ngayHuong: e.since })),
    vneidLevel: person.vneid.level,
    ...(pending ? { pendingEvent: pending } : {}),
  } as CitizenProfile);
}

/**
 * One page of people matching a trait and province, in population order. The cursor is the
 * position after the last hit, bound to the filter; a foreign or malformed one is a 400.
 * @see specs/sandbox.yaml `sandboxSearchCitizens`
 */
export function searchCitizens(
  population: Population,
  query: { trait?: CitizenTrait; maTinh?: string; cursor?: string; limit: number },
): Result<{ items: CitizenSummary[]; nextCursor: string | null }, Problem> {
  const filter = `${query.trait ?? ''}|${query.maTinh ?? ''}`;
  let start = 0;
  if (query.cursor !== undefined) {
    const decoded = decodePosition(query.cursor, filter);
    if (decoded === undefined) {
      return err(problem(SANDBOX_PROBLEMS.invalidCursor, 'The cursor is not one of this search.'));
    }
    start = decoded;
  }
  const candidates: readonly Person[] =
    query.trait !== undefined
      ? (population.byTrait.get(query.trait) ?? [])
      : query.maTinh !== undefined
        ? (population.byProvince.get(query.maTinh) ?? [])
        : population.people;
  const items: CitizenSummary[] = [];
  let index = start;
  for (; index < candidates.length && items.length < query.limit; index += 1) {
    const person = candidates[index] as Person;
    if (query.maTinh !== undefined && provinceOf(person) !== query.maTinh) continue;
    items.push(summaryOf(person, population));
  }
  const more = index < candidates.length;
  return ok({ items, nextCursor: more ? encodePosition(index, filter) : null });
}

/**
 * Writes people generated with `generateWithTrait` into one sandbox's overlay, through each
 * system's own seed logic over a population holding only the added records, so they become
 * visible to the agency mocks of that sandbox alone. Runs in one transaction.
 * @see mocks/kit/system.ts `MockSystem.seed`; mocks/domain/population `generateWithTrait`
 */
export async function writeGenerated(
  store: SandboxStore,
  systems: readonly MockSystem[],
  generation: TraitGeneration,
): Promise<void> {
  const delta: Population = {
    ...generation.population,
    ...generation.added,
    // Catalogues and sequence floors are already in the base.
    facilities: [],
    sequences: new Map(),
  };
  await store.transaction(async (tx) => {
    // A seed may open its own transaction: inside this one it is the same scope.
    const builder: BaseBuilder = {
      collection: (name, definition) => tx.collection(name, definition),
      transaction: (work) => work(tx),
    };
    for (const system of systems) await system.seed?.(builder, delta);
  });
}

function summaryOf(person: Person, population: Population): CitizenSummary {
  return {
    soDinhDanh: person.id,
    hoTen: person.fullName,
    ngaySinh: person.birthDate,
    gioiTinh: WIRE.sex[person.sex],
    maTinh: provinceOf(person),
    traits: wireTraitsOf(person, population),
    vneidLevel: person.vneid.level,
  } as CitizenSummary;
}

function provinceOf(person: Person): string {
  return (person.permanentAddress ?? person.currentAddress).provinceCode;
}

function addressOf(address: Address | null) {
  return address === null
    ? null
    : { chiTiet: address.detail, maXa: address.communeCode, maTinh: address.provinceCode };
}

function refOf(population: Population, id: string | null) {
  const person = id === null ? undefined : population.byId.get(id);
  return person ? { hoTen: person.fullName, soDinhDanh: person.id } : null;
}

function pendingEventOf(person: Person, population: Population) {
  const birth = population.pendingBirthByMother.get(person.id);
  if (birth) {
    return {
      kind: 'BIRTH' as const,
      date: birth.birthTime.slice(0, 10),
      healthFacility: birth.facilityCode,
      birthCertificateCode: birth.code,
    };
  }
  if (person.death && person.death.registeredOn === null) {
    const notice = population.deathNoticeByPerson.get(person.id);
    return {
      kind: 'DEATH' as const,
      date: person.death.date,
      ...(notice ? { healthFacility: notice.facilityCode, deathNoticeCode: notice.code } : {}),
    };
  }
  return undefined;
}

function encodePosition(index: number, filter: string): string {
  return Buffer.from(JSON.stringify([filter, index]), 'utf8').toString('base64url');
}

function decodePosition(cursor: string, filter: string): number | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value[0] !== filter) return undefined;
    const index: unknown = value[1];
    return Number.isSafeInteger(index) && (index as number) >= 0 ? (index as number) : undefined;
  } catch {
    return undefined;
  }
}
