/**
 * What the civil-status software stores: the registrations it received (births and deaths, one
 * collection so a dossier's registrations list together) and the legacy register of events
 * registered before the sandbox started (from the synthetic population).
 * @see DOMAIN.md §2 A5; specs/hotich.yaml
 */
import type { components } from '../../contracts/generated/hotich.js';
import type { Population } from '../domain/population/index.js';
import type { BaseBuilder, CollectionDefinition, StoreScope } from '../ports/store/index.js';

type Schemas = components['schemas'];

/** What every stored registration carries besides its wire view. */
interface RecordBase {
  /** `maDangKy`. */
  readonly id: string;
  /** The group dossier code (`maHoSo` without its leg suffix). */
  readonly groupCode: string;
  /** The officer who forwarded the request, or the system account. */
  readonly officerId: string;
  /** When a registration in status 1 or 3 is decided (ISO 8601), else null. */
  readonly dueAt: string | null;
}

/** A birth registration: the request as last supplemented and the registration as served. */
export interface BirthRecord extends RecordBase {
  readonly kind: 'KHAI_SINH';
  /** Mother, date of birth and birth order (see `childKey`); null until the mother is known. */
  readonly childKey: string | null;
  readonly request: Schemas['BirthRegistrationRequest'];
  readonly view: Schemas['BirthRegistration'];
}

/** A death registration: the request as last supplemented and the registration as served. */
export interface DeathRecord extends RecordBase {
  readonly kind: 'KHAI_TU';
  /** The deceased's personal ID number. */
  readonly personId: string;
  readonly request: Schemas['DeathRegistrationRequest'];
  readonly view: Schemas['DeathRegistration'];
}

/** Any registration. */
export type RegistrationRecord = BirthRecord | DeathRecord;

/** Indexes of {@link REGISTRATIONS}. */
export type RegistrationIndex = 'byGroup' | 'bySubject';

/**
 * The subject key of a registration: `KS|<child key>` or `KT|<personal ID number>`.
 * @see rules.ts `childKey`
 */
export function subjectKey(record: RegistrationRecord): string | undefined {
  if (record.kind === 'KHAI_TU') return `KT|${record.personId}`;
  return record.childKey === null ? undefined : `KS|${record.childKey}`;
}

/**
 * `hotich.registrations`: every registration, by group dossier and by subject (for duplicates).
 * @see specs/hotich.yaml `hotichFindRegistrations`
 */
export const REGISTRATIONS: CollectionDefinition<RegistrationRecord, RegistrationIndex> = {
  idOf: (r) => r.id,
  indexes: { byGroup: (r) => r.groupCode, bySubject: subjectKey },
};

/**
 * An event registered before the sandbox started: `GCS|<certificate code>` for a birth
 * registered on a medical birth certificate, `KT|<personal ID number>` for a registered death.
 */
export interface LegacyEntry {
  readonly id: string;
  readonly registeredOn: string;
}

/** `hotich.legacyRegister`: births and deaths already in the register when the sandbox starts. */
export const LEGACY_REGISTER: CollectionDefinition<LegacyEntry> = { idOf: (e) => e.id };

/** The registrations collection of a sandbox. */
export function registrations(scope: Pick<StoreScope, 'collection'>) {
  return scope.collection('hotich.registrations', REGISTRATIONS);
}

/** The legacy register of a sandbox. */
export function legacyRegister(scope: Pick<StoreScope, 'collection'>) {
  return scope.collection('hotich.legacyRegister', LEGACY_REGISTER);
}

/**
 * Loads the population's registered events into the base: the births registered on the
 * certificates the health system shows as used, and every registered death.
 * @see mocks/domain/population/types.ts (`MedicalBirthCertificate.status`, `Death.registeredOn`)
 */
export async function seed(builder: BaseBuilder, population: Population): Promise<void> {
  const entries: LegacyEntry[] = [];
  for (const certificate of population.birthCertificates) {
    if (certificate.status !== 'REGISTERED' || certificate.childId === null) continue;
    const child = population.byId.get(certificate.childId);
    entries.push({ id: `GCS|${certificate.code}`, registeredOn: child?.birthRegisteredOn ?? '' });
  }
  for (const person of population.people) {
    if (person.death?.registeredOn) {
      entries.push({ id: `KT|${person.id}`, registeredOn: person.death.registeredOn });
    }
  }
  const inserted = await legacyRegister(builder).insertMany(entries);
  if (!inserted.ok) throw new Error(`hotich seed: ${inserted.error.code}`);
  // Open the registrations collection in the base so every sandbox shares its definition.
  registrations(builder);
}
