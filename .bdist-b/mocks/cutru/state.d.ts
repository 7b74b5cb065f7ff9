/**
 * What the residence system stores: its register of residents and households (seeded from the
 * synthetic population) and the registration and deregistration requests it received.
 * @see specs/cutru.yaml; DOMAIN.md §2 (A7)
 */
import type { components } from '../../contracts/generated/cutru.js';
import type { Address, Population, Relationship } from '../domain/population/index.js';
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
    readonly temporary: {
        readonly address: WireAddress;
        readonly since: string;
    } | null;
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
export declare const RESIDENTS: CollectionDefinition<ResidentRecord>;
/** Households by `maHo`. */
export declare const HOUSEHOLDS: CollectionDefinition<HouseholdRecord>;
/** Registrations by `maDangKy`, unique per dossier. */
export declare const REGISTRATIONS: CollectionDefinition<RegistrationRecord, 'byDossier'>;
/** Deregistrations by `maXoaDangKy`, unique per dossier. */
export declare const DEREGISTRATIONS: CollectionDefinition<DeregistrationRecord, 'byDossier'>;
/** Collection names (`<system>.<name>`). */
export declare const COLLECTIONS: {
    readonly residents: "cutru.residents";
    readonly households: "cutru.households";
    readonly registrations: "cutru.registrations";
    readonly deregistrations: "cutru.deregistrations";
};
/** Maps a population address to the wire shape. */
export declare function toWireAddress(address: Address): WireAddress;
/**
 * Maps a population relationship to the wire. The population's table is checked against the
 * spec's enum by its own test, so the narrowing is safe.
 * @see mocks/domain/population/wire-vocabulary.ts
 */
export declare function toWireRelationship(relationship: Relationship): WireRelationship;
/**
 * Loads the residence register of a population into a base: every person (registered,
 * deregistered or never registered) and every household with its members, head first.
 * @see mocks/kit/system.ts `MockSystem.seed`
 */
export declare function seed(builder: BaseBuilder, population: Population): Promise<void>;
export {};
