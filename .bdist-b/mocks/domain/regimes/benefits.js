import { err, ok } from '../../../contracts/result.js';
import { DEFAULT_SETTINGS } from './config.js';
import { vietnamDate } from './instant.js';
import { regimeProblem } from './problems.js';
/**
 * Routes the benefit legs by the configured rules, first match wins. Default order: insured,
 * reserving or pensioner → BHXH (`MAI_TANG_BHXH`); person with merit → `MAI_TANG_NCC`;
 * social-assistance beneficiary → `HO_TRO_MAI_TANG`; otherwise `KHONG_THUOC_DOI_TUONG`.
 * Survivor benefits (TU) exist only on a route that allows them (BHXH by default).
 * @see DOMAIN.md §4 "SANDBOX DEFAULT routing", §11 #13
 */
export function routeBenefit(traits, settings = DEFAULT_SETTINGS) {
    const { routing, survivorVariants } = settings.benefits;
    const rule = routing.find((r) => r.anyOf.some((c) => traits.categories.includes(c)));
    if (rule === undefined)
        return err(notEligible('funeral'));
    const funeral = routeTo(rule.funeral, settings);
    if (traits.survivor === undefined)
        return ok({ funeral });
    const survivor = rule.survivor
        ? ok(routeTo(survivorVariants[traits.survivor], settings))
        : err(notEligible('survivor'));
    return ok({ funeral, survivor });
}
/**
 * The amount of a benefit variant on a date, from its amount rule: funeral allowance =
 * 10 × reference amount; funeral-cost support = multiple × standard level (540,000 đ from
 * 01/07/2026). Survivor benefits and other variants are `AMOUNT_NOT_MODELLED`.
 * @see DOMAIN.md §4, §11 #14
 */
export function benefitAmount(variant, at, settings = DEFAULT_SETTINGS) {
    const date = vietnamDate(at);
    if (!date.ok)
        return date;
    const { formula, multiple } = settings.benefits.variants[variant].amount;
    const table = {
        REFERENCE_MULTIPLE: settings.benefits.referenceAmounts,
        STANDARD_MULTIPLE: settings.benefits.standardLevels,
        NOT_MODELLED: [],
    };
    const base = table[formula].findLast((entry) => entry.from <= date.value);
    if (base === undefined) {
        return err(regimeProblem('AMOUNT_NOT_MODELLED', `No amount for ${variant} on ${date.value}.`));
    }
    return ok({ amount: multiple * base.amount, legalBasis: `${multiple} × ${base.legalBasis}` });
}
function routeTo(variant, settings) {
    const { system, agency, procedureCode } = settings.benefits.variants[variant];
    return { variant, system, agency, procedureCode };
}
function notEligible(leg) {
    return regimeProblem('KHONG_THUOC_DOI_TUONG', `The deceased is in no category entitled to the ${leg} benefit.`);
}
