/**
 * The mutable state of one generation run: the RNG, the reference day, the records produced so
 * far, uniqueness checks against an optional base population, and caches of the per-province
 * tables. Internal: the public API returns immutable `Population` values.
 */
import type { AdminUnitCatalogue, Commune } from '../admin-units/index.js';
import { defaultAdminUnits } from '../admin-units/index.js';
import { DateStrings, toDay } from './days.js';
import { ethnicityTable, religionTable } from './ethnicities.js';
import { buildFacilities } from './facilities.js';
import type { Population } from './population.js';
import type { Prng, WeightedTable } from './prng.js';
import { PROVINCE_REGION, legacyCodeTable, provinceTable } from './province-weights.js';
import type { Region } from './province-weights.js';
import type {
  Address,
  ChildHealthCard,
  HealthFacility,
  Household,
  InsuranceRecord,
  Locality,
  MedicalBirthCertificate,
  MedicalDeathNotice,
  Person,
  SocialAffairsRecord,
} from './types.js';

/**
 * A record under construction: the same shape with writable fields.
 * @see freezeRecords (drafts are frozen on assembly)
 */
export type Draft<T> = { -readonly [K in keyof T]: T[K] };

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

/** The post-2025 province codes, in catalogue order. */
const ALL_PROVINCES = Object.keys(PROVINCE_REGION);

/**
 * One generation run. Records are kept in insertion-ordered maps so that a trait recipe can
 * replace a record in place; `assemblePopulation` turns them into arrays and indexes.
 * @see generatePopulation; generateWithTrait
 */
export class GenerationContext {
  readonly today: number;
  readonly dates = new DateStrings();
  readonly catalogue: AdminUnitCatalogue = defaultAdminUnits();
  readonly people: Draft<Person>[] = [];
  readonly households: Draft<Household>[] = [];
  readonly insurance = new Map<string, InsuranceRecord>();
  readonly childCards = new Map<string, ChildHealthCard>();
  readonly social = new Map<string, SocialAffairsRecord>();
  readonly birthCertificates = new Map<string, MedicalBirthCertificate>();
  /** Mothers with a pending birth certificate in this run. */
  readonly expectingMothers = new Set<string>();
  readonly deathNotices = new Map<string, MedicalDeathNotice>();
  readonly sequences: Map<string, number>;
  readonly facilities: readonly HealthFacility[];
  /** The health station (initial-care facility) of each commune. */
  readonly stations: ReadonlyMap<string, string>;
  readonly allProvinces: WeightedTable<string> = provinceTable(ALL_PROVINCES);
  /** The people of this run by ID number. */
  readonly personIndex = new Map<string, Draft<Person>>();
  private readonly bhxhCodes = new Set<string>();
  private readonly legacyIds = new Set<string>();
  private readonly localities = new Map<string, Locality>();
  private readonly tables = new Map<string, WeightedTable<string>>();

  constructor(
    readonly rng: Prng,
    readonly referenceDate: string,
    readonly base?: Population,
  ) {
    this.today = toDay(referenceDate);
    this.sequences = new Map(base?.sequences ?? []);
    this.facilities = base?.facilities ?? buildFacilities(this.catalogue);
    this.stations = new Map(
      this.facilities.filter((f) => f.level === 'BAN_DAU').map((f) => [f.communeCode, f.code]),
    );
  }

  /** `yyyy-MM-dd` of a day number (shared strings). */
  date(day: number): string {
    return this.dates.date(day);
  }

  /** Adds a person; the ID number must not be taken. */
  addPerson(person: Draft<Person>): void {
    this.people.push(person);
    this.personIndex.set(person.id, person);
  }

  /** A person of this run, or of the base population. */
  person(id: string | null): Person | undefined {
    if (id === null) return undefined;
    return this.personIndex.get(id) ?? this.base?.byId.get(id);
  }

  /** A person of this run, writable. */
  draft(id: string): Draft<Person> | undefined {
    return this.personIndex.get(id);
  }

  /** Whether an ID number is already held, in this run or the base. */
  isPersonIdTaken(id: string): boolean {
    return this.personIndex.has(id) || (this.base?.byId.has(id) ?? false);
  }

  /** Reserves a BHXH code; false when it was already issued. */
  claimBhxhCode(code: string): boolean {
    if (this.bhxhCodes.has(code) || this.base?.insuranceByCode.has(code)) return false;
    this.bhxhCodes.add(code);
    return true;
  }

  /** Reserves a legacy CMND number; false when someone already holds it. */
  claimLegacyId(value: string): boolean {
    if (this.legacyIds.has(value) || this.base?.byLegacyId.has(value)) return false;
    this.legacyIds.add(value);
    return true;
  }

  /** The next number of a sequence; the first one is `start()`. */
  nextSequence(key: string, start: () => number): number {
    const last = this.sequences.get(key);
    const next = last === undefined ? start() : last + 1;
    this.sequences.set(key, next);
    return next;
  }

  /** The shared locality object of a commune. */
  locality(commune: Commune): Locality {
    let locality = this.localities.get(commune.code);
    if (locality === undefined) {
      locality = Object.freeze({ communeCode: commune.code, provinceCode: commune.provinceCode });
      this.localities.set(commune.code, locality);
    }
    return locality;
  }

  /** The communes of a province (non-empty for the 34 codes). */
  communes(provinceCode: string): readonly Commune[] {
    return this.catalogue.communesOf(provinceCode);
  }

  /** A commune of the province, uniformly. */
  randomCommune(provinceCode: string): Commune {
    return this.rng.pick(this.communes(provinceCode));
  }

  /** The ethnicity mix of a province (cached). */
  ethnicityTable(provinceCode: string): WeightedTable<string> {
    return this.cached(`E${provinceCode}`, () => ethnicityTable(provinceCode));
  }

  /** The old provinces of a province, by population (cached). */
  legacyCodeTable(provinceCode: string): WeightedTable<string> {
    return this.cached(`L${provinceCode}`, () => legacyCodeTable(provinceCode));
  }

  /** The religion mix for an ethnicity in a province (cached). */
  religionTable(ethnicity: string, provinceCode: string): WeightedTable<string> {
    return this.cached(`R${ethnicity}.${provinceCode}`, () =>
      religionTable(ethnicity, provinceCode),
    );
  }

  /** Region of a post-2025 province. */
  region(provinceCode: string): Region {
    return PROVINCE_REGION[provinceCode] ?? 'NORTH';
  }

  private cached(key: string, build: () => WeightedTable<string>): WeightedTable<string> {
    let table = this.tables.get(key);
    if (table === undefined) {
      table = build();
      this.tables.set(key, table);
    }
    return table;
  }
}
