import type { components } from '../../contracts/generated/yte.js';
import type { Population } from '../domain/population/index.js';
import type { SignedDocument } from '../kit/index.js';
import type { BaseBuilder, CollectionDefinition } from '../ports/store/index.js';
type BirthCertificate = components['schemas']['BirthCertificate'];
type DeathNotice = components['schemas']['DeathNotice'];
/** `Omit` over each member of a union (the wire certificates are `oneOf` weighed / not weighed). */
export type WithoutDocument<T> = T extends unknown ? Omit<T, 'giayTo'> : never;
/** A facility as the catalogue serves it. @see specs/yte.yaml `HealthFacility` */
export type Facility = components['schemas']['HealthFacility'];
/**
 * An issued birth certificate: its content, the key that identifies the baby at its facility
 * (facility, mother, time of birth, birth order) and the signed document. Certificates loaded
 * from the population are signed when read (`giayTo: null`), dated at their time of issue.
 * @see specs/yte.yaml `BirthCertificate`; DOMAIN.md §6.3
 */
export interface StoredBirthCertificate {
    readonly code: string;
    readonly babyKey: string;
    readonly content: WithoutDocument<BirthCertificate>;
    readonly giayTo: SignedDocument | null;
}
/**
 * An issued death notice: its content, the key of the deceased (ID number, else identity
 * document, else name and date of birth) and the signed document (`null`: signed when read).
 * @see specs/yte.yaml `DeathNotice`
 */
export interface StoredDeathNotice {
    readonly code: string;
    readonly personKey: string;
    readonly content: WithoutDocument<DeathNotice>;
    readonly giayTo: SignedDocument | null;
}
/**
 * The last number the population used in a yearly certificate sequence (`GCS.80001.2026`), so
 * that numbers issued in a sandbox continue after it.
 */
export interface SequenceFloor {
    readonly key: string;
    readonly last: number;
}
/** Facility catalogue, by code; `byProvince` for the `maTinh` filter. */
export declare const FACILITIES: CollectionDefinition<Facility, 'byProvince'>;
/** Birth certificates by code; `byBaby` finds a certificate already issued for the same baby. */
export declare const BIRTH_CERTIFICATES: CollectionDefinition<StoredBirthCertificate, 'byBaby'>;
/** Death notices by code; `byPerson` finds a notice already issued for the same person. */
export declare const DEATH_NOTICES: CollectionDefinition<StoredDeathNotice, 'byPerson'>;
/** Sequence floors by key. */
export declare const SEQUENCE_FLOORS: CollectionDefinition<SequenceFloor>;
/** Collection names of this mock. */
export declare const YTE_COLLECTIONS: {
    readonly facilities: "yte.facilities";
    readonly birthCertificates: "yte.birthCertificates";
    readonly deathNotices: "yte.deathNotices";
    readonly sequenceFloors: "yte.sequenceFloors";
};
/**
 * Loads the health facilities, the certificates and notices of the population, and where their
 * yearly sequences stand.
 * @see mocks/kit/system.ts `MockSystem.seed`
 */
export declare function seed(builder: BaseBuilder, population: Population): Promise<void>;
export {};
