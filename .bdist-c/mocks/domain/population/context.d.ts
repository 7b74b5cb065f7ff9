/**
 * The mutable state of one generation run: the RNG, the reference day, the records produced so
 * far, uniqueness checks against an optional base population, and caches of the per-province
 * tables. Internal: the public API returns immutable `Population` values.
 */
import type { AdminUnitCatalogue, Commune } from '../admin-units/index.js';
import { DateStrings } from './days.js';
import type { Population } from './population.js';
import type { Prng, WeightedTable } from './prng.js';
import type { Region } from './province-weights.js';
import type { Address, ChildHealthCard, HealthFacility, Household, InsuranceRecord, Locality, MedicalBirthCertificate, MedicalDeathNotice, Person, SocialAffairsRecord } from './types.js';
/**
 * A record under construction: the same shape with writable fields.
 * @see freezeRecords (drafts are frozen on assembly)
 */
export type Draft<T> = {
    -readonly [K in keyof T]: T[K];
};
/**
 * Where a household lives: its address and the tables of its province.
 * @see createPlace
 */
export interface Place {
    readonly provinceCode: string;
    readonly region: Region;
    readonly commune: Commune;
    readonly address: Address;
    /**
     * The pre-2025 province (2 digits) assumed for this address, drawn by population (the catalogue
     * does not record it): the `AAA` of births registered here before 2025-07-01.
     */
    readonly legacyCode: string;
}
/**
 * One generation run. Records are kept in insertion-ordered maps so that a trait recipe can
 * replace a record in place; `assemblePopulation` turns them into arrays and indexes.
 * @see generatePopulation; generateWithTrait
 */
export declare class GenerationContext {
    readonly rng: Prng;
    readonly referenceDate: string;
    readonly base?: Population | undefined;
    readonly today: number;
    readonly dates: DateStrings;
    readonly catalogue: AdminUnitCatalogue;
    readonly people: Draft<Person>[];
    readonly households: Draft<Household>[];
    readonly insurance: Map<string, InsuranceRecord>;
    readonly childCards: Map<string, ChildHealthCard>;
    readonly social: Map<string, SocialAffairsRecord>;
    readonly birthCertificates: Map<string, MedicalBirthCertificate>;
    /** Mothers with a pending birth certificate in this run. */
    readonly expectingMothers: Set<string>;
    readonly deathNotices: Map<string, MedicalDeathNotice>;
    readonly sequences: Map<string, number>;
    readonly facilities: readonly HealthFacility[];
    /** The health station (initial-care facility) of each commune. */
    readonly stations: ReadonlyMap<string, string>;
    readonly allProvinces: WeightedTable<string>;
    /** The people of this run by ID number. */
    readonly personIndex: Map<string, Draft<Person>>;
    private readonly bhxhCodes;
    private readonly legacyIds;
    private readonly localities;
    private readonly tables;
    constructor(rng: Prng, referenceDate: string, base?: Population | undefined);
    /** `yyyy-MM-dd` of a day number (shared strings). */
    date(day: number): string;
    /** Adds a person; the ID number must not be taken. */
    addPerson(person: Draft<Person>): void;
    /** A person of this run, or of the base population. */
    person(id: string | null): Person | undefined;
    /** A person of this run, writable. */
    draft(id: string): Draft<Person> | undefined;
    /** Whether an ID number is already held, in this run or the base. */
    isPersonIdTaken(id: string): boolean;
    /** Reserves a BHXH code; false when it was already issued. */
    claimBhxhCode(code: string): boolean;
    /** Reserves a legacy CMND number; false when someone already holds it. */
    claimLegacyId(value: string): boolean;
    /** The next number of a sequence; the first one is `start()`. */
    nextSequence(key: string, start: () => number): number;
    /** The shared locality object of a commune. */
    locality(commune: Commune): Locality;
    /** The communes of a province (non-empty for the 34 codes). */
    communes(provinceCode: string): readonly Commune[];
    /** A commune of the province, uniformly. */
    randomCommune(provinceCode: string): Commune;
    /** The ethnicity mix of a province (cached). */
    ethnicityTable(provinceCode: string): WeightedTable<string>;
    /** The old provinces of a province, by population (cached). */
    legacyCodeTable(provinceCode: string): WeightedTable<string>;
    /** The religion mix for an ethnicity in a province (cached). */
    religionTable(ethnicity: string, provinceCode: string): WeightedTable<string>;
    /** Region of a post-2025 province. */
    region(provinceCode: string): Region;
    private cached;
}
