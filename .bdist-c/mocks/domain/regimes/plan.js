import { ok } from '../../../contracts/result.js';
import { validateCombination } from './combinations.js';
import { DEFAULT_SETTINGS } from './config.js';
import { getRegime } from './regime-at.js';
/** How each group's limit follows from its steps (DOMAIN.md §5). */
const GROUP_LIMITS = {
    NHOM_1: (steps, s, verify) => verify && steps.some((step) => step.leg === 'TT')
        ? s.timeLimits.group1.totalWithVerification
        : s.timeLimits.group1.total,
    NHOM_2: (steps, s) => s.timeLimits.group2.intake +
        Math.max(0, ...steps.filter((x) => x.countsTowardGroupLimit).map((x) => x.workingDays)),
};
/**
 * Validates a combination ({@link validateCombination}) and orders its legs into steps with
 * dependencies, deciding agency, per-leg limits (SANDBOX DEFAULTs of DOMAIN.md §5) and the group
 * limit: group 1 = 3 WD (5 with verification), CC outside; group 2 = 1 WD + the longest leg.
 * @see DOMAIN.md §3 "Order between steps", §4, §5
 */
export function legPlan(regime, group, legs, options = {}) {
    const settings = options.settings ?? DEFAULT_SETTINGS;
    const chosen = validateCombination(regime, group, legs, settings);
    if (!chosen.ok)
        return chosen;
    const verify = options.withVerification ?? false;
    const limitOf = limitsFor(group, settings, verify);
    const stages = new Map();
    const stageOf = (leg) => {
        const known = stages.get(leg);
        if (known !== undefined)
            return known;
        const stage = Math.max(-1, ...settings.legs[leg].dependsOn.map(stageOf)) + 1;
        stages.set(leg, stage);
        return stage;
    };
    const steps = chosen.value
        .map((leg) => {
        const variant = variantOf(leg, settings, options.variants);
        const decidedBy = deciderOf(leg, variant, settings);
        const workingDays = limitOf(leg, variant);
        return {
            leg,
            stage: stageOf(leg),
            dependsOn: settings.legs[leg].dependsOn,
            system: decidedBy.system,
            agency: decidedBy.agency,
            variant,
            workingDays,
            sameDayCutoff: workingDays === 0 ? settings.timeLimits.sameDayCutoff : null,
            countsTowardGroupLimit: group === 'NHOM_2' || !settings.timeLimits.group1.outsideGroupLimit.includes(leg),
            dossierSuffix: `-${leg}`,
        };
    })
        .sort((a, b) => a.stage - b.stage);
    const definition = getRegime(regime).groups[group];
    return ok({
        regime: getRegime(regime).id,
        group,
        procedureCode: definition.procedureCode,
        steps,
        groupWorkingDays: GROUP_LIMITS[group](steps, settings, verify),
        supplement: settings.timeLimits.supplement,
    });
}
/**
 * The group's time limit in WD and the legs that run outside it.
 * @see legPlan; DOMAIN.md §5
 */
export function groupTimeLimit(regime, group, legs, options = {}) {
    const plan = legPlan(regime, group, legs, options);
    if (!plan.ok)
        return plan;
    return ok({
        workingDays: plan.value.groupWorkingDays,
        outside: plan.value.steps.filter((step) => !step.countsTowardGroupLimit),
    });
}
function limitsFor(group, s, verify) {
    const { group1, group2 } = s.timeLimits;
    return (leg, variant) => {
        if (variant !== null)
            return group2.variants[variant];
        if (leg === 'TT' && verify)
            return group1.ttWithVerification;
        const table = group === 'NHOM_1' ? group1 : group2;
        const limit = table[leg];
        if (limit === undefined)
            throw new RangeError(`No time limit for leg ${leg} in ${group}`);
        return limit;
    };
}
function variantOf(leg, s, chosen) {
    if (leg !== 'MT' && leg !== 'TU')
        return null;
    const variant = chosen?.[leg] ??
        (leg === 'MT' ? s.benefits.routing[0]?.funeral : s.benefits.survivorVariants.ONE_TIME);
    if (variant === undefined || s.benefits.variants[variant].leg !== leg) {
        throw new TypeError(`Variant ${String(variant)} cannot decide leg ${leg}`);
    }
    return variant;
}
function deciderOf(leg, variant, s) {
    const decidedBy = s.legs[leg].decidedBy;
    if (decidedBy !== 'BY_VARIANT')
        return decidedBy;
    if (variant === null)
        throw new TypeError(`Leg ${leg} is decided by a variant`);
    return s.benefits.variants[variant];
}
