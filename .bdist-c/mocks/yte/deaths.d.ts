/**
 * Issues a signed GBT. The facility must be in the catalogue; the times must pass
 * {@link deathRequestReasons}; a deceased identified by an ID number must be in the register
 * under the same name and date of birth; a person gets one notice. `Prefer: outcome=issue` skips
 * the checks (not the facility), `outcome=refuse; reason=…` and `outcome=duplicate` force the
 * refusals.
 * @see specs/yte.yaml `yteIssueDeathNotice`; DOMAIN.md §8 "GBT, Mẫu 05"; TT 25/2025/TT-BYT
 */
export declare const issueDeathNotice: readonly [string, import("../kit/context.js").MockHandler];
/**
 * Reads a GBT by code: the population's notices and those issued in the sandbox.
 * @see specs/yte.yaml `yteGetDeathNotice`
 */
export declare const getDeathNotice: readonly [string, import("../kit/context.js").MockHandler];
