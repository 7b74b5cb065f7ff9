import { err, ok } from '../../../contracts/result.js';
import { extendPopulation, freezeRecords } from './assemble.js';
import { GenerationContext } from './context.js';
import { PROVINCE_REGION } from './province-weights.js';
import { VNEID } from './records.js';
import { TRAITS_NEEDING_A_HOUSEHOLD, runRecipe } from './recipes.js';
import { TRAITS, isTrait } from './traits.js';
/**
 * Expected failures of {@link generateWithTrait}, as RFC 9457 templates.
 * @see STYLE.md rule 5
 */
export const POPULATION_PROBLEMS = {
    UNKNOWN_TRAIT: {
        type: 'urn:lienthong-sandbox:problem:unknown-trait',
        title: 'Đặc điểm công dân không được hỗ trợ',
        status: 400,
    },
    UNKNOWN_PROVINCE: {
        type: 'urn:lienthong-sandbox:problem:unknown-province',
        title: 'Mã tỉnh không thuộc danh mục sau 01/07/2025',
        status: 400,
    },
    TRAIT_NEEDS_HOUSEHOLD: {
        type: 'urn:lienthong-sandbox:problem:trait-needs-household',
        title: 'Đặc điểm này cần công dân thuộc một hộ gia đình',
        status: 422,
    },
};
/**
 * Generates one citizen with a trait (and family as needed) on top of `population`, which is not
 * changed: the result is a new population sharing the old one's records and indexes. ID numbers,
 * BHXH codes, household ids and certificate codes never collide with existing ones. Deterministic
 * for a given population, request and RNG state.
 * @see TRAITS; DESIGN.md §4 (sandbox control plane: citizens generate)
 */
export function generateWithTrait(population, request, rng) {
    const { trait, maTinh, withHousehold = true } = request;
    if (!isTrait(trait)) {
        return err(problem('UNKNOWN_TRAIT', `The trait must be one of: ${TRAITS.join(', ')}.`));
    }
    if (PROVINCE_REGION[maTinh] === undefined) {
        return err(problem('UNKNOWN_PROVINCE', 'maTinh must be one of the 34 post-2025 province codes.'));
    }
    if (!withHousehold && TRAITS_NEEDING_A_HOUSEHOLD.includes(trait)) {
        return err(problem('TRAIT_NEEDS_HOUSEHOLD', `${trait} needs a household member.`));
    }
    const ctx = new GenerationContext(rng, request.referenceDate ?? population.referenceDate, population);
    const subject = runRecipe(ctx, { trait, provinceCode: maTinh, withHousehold });
    if (trait !== 'NO_LEVEL2_VNEID')
        canActOnline(ctx, request.referenceDate ?? population.referenceDate);
    const added = freezeRecords(ctx);
    const extended = extendPopulation(population, ctx, added);
    const stored = extended.byId.get(subject.id);
    if (stored === undefined)
        throw new Error('the generated citizen is missing (generator bug)');
    return ok({ population: extended, subject: stored, added });
}
/**
 * Gives every living adult of the generated family an active level-2 VNeID account: a citizen
 * generated for a scenario, and the relatives who declare, consent or confirm for them, can act
 * online (the 18 % of the seeded population without one are found with `NO_LEVEL2_VNEID`).
 * @see DOMAIN.md §3 step 1, §4 step 1 (level-2 account to submit online)
 */
function canActOnline(ctx, referenceDate) {
    const adultBornBy = `${Number(referenceDate.slice(0, 4)) - 18}${referenceDate.slice(4)}`;
    for (const person of ctx.people) {
        if (person.death === null && person.birthDate <= adultBornBy)
            person.vneid = VNEID.LEVEL2;
    }
}
function problem(code, detail) {
    return { ...POPULATION_PROBLEMS[code], code, detail };
}
