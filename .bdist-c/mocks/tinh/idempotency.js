/**
 * `Idempotency-Key` on the hub's pushes: the same key with the same request gives back the stored
 * answer (the hub retries when it got no answer); the same key with another request is a 409
 * `IDEMPOTENCY_KEY_REUSED`. Answers are kept in `tinh.idempotency`, per operation.
 * @see specs/tinh.yaml item 1; mocks/kit/idempotency.ts
 */
import { idempotencyKeys } from '../kit/idempotency.js';
import { COLLECTIONS } from './state.js';
export { keyOf, replayed } from '../kit/idempotency.js';
const keys = idempotencyKeys(COLLECTIONS.idempotency);
/** @see idempotencyKeys */
export const recall = keys.recall;
/** @see idempotencyKeys */
export const remember = keys.remember;
