import { type MockHandler } from '../kit/index.js';
/**
 * Purposes that may read a beneficiary record: routing the benefit leg of group 2.
 * @see SECURITY.md §3 (purpose binding); DOMAIN.md §4 step 4
 */
export declare const BENEFICIARY_PURPOSES: readonly string[];
/**
 * A person's categories; someone known in none gets `loaiDoiTuong: []`.
 * @see specs/xahoi.yaml xahoiGetBeneficiary
 */
export declare const getBeneficiary: readonly [string, MockHandler];
/**
 * Files a funeral-support claim and decides it at once (the sandbox's `instant` profile): the
 * deceased must be in the variant's category and recorded dead; the amount and the deciding
 * agency come from the regimes configuration.
 * @see specs/xahoi.yaml xahoiClaimFuneralSupport; DOMAIN.md §4, §5, §11 #13, #14
 */
export declare const claimFuneralSupport: readonly [string, MockHandler];
/**
 * Reads a funeral-support claim and its decision.
 * @see specs/xahoi.yaml xahoiGetClaim
 */
export declare const getClaim: readonly [string, MockHandler];
/**
 * Every xahoi operation, keyed by `operationId`.
 * @see MockSystem.operations
 */
export declare const XAHOI_OPERATIONS: readonly (readonly [string, MockHandler])[];
