/** Working days a citizen has to answer when the request sets no `hanXacNhan` (sandbox default). */
export declare const DEFAULT_ANSWER_WORKING_DAYS = 2;
/**
 * Sends a confirmation request to a citizen's app. The citizen must be able to confirm
 * ({@link confirmerRefusal}) before the deadline; the simulated citizen then answers according
 * to their family (`householdHeadAnswer`, `representativeAnswer`), reading the person concerned
 * and the requester (`nguoiLienQuan`, `nguoiDeNghi`) when given and the text otherwise, or leaves
 * it waiting.
 * `Prefer: outcome=agree|refuse|pending` forces the answer.
 * @see specs/vneid.yaml `vneidRequestConfirmation`
 */
export declare const requestConfirmation: readonly [string, import("../kit/context.js").MockHandler];
/**
 * Reads a confirmation and its answer; a waiting one past its deadline reads `HET_HAN`.
 * @see specs/vneid.yaml `vneidGetConfirmation`
 */
export declare const getConfirmation: readonly [string, import("../kit/context.js").MockHandler];
