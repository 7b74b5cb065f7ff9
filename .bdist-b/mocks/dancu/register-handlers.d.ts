/**
 * Issues the personal ID number of a newborn whose birth is registered and adds the child to
 * the register (alive, no residence yet). One number per birth registration: a repeat is a 409
 * that never carries the number. `Prefer: outcome=refuse; reason=CODE` forces a 422.
 * @see specs/dancu.yaml dancuIssuePersonalId; DOMAIN.md §3 step 5, §6.1
 */
export declare const issuePersonalId: readonly [string, import("../kit/context.js").MockHandler];
/**
 * The issuance made for a birth registration, so that a caller whose request timed out can
 * recover the number; 404 when none was issued.
 * @see specs/dancu.yaml dancuGetPersonalIdIssuance; DOMAIN.md §10 (slow ID issuance)
 */
export declare const getPersonalIdIssuance: readonly [string, import("../kit/context.js").MockHandler];
/**
 * Records a death: alive → `DA_CHET` with `ngayMat`, seen by every later lookup. 404 for an
 * unknown citizen, 409 when already recorded, 422 for an impossible date of death.
 * `Prefer: outcome=refuse; reason=CODE` forces a 422.
 * @see specs/dancu.yaml dancuRecordDeath; DOMAIN.md §4 step 3
 */
export declare const recordDeath: readonly [string, import("../kit/context.js").MockHandler];
