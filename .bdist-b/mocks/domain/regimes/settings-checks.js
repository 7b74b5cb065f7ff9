import { AGENCY_LEVELS, BENEFIT_VARIANTS, DECEASED_CATEGORIES, LEG_CODES, SYSTEM_IDS, isOneOf, } from './vocabulary.js';
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TTHC_CODE = /^\d\.\d{6}$/;
const FORMULAS = ['REFERENCE_MULTIPLE', 'STANDARD_MULTIPLE', 'NOT_MODELLED'];
/**
 * Checks what the shape merge cannot: vocabularies, references between entries, acyclic
 * dependencies and the shape of array items. Returns the first issue found.
 * @see STYLE.md rule 8
 */
export function checkRegimeSettings(settings) {
    for (const check of CHECKS) {
        const issue = check(settings);
        if (issue !== undefined)
            return issue;
    }
    return undefined;
}
const CHECKS = [checkLegs, checkDependencyCycles, checkTimeLimits, checkBenefits];
function checkLegs(settings) {
    for (const leg of LEG_CODES) {
        const { dependsOn, decidedBy } = settings.legs[leg];
        const key = `legs.${leg}`;
        const bad = dependsOn.findIndex((d) => !isOneOf(LEG_CODES, d) || d === leg);
        if (bad >= 0)
            return { key: `${key}.dependsOn[${bad}]`, problem: 'must be another leg code' };
        if (typeof decidedBy === 'string') {
            if (decidedBy !== 'BY_VARIANT')
                return { key: `${key}.decidedBy`, problem: 'unknown value' };
            continue;
        }
        if (!isOneOf(SYSTEM_IDS, decidedBy.system)) {
            return { key: `${key}.decidedBy.system`, problem: `must be one of ${SYSTEM_IDS.join(', ')}` };
        }
        if (!isOneOf(AGENCY_LEVELS, decidedBy.agency)) {
            return {
                key: `${key}.decidedBy.agency`,
                problem: `must be one of ${AGENCY_LEVELS.join(', ')}`,
            };
        }
    }
    return undefined;
}
function checkDependencyCycles(settings) {
    const visiting = new Set();
    const done = new Set();
    const visit = (leg) => {
        if (done.has(leg))
            return false;
        if (visiting.has(leg))
            return true;
        visiting.add(leg);
        const cyclic = settings.legs[leg].dependsOn.some((d) => visit(d));
        done.add(leg);
        return cyclic;
    };
    const cyclic = LEG_CODES.find((leg) => visit(leg));
    return cyclic === undefined
        ? undefined
        : { key: `legs.${cyclic}.dependsOn`, problem: 'dependencies form a cycle' };
}
function checkTimeLimits({ timeLimits }) {
    if (!TIME_OF_DAY.test(timeLimits.sameDayCutoff)) {
        return { key: 'timeLimits.sameDayCutoff', problem: 'must be a time HH:mm' };
    }
    const bad = timeLimits.group1.outsideGroupLimit.findIndex((leg) => !isOneOf(LEG_CODES, leg));
    return bad < 0
        ? undefined
        : { key: `timeLimits.group1.outsideGroupLimit[${bad}]`, problem: 'must be a leg code' };
}
function checkBenefits({ benefits }) {
    for (const variant of BENEFIT_VARIANTS) {
        const v = benefits.variants[variant];
        const key = `benefits.variants.${variant}`;
        if (v.leg !== 'MT' && v.leg !== 'TU')
            return { key: `${key}.leg`, problem: 'must be MT or TU' };
        if (!isOneOf(SYSTEM_IDS, v.system))
            return { key: `${key}.system`, problem: 'unknown system' };
        if (!isOneOf(AGENCY_LEVELS, v.agency))
            return { key: `${key}.agency`, problem: 'unknown agency' };
        if (v.procedureCode !== null && !TTHC_CODE.test(v.procedureCode)) {
            return { key: `${key}.procedureCode`, problem: 'must match d.dddddd' };
        }
        if (!isOneOf(FORMULAS, v.amount.formula)) {
            return { key: `${key}.amount.formula`, problem: `must be one of ${FORMULAS.join(', ')}` };
        }
    }
    for (const [kind, variant] of Object.entries(benefits.survivorVariants)) {
        if (!isOneOf(BENEFIT_VARIANTS, variant) || benefits.variants[variant].leg !== 'TU') {
            return { key: `benefits.survivorVariants.${kind}`, problem: 'must be a TU variant' };
        }
    }
    return (checkRouting(benefits.routing, benefits.variants) ??
        checkDatedAmounts('benefits.referenceAmounts', benefits.referenceAmounts) ??
        checkDatedAmounts('benefits.standardLevels', benefits.standardLevels));
}
function checkRouting(routing, variants) {
    for (const [index, rule] of routing.entries()) {
        const key = `benefits.routing[${index}]`;
        if (!isRecord(rule))
            return { key, problem: 'must be an object' };
        const extra = Object.keys(rule).find((k) => !['anyOf', 'funeral', 'survivor'].includes(k));
        if (extra !== undefined)
            return { key: `${key}.${extra}`, problem: 'unknown key' };
        if (!Array.isArray(rule.anyOf) || rule.anyOf.length === 0) {
            return { key: `${key}.anyOf`, problem: 'must be a non-empty array' };
        }
        const bad = rule.anyOf.findIndex((c) => !isOneOf(DECEASED_CATEGORIES, c));
        if (bad >= 0)
            return { key: `${key}.anyOf[${bad}]`, problem: 'unknown deceased category' };
        if (!isOneOf(BENEFIT_VARIANTS, rule.funeral) || variants[rule.funeral].leg !== 'MT') {
            return { key: `${key}.funeral`, problem: 'must be an MT variant' };
        }
        if (typeof rule.survivor !== 'boolean') {
            return { key: `${key}.survivor`, problem: 'must be a boolean' };
        }
    }
    return undefined;
}
function checkDatedAmounts(key, entries) {
    if (entries.length === 0)
        return { key, problem: 'must not be empty' };
    for (const [index, entry] of entries.entries()) {
        const at = `${key}[${index}]`;
        if (!isRecord(entry))
            return { key: at, problem: 'must be an object' };
        const extra = Object.keys(entry).find((k) => !['from', 'amount', 'legalBasis'].includes(k));
        if (extra !== undefined)
            return { key: `${at}.${extra}`, problem: 'unknown key' };
        if (typeof entry.from !== 'string' || !DATE.test(entry.from)) {
            return { key: `${at}.from`, problem: 'must be a date yyyy-MM-dd' };
        }
        if (!Number.isSafeInteger(entry.amount) || entry.amount < 0) {
            return { key: `${at}.amount`, problem: 'must be a non-negative integer' };
        }
        if (typeof entry.legalBasis !== 'string' || entry.legalBasis === '') {
            return { key: `${at}.legalBasis`, problem: 'must be a non-empty string' };
        }
        const previous = entries[index - 1];
        if (previous !== undefined && previous.from >= entry.from) {
            return { key: `${at}.from`, problem: 'entries must be in ascending date order' };
        }
    }
    return undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
