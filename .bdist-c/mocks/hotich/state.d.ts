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
export declare function subjectKey(record: RegistrationRecord): string | undefined;
/**
 * `hotich.registrations`: every registration, by group dossier and by subject (for duplicates).
 * @see specs/hotich.yaml `hotichFindRegistrations`
 */
export declare const REGISTRATIONS: CollectionDefinition<RegistrationRecord, RegistrationIndex>;
/**
 * An event registered before the sandbox started: `GCS|<certificate code>` for a birth
 * registered on a medical birth certificate, `KT|<personal ID number>` for a registered death.
 */
export interface LegacyEntry {
    readonly id: string;
    readonly registeredOn: string;
}
/** `hotich.legacyRegister`: births and deaths already in the register when the sandbox starts. */
export declare const LEGACY_REGISTER: CollectionDefinition<LegacyEntry>;
/** The registrations collection of a sandbox. */
export declare function registrations(scope: Pick<StoreScope, 'collection'>): import("../ports/store/collection.js").Collection<RegistrationRecord, RegistrationIndex>;
/** The legacy register of a sandbox. */
export declare function legacyRegister(scope: Pick<StoreScope, 'collection'>): import("../ports/store/collection.js").Collection<LegacyEntry, never>;
/**
 * Loads the population's registered events into the base: the births registered on the
 * certificates the health system shows as used, and every registered death.
 * @see mocks/domain/population/types.ts (`MedicalBirthCertificate.status`, `Death.registeredOn`)
 */
export declare function seed(builder: BaseBuilder, population: Population): Promise<void>;
export {};
