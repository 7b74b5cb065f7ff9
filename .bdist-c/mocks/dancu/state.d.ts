/**
 * What the population database stores: citizens (the 20 basic fields, links and the death mark),
 * the personal ID numbers issued to newborns and the ID card applications.
 * @see specs/dancu.yaml; SECURITY.md §3; DOMAIN.md §2 (A6)
 */
import type { components } from '../../contracts/generated/dancu.js';
import type { Population } from '../domain/population/population.js';
import type { Address, BloodGroup, Locality, MaritalStatus, Person, Relationship, Sex } from '../domain/population/types.js';
import type { CollectionDefinition } from '../ports/store/collection.js';
import type { BaseBuilder } from '../ports/store/store.js';
/** The death mark: the date of death and where it came from. */
export interface DeathMark {
    readonly date: string;
    /** The civil-status death registration (`maDangKyKhaiTu`), when recorded through dancu. */
    readonly registrationId: string | null;
    /** When the mark was set: an ISO instant, or a date for deaths in the seeded register. */
    readonly recordedAt: string;
}
/**
 * One citizen as the population database holds them. A death not yet registered in the civil
 * status register is not known here: the person is still alive for dancu (DOMAIN.md §4).
 * @see SECURITY.md §3 (the 20 basic fields)
 */
export interface Citizen {
    readonly id: string;
    readonly legacyIdNumber: string | null;
    readonly fullName: string;
    readonly birthDate: string;
    readonly sex: Sex;
    readonly ethnicity: string;
    readonly religion: string | null;
    readonly nationality: string;
    readonly maritalStatus: MaritalStatus;
    readonly birthRegistration: Locality | null;
    readonly hometown: Locality | null;
    /** Only while permanent residence is registered. */
    readonly permanentAddress: Address | null;
    readonly temporaryAddress: Address | null;
    readonly currentAddress: Address | null;
    readonly bloodGroup: BloodGroup | null;
    readonly fatherId: string | null;
    readonly motherId: string | null;
    readonly spouseId: string | null;
    /** The household while registered in one, with the relationship to its head. */
    readonly householdId: string | null;
    readonly relationshipToHead: Relationship | null;
    readonly death: DeathMark | null;
}
/** A personal ID number issued to a newborn (`PersonalIdIssuance`), keyed by the registration. */
export type PersonalIdIssuance = components['schemas']['PersonalIdIssuance'];
/** The wire delivery method of an ID card. */
export type DeliveryMethod = components['schemas']['IdCardDeliveryMethod'];
/** A business reason on the wire. */
export type WireReason = components['schemas']['Reason'];
/** The card and signed e-card of a granted application. */
export interface IdCardGrant {
    readonly outcome: 'DA_CAP';
    readonly card: components['schemas']['IdCard'];
    readonly document: components['schemas']['SignedDocument'];
}
/** A refusal decided at intake, revealed when the time limit is reached. */
export interface IdCardRefusal {
    readonly outcome: 'TU_CHOI';
    readonly reasons: readonly WireReason[];
}
/**
 * An ID card application. The decision is taken at intake from the register and revealed by
 * the clock: TIEP_NHAN → DANG_XU_LY (next working day) → DA_CAP / TU_CHOI (at `dueAt`).
 * @see specs/dancu.yaml dancuApplyIdCard; DOMAIN.md §5 (Căn cước ≤ 7 WD, SANDBOX DEFAULT)
 */
export interface IdCardApplication {
    readonly id: string;
    readonly dossierCode: string;
    readonly childId: string;
    readonly delivery: DeliveryMethod;
    readonly deliveryAddress: components['schemas']['Address'] | null;
    readonly receivedAt: string;
    readonly processingFrom: string;
    readonly dueAt: string;
    readonly decision: IdCardGrant | IdCardRefusal;
}
/**
 * Citizens by ID number; indexes by legacy number, by name + date of birth and by household.
 * @see specs/dancu.yaml dancuLookupCitizen (three ways to identify one person)
 */
export declare const CITIZENS: CollectionDefinition<Citizen, 'byLegacyId' | 'byNameBirth' | 'byHousehold'>;
/** Issuances by birth registration (`maDangKyKhaiSinh`); one number per registration. */
export declare const ISSUANCES: CollectionDefinition<PersonalIdIssuance, 'byNumber'>;
/** ID card applications by `maHoSoCanCuoc`, indexed by child. */
export declare const ID_CARD_APPLICATIONS: CollectionDefinition<IdCardApplication, 'byChild'>;
/** Collection names, `dancu.<name>`. */
export declare const COLLECTIONS: {
    readonly citizens: "dancu.citizens";
    readonly issuances: "dancu.personalIdIssuances";
    readonly idCardApplications: "dancu.idCardApplications";
};
/**
 * The index key of a name and date of birth (names compared up to case, spacing and tone
 * placement, never stripped of diacritics).
 * @see mocks/domain/identifiers/vietnamese-name.ts nameKey
 */
export declare function nameBirthKey(fullName: string, birthDate: string): string;
/**
 * The register's view of a generated person: residence and household only while registered,
 * the death only once registered.
 * @see mocks/domain/population/types.ts Person; DOMAIN.md §4
 */
export declare function citizenOf(person: Person): Citizen;
/**
 * Loads every person of the population into the base as a citizen.
 * @see mocks/kit/system.ts MockSystem.seed
 */
export declare function seed(builder: BaseBuilder, population: Population): Promise<void>;
