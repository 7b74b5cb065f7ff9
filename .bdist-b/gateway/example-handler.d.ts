import type { Handler } from '../contracts/handler.js';
import type { OperationSpec } from '../contracts/operation-index.js';
/**
 * Answers an operation with the first example of its first declared success response, like a
 * static contract mock. The gateway uses it for operations that have no behaviour of their own
 * yet, so a client can exercise every contract (routing, validation, response shapes) from day one.
 * The answer carries `Lienthong-Mock: example` so nobody mistakes it for a decision.
 */
export declare function createExampleHandler(operation: OperationSpec): Handler;
