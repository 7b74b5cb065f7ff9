import { type MockHandler } from '../../../mocks/kit/index.js';
/**
 * The subscription operations, keyed by `operationId`, for the hub's operation table.
 * @see specs/lienthong.yaml (tag su-kien)
 */
export declare const SUBSCRIPTION_OPERATIONS: readonly (readonly [string, MockHandler])[];
