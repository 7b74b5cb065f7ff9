/**
 * Issues (or re-issues, idempotently per child) the mã số BHXH and TE1 card of a child under
 * 72 months known to the population database, valid from birth to the NĐ 146/2018 date.
 * @see specs/bhxh.yaml bhxhIssueChildCard; DOMAIN.md §3 step 8b, §6.2
 */
export declare const issueChildCard: readonly [string, import("../kit/context.js").MockHandler];
/**
 * Reads a BHYT card; `trangThai` follows the clock (expired after `giaTriDen`).
 * @see specs/bhxh.yaml bhxhGetCard
 */
export declare const getCard: readonly [string, import("../kit/context.js").MockHandler];
