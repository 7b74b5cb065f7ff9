/**
 * What the residence system stores: its register of residents and households (seeded from the
 * synthetic population) and the registration and deregistration requests it received.
 * @see specs/cutru.yaml; DOMAIN.md §2 (A7)
 */
import type { components } from '../../contracts/generated/cutru.js';
import type { Address, Person, Population, Relationship } from '../domain/population/index.js';
import { WIRE } from '../domain/population/index.js';
import type { BaseBuilder, CollectionDefinition } from '../ports/store/index.js';

type Schemas = components['schemas'];

/** An address as the wire carries it. */
export type WireAddress = Schemas['Address'];
/** A relationship to the household head, wire vocabulary (`CHU_HO`, `VO`, `CON`…). */
export type WireRelationship = Schemas['HouseholdHeadRef']['quanHeVoiChuHo'];
/** Ground of a deregistration (`CHET`, `KHAC`). */
export type DeregistrationGround = Schemas['DeregistrationGround'];

/** A permanent residence currently registered. */
export interface PermanentEntry {
  readonly address: WireAddress;
  readonly householdId: string;
  readonly relationship: WireRelationship;
  readonly since: string;
}

/** A permanent residence that was deregistered. */
export interface RemovedEntry {
  readonly address: WireAddress;
  readonly householdId: string;
  readonly on: string;
  readonly ground: DeregistrationGround;
}

/**
 * One person in the residence register. `permanent` is set while registered, `removed` once
 * deregistered; a person with neither has never been registered.
 */
export interface ResidentRecord {
  readonly id: string;
  readonly fullName: string;
  readonly birthDate: string;
  readonly permanent: PermanentEntry | null;
  readonly removed: RemovedEntry | null;
  readonly temporary: { readonly address: WireAddress; readonly since: string } | null;
  readonly current: WireAddress | null;
}

/** One member of a household, in registration order (head first). */
export interface MemberEntry {
  readonly personId: string;
  readonly relationship: WireRelationship;
}

/** A household (hộ gia đình): its address, head and members. */
export interface HouseholdRecord {
  readonly id: string;
  readonly address: WireAddress;
  readonly headId: string | null;
  readonly members: readonly MemberEntry[];
  readonly registeredOn: string;
}

/** A stored permanent-residence registration (the wire shape plus what later steps need). */
export interface RegistrationRecord {
  readonly registration: Schemas['ResidenceRegistration'];
  readonly request: Schemas['PermanentResidenceRequest'];
  /** The officer who received it, forwarded on later calls. */
  readonly officerId: string;
}

/** A stored deregistration. */
export interface DeregistrationRecord {
  readonly deregistration: Schemas['Deregistration'];
}

/** The residence register, one record per person. */
export const RESIDENTS: CollectionDefinition<ResidentRecord> = { idOf: (r) => r.id };

/** Households by `maHo`. */
export const HOUSEHOLDS: CollectionDefinition<HouseholdRecord> = { idOf: (h) => h.id };

/** Registrations by `maDangKy`, unique per dossier. */
export const REGISTRATIONS: CollectionDefinition<RegistrationRecord, 'byDossier'> = {
  idOf: (r) => r.registration.maDangKy,
  indexes: { byDossier: { key: (r) => r.registration.maHoSo, unique: true } },
};

/** Deregistrations by `maXoaDangKy`, unique per dossier. */
export const DEREGISTRATIONS: CollectionDefinition<DeregistrationRecord, 'byDossier'> = {
  idOf: (d) => d.deregistration.maXoaDangKy,
  indexes: { byDossier: { key: (d) => d.deregistration.maHoSo, unique: true } },
};

/** Collection names (`<system>.<name>`). */
export const COLLECTIONS = {
  residents: 'cutru.residents',
  households: 'cutru.households',
  registrations: 'cutru.registrations',
  deregistrations: 'cutru.deregistrations',
} as const;

/** Maps a population address to the wire shape. */
export function toWireAddress(address: Address): WireAddress {
  return { chiTiet: address.detail, maXa: address.communeCode, maTinh: address.provinceCode };
}

/**
 * Maps a population relationship to the wire. The population's table is checked against the
 * spec's enum by its own test, so the narrowing is safe.
 * @see mocks/domain/population/wire-vocabulary.ts
 */
export function toWireRelationship(relationship: Relationship): WireRelationship {
  return WIRE.relationship[relationship] as WireRelationship;
}

function addressKey(address: Address): string {
  return `${address.communeCode}|${address.detail}`;
}

function residentOf(person: Person, householdAt: ReadonlyMap<string, string>): ResidentRecord {
  const base = {
    id: person.id,
    fullName: person.fullName,
    birthDate: person.birthDate,
    temporary: person.temporaryAddress
      ? { address: toWireAddress(person.temporaryAddress), since: person.birthRegisteredOn }
      : null,
    current: toWireAddress(person.currentAddress),
  };
  const address = person.permanentAddress;
  if (person.residence === 'REGISTERED' && address && person.householdId) {
    const relationship = toWireRelationship(person.relationshipToHead ?? 'HEAD');
    const permanent: PermanentEntry = {
      address: toWireAddress(address),
      householdId: person.householdId,
      relationship,
      since: person.residenceSince ?? person.birthRegisteredOn,
    };
    return { ...base, permanent, removed: null };
  }
  const formerHousehold = address ? householdAt.get(addressKey(address)) : undefined;
  if (person.residence === 'DEREGISTERED' && address && formerHousehold) {
    // The population keeps the last address; the household living there is the one left.
    const on = person.death?.registeredOn ?? person.death?.date ?? person.birthRegisteredOn;
    const removed: RemovedEntry = {
      address: toWireAddress(address),
      householdId: formerHousehold,
      on,
      ground: person.death ? 'CHET' : 'KHAC',
    };
    return { ...base, permanent: null, removed };
  }
  return { ...base, permanent: null, removed: null };
}

/**
 * Loads the residence register of a population into a base: every person (registered,
 * deregistered or never registered) and every household with its members, head first.
 * @see mocks/kit/system.ts `MockSystem.seed`
 */
export async function seed(builder: BaseBuilder, population: Population): Promise<void> {
  const householdAt = new Map(population.households.map((h) => [addressKey(h.address), h.id]));
  const residents = builder.collection(COLLECTIONS.residents, RESIDENTS);
  const households = builder.collection(COLLECTIONS.households, HOUSEHOLDS);
  const seededResidents = await residents.insertMany(
    population.people.map((p) => residentOf(p, householdAt)),
  );
  if (!seededResidents.ok) throw new Error(`cutru seed: ${seededResidents.error.code}`);
  const seededHouseholds = await households.insertMany(
    population.households.map((h) => ({
      id: h.id,
      address: toWireAddress(h.address),
      headId: h.headId,
      members: h.members.map((m) => ({
        personId: m.personId,
        relationship: toWireRelationship(m.relationship),
      })),
      registeredOn: h.registeredOn,
    })),
  );
  if (!seededHouseholds.ok) throw new Error(`cutru seed: ${seededHouseholds.error.code}`);
}
