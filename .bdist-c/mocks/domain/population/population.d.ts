/**
 * The generated population as one immutable value: record arrays (the serialisable content) plus
 * indexes over them, meant to be loaded once and shared by every sandbox.
 */
import type { Seed } from './prng.js';
import type { Trait } from './traits.js';
import type { ChildHealthCard, HealthFacility, Household, InsuranceRecord, MedicalBirthCertificate, MedicalDeathNotice, Person, SocialAffairsRecord } from './types.js';
/**
 * Options of {@link generatePopulation}. Checked when called; a bad value throws
 * `InvalidPopulationOptionsError` naming the option.
 * @see STYLE.md rule 8
 */
export interface PopulationOptions {
    readonly seed: Seed;
    /** Target number of people (default 10,000); whole households are generated, see README. */
    readonly size?: number;
    /** Post-2025 province codes to populate (default: all 34). */
    readonly provinces?: readonly string[];
    /** The sandbox "today", `yyyy-MM-dd` (2001–2099); ages and traits are relative to it. */
    readonly referenceDate: string;
    /** Each trait is topped up to at least this many people (default 3; 0 turns it off). */
    readonly minPerTrait?: number;
}
/**
 * The record arrays: everything the generator produced, in generation order.
 * @see Population
 */
export interface PopulationRecords {
    readonly people: readonly Person[];
    readonly households: readonly Household[];
    readonly insuranceRecords: readonly InsuranceRecord[];
    readonly childCards: readonly ChildHealthCard[];
    readonly socialAffairs: readonly SocialAffairsRecord[];
    readonly birthCertificates: readonly MedicalBirthCertificate[];
    readonly deathNotices: readonly MedicalDeathNotice[];
}
/**
 * A generated population: its options, records, the facility catalogue and the indexes. People in
 * list indexes appear in generation order. Nothing here is ever mutated after generation.
 * @see generatePopulation
 */
export interface Population extends PopulationRecords {
    readonly seed: Seed;
    readonly referenceDate: string;
    readonly provinces: readonly string[];
    /** Health facilities of all 34 provinces (facility code = province code + 3 digits). */
    readonly facilities: readonly HealthFacility[];
    readonly byId: ReadonlyMap<string, Person>;
    /** By legacy 9-digit CMND number (still confirmed by the population database). */
    readonly byLegacyId: ReadonlyMap<string, Person>;
    readonly householdById: ReadonlyMap<string, Household>;
    /** Members of each household, head first. */
    readonly byHousehold: ReadonlyMap<string, readonly Person[]>;
    /** By province of residence (the permanent address, else where the person lives). */
    readonly byProvince: ReadonlyMap<string, readonly Person[]>;
    readonly byTrait: ReadonlyMap<Trait, readonly Person[]>;
    /** Children of each mother / father. */
    readonly byMother: ReadonlyMap<string, readonly Person[]>;
    readonly byFather: ReadonlyMap<string, readonly Person[]>;
    readonly insuranceByPerson: ReadonlyMap<string, InsuranceRecord>;
    readonly insuranceByCode: ReadonlyMap<string, InsuranceRecord>;
    readonly childCardByPerson: ReadonlyMap<string, ChildHealthCard>;
    readonly socialByPerson: ReadonlyMap<string, SocialAffairsRecord>;
    readonly birthCertificateByCode: ReadonlyMap<string, MedicalBirthCertificate>;
    /** The pending (unregistered) birth certificate of each expecting mother. */
    readonly pendingBirthByMother: ReadonlyMap<string, MedicalBirthCertificate>;
    readonly deathNoticeByPerson: ReadonlyMap<string, MedicalDeathNotice>;
    readonly facilityByCode: ReadonlyMap<string, HealthFacility>;
    /**
     * Generator state: the last sequence number issued per key (`HO-{province}` for household ids,
     * `GCS.{facility}.{yy}` and `GBT.{facility}.{yy}` for certificates), so that
     * `generateWithTrait` continues without collisions.
     */
    readonly sequences: ReadonlyMap<string, number>;
}
