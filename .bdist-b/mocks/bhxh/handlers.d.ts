import { type MockHandler } from '../kit/index.js';
/**
 * Purposes that may read an insurance record: routing the benefit leg of group 2 and the BHYT
 * leg of group 1.
 * @see SECURITY.md §3 (purpose binding); DOMAIN.md §4 step 4
 */
export declare const RECORD_PURPOSES: readonly string[];
/**
 * A person's insurance record; someone known who never took part is `CHUA_THAM_GIA`.
 * @see specs/bhxh.yaml bhxhGetInsuranceRecord
 */
export declare const getInsuranceRecord: readonly [string, MockHandler];
/**
 * The payments of a claim, oldest first, numbered as they fall due on the sandbox clock.
 * @see specs/bhxh.yaml bhxhGetClaimPayments
 */
export declare const getClaimPayments: readonly [string, MockHandler];
/**
 * Every BHXH operation, keyed by `operationId`.
 * @see MockSystem.operations
 */
export declare const BHXH_OPERATIONS: readonly (readonly [string, MockHandler])[];
