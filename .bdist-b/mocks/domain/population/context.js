import { defaultAdminUnits } from '../admin-units/index.js';
import { DateStrings, toDay } from './days.js';
import { ethnicityTable, religionTable } from './ethnicities.js';
import { buildFacilities } from './facilities.js';
import { PROVINCE_REGION, legacyCodeTable, provinceTable } from './province-weights.js';
/** The post-2025 province codes, in catalogue order. */
const ALL_PROVINCES = Object.keys(PROVINCE_REGION);
/**
 * One generation run. Records are kept in insertion-ordered maps so that a trait recipe can
 * replace a record in place; `assemblePopulation` turns them into arrays and indexes.
 * @see generatePopulation; generateWithTrait
 */
export class GenerationContext {
    rng;
    referenceDate;
    base;
    today;
    dates = new DateStrings();
    catalogue = defaultAdminUnits();
    people = [];
    households = [];
    insurance = new Map();
    childCards = new Map();
    social = new Map();
    birthCertificates = new Map();
    /** Mothers with a pending birth certificate in this run. */
    expectingMothers = new Set();
    deathNotices = new Map();
    sequences;
    facilities;
    /** The health station (initial-care facility) of each commune. */
    stations;
    allProvinces = provinceTable(ALL_PROVINCES);
    /** The people of this run by ID number. */
    personIndex = new Map();
    bhxhCodes = new Set();
    legacyIds = new Set();
    localities = new Map();
    tables = new Map();
    constructor(rng, referenceDate, base) {
        this.rng = rng;
        this.referenceDate = referenceDate;
        this.base = base;
        this.today = toDay(referenceDate);
        this.sequences = new Map(base?.sequences ?? []);
        this.facilities = base?.facilities ?? buildFacilities(this.catalogue);
        this.stations = new Map(this.facilities.filter((f) => f.level === 'BAN_DAU').map((f) => [f.communeCode, f.code]));
    }
    /** `yyyy-MM-dd` of a day number (shared strings). */
    date(day) {
        return this.dates.date(day);
    }
    /** Adds a person; the ID number must not be taken. */
    addPerson(person) {
        this.people.push(person);
        this.personIndex.set(person.id, person);
    }
    /** A person of this run, or of the base population. */
    person(id) {
        if (id === null)
            return undefined;
        return this.personIndex.get(id) ?? this.base?.byId.get(id);
    }
    /** A person of this run, writable. */
    draft(id) {
        return this.personIndex.get(id);
    }
    /** Whether an ID number is already held, in this run or the base. */
    isPersonIdTaken(id) {
        return this.personIndex.has(id) || (this.base?.byId.has(id) ?? false);
    }
    /** Reserves a BHXH code; false when it was already issued. */
    claimBhxhCode(code) {
        if (this.bhxhCodes.has(code) || this.base?.insuranceByCode.has(code))
            return false;
        this.bhxhCodes.add(code);
        return true;
    }
    /** Reserves a legacy CMND number; false when someone already holds it. */
    claimLegacyId(value) {
        if (this.legacyIds.has(value) || this.base?.byLegacyId.has(value))
            return false;
        this.legacyIds.add(value);
        return true;
    }
    /** The next number of a sequence; the first one is `start()`. */
    nextSequence(key, start) {
        const last = this.sequences.get(key);
        const next = last === undefined ? start() : last + 1;
        this.sequences.set(key, next);
        return next;
    }
    /** The shared locality object of a commune. */
    locality(commune) {
        let locality = this.localities.get(commune.code);
        if (locality === undefined) {
            locality = Object.freeze({ communeCode: commune.code, provinceCode: commune.provinceCode });
            this.localities.set(commune.code, locality);
        }
        return locality;
    }
    /** The communes of a province (non-empty for the 34 codes). */
    communes(provinceCode) {
        return this.catalogue.communesOf(provinceCode);
    }
    /** A commune of the province, uniformly. */
    randomCommune(provinceCode) {
        return this.rng.pick(this.communes(provinceCode));
    }
    /** The ethnicity mix of a province (cached). */
    ethnicityTable(provinceCode) {
        return this.cached(`E${provinceCode}`, () => ethnicityTable(provinceCode));
    }
    /** The old provinces of a province, by population (cached). */
    legacyCodeTable(provinceCode) {
        return this.cached(`L${provinceCode}`, () => legacyCodeTable(provinceCode));
    }
    /** The religion mix for an ethnicity in a province (cached). */
    religionTable(ethnicity, provinceCode) {
        return this.cached(`R${ethnicity}.${provinceCode}`, () => religionTable(ethnicity, provinceCode));
    }
    /** Region of a post-2025 province. */
    region(provinceCode) {
        return PROVINCE_REGION[provinceCode] ?? 'NORTH';
    }
    cached(key, build) {
        let table = this.tables.get(key);
        if (table === undefined) {
            table = build();
            this.tables.set(key, table);
        }
        return table;
    }
}
