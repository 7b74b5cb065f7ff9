/**
 * Files a claim and decides it at once (the sandbox's `instant` processing profile): each
 * benefit from the deceased's insurance record, amounts from the regimes table, signed decisions
 * for what is granted; `hanXuLy` is the longest limit of the benefits asked for.
 * @see specs/bhxh.yaml bhxhClaimDeathBenefits; DOMAIN.md §4, §5 (group-2 limits)
 */
export declare const claimDeathBenefits: readonly [string, import("../kit/context.js").MockHandler];
/**
 * Reads a claim and its decisions.
 * @see specs/bhxh.yaml bhxhGetClaim
 */
export declare const getClaim: readonly [string, import("../kit/context.js").MockHandler];
