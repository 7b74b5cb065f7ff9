/**
 * The generator's entry point: households of the natural compositions, spread across provinces
 * by population, decorated with records, then topped up so that every scenario trait is present.
 */
import { assemblePopulation, traitIndex } from './assemble.js';
import { GenerationContext } from './context.js';
import { decorateFamily } from './decorate.js';
import { HOUSEHOLD_KIND_SHARES, buildCouple, buildNuclear, buildSingle, buildSingleParent, } from './household-kinds.js';
import { lookupsFor } from './lookups.js';
import { buildChildHeaded, buildElderHeaded, buildParentsNearby } from './multigen-kinds.js';
import { createPrng } from './prng.js';
import { PROVINCE_REGION, provinceTable } from './province-weights.js';
import { runRecipe } from './recipes.js';
import { TRAITS } from './traits.js';
/** Default target size. @see PopulationOptions.size */
export const DEFAULT_POPULATION_SIZE = 10_000;
/**
 * The earliest reference date: a newborn's birth certificate code needs a birth year in
 * 2000–2099 (`XXXXX.GCS.ZZZZZ.YY`), and a birth certificate may be six weeks old.
 * @see DOMAIN.md §6.3
 */
export const EARLIEST_REFERENCE_DATE = '2001-01-01';
/** Default minimum per trait. @see PopulationOptions.minPerTrait */
export const DEFAULT_MIN_PER_TRAIT = 3;
/**
 * Natural shares of a registered newborn as the youngest child of a family with children.
 * @see FamilyOptions.youngest
 */
export const NEWBORN_SHARES = { complete: 0.012, birthOnly: 0.006 };
/**
 * Thrown by {@link generatePopulation} for an option that cannot be used; `option` names it.
 * @see STYLE.md rule 8 (config fails fast with the name of the bad key)
 */
export class InvalidPopulationOptionsError extends Error {
    option;
    name = 'InvalidPopulationOptionsError';
    constructor(option, message) {
        super(`${option}: ${message}`);
        this.option = option;
    }
}
const BUILDERS = {
    SINGLE_YOUNG: (ctx, o) => buildSingle(ctx, o, false),
    SINGLE_ELDERLY: (ctx, o) => buildSingle(ctx, o, true),
    COUPLE_YOUNG: (ctx, o) => buildCouple(ctx, o, false),
    COUPLE_ELDERLY: (ctx, o) => buildCouple(ctx, o, true),
    NUCLEAR: buildNuclear,
    SINGLE_PARENT: buildSingleParent,
    THREE_GENERATIONS_ELDER_HEAD: buildElderHeaded,
    THREE_GENERATIONS_CHILD_HEAD: buildChildHeaded,
    PARENTS_NEARBY: buildParentsNearby,
};
const WITH_YOUNG_CHILDREN = new Set([
    'NUCLEAR',
    'THREE_GENERATIONS_ELDER_HEAD',
    'THREE_GENERATIONS_CHILD_HEAD',
    'PARENTS_NEARBY',
]);
/**
 * Generates a population. Same options → the same population, record for record. Throws
 * {@link InvalidPopulationOptionsError} on a bad option.
 * @see README.md in this folder; PopulationOptions
 */
export function generatePopulation(options) {
    const size = options.size ?? DEFAULT_POPULATION_SIZE;
    const minPerTrait = options.minPerTrait ?? DEFAULT_MIN_PER_TRAIT;
    const provinces = [...new Set(options.provinces ?? Object.keys(PROVINCE_REGION))];
    checkOptions(options, size, minPerTrait, provinces);
    const rng = createPrng(options.seed);
    const ctx = new GenerationContext(rng, options.referenceDate);
    const where = provinceTable(provinces);
    while (ctx.people.length < size) {
        const kind = rng.weighted(HOUSEHOLD_KIND_SHARES);
        const familyOptions = { provinceCode: rng.weighted(where) };
        const r = rng.float();
        const youngest = !WITH_YOUNG_CHILDREN.has(kind)
            ? undefined
            : r < NEWBORN_SHARES.complete
                ? 'NEWBORN_COMPLETE'
                : r < NEWBORN_SHARES.complete + NEWBORN_SHARES.birthOnly
                    ? 'NEWBORN_BIRTH_ONLY'
                    : undefined;
        const family = BUILDERS[kind](ctx, youngest ? { ...familyOptions, youngest } : familyOptions);
        decorateFamily(ctx, family, true);
    }
    const present = traitIndex(ctx.people, lookupsFor(ctx, ctx.people));
    const before = ctx.people.length;
    for (const trait of minPerTrait > 0 ? TRAITS : []) {
        for (let i = present.get(trait)?.length ?? 0; i < minPerTrait; i += 1) {
            runRecipe(ctx, { trait, provinceCode: rng.weighted(where), withHousehold: true });
        }
    }
    // Without top-ups nothing changed since the count: its index is the population's.
    const traits = ctx.people.length === before ? present : undefined;
    return assemblePopulation(ctx, { seed: options.seed, provinces }, traits);
}
function checkOptions(options, size, minPerTrait, provinces) {
    const { seed, referenceDate } = options;
    if (!(typeof seed === 'string' || Number.isSafeInteger(seed))) {
        throw new InvalidPopulationOptionsError('seed', 'must be a safe integer or a string');
    }
    if (!Number.isSafeInteger(size) || size < 1 || size > 10_000_000) {
        throw new InvalidPopulationOptionsError('size', 'must be an integer within 1–10,000,000');
    }
    if (!Number.isSafeInteger(minPerTrait) || minPerTrait < 0 || minPerTrait > 1000) {
        throw new InvalidPopulationOptionsError('minPerTrait', 'must be an integer within 0–1000');
    }
    if (provinces.length === 0 || provinces.some((p) => PROVINCE_REGION[p] === undefined)) {
        throw new InvalidPopulationOptionsError('provinces', 'must list post-2025 province codes');
    }
    if (!isDate(referenceDate) ||
        referenceDate < EARLIEST_REFERENCE_DATE ||
        referenceDate > '2099-12-31') {
        throw new InvalidPopulationOptionsError('referenceDate', 'must be a yyyy-MM-dd day in 2001–2099');
    }
}
function isDate(value) {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
        return false;
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}
