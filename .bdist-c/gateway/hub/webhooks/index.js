/**
 * The hub's event outbox and signed webhooks: client subscriptions, the outbox that delivers
 * events with retries and ordering, and the control-plane view of deliveries.
 * @see specs/lienthong.yaml (tag su-kien, `webhooks`); specs/sandbox.yaml (tag webhooks)
 */
export { createOutbox, DEFAULT_WEBHOOK_TIMEOUT_MS, WEBHOOK_TIMER_PREFIX, } from './outbox.js';
export { deliveryOperations } from './delivery-operations.js';
export { SUBSCRIPTION_OPERATIONS } from './subscription-handlers.js';
export { DEFAULT_MAX_ATTEMPTS, defaultBackoff, MAX_BACKOFF_MS } from './delivery-rules.js';
export { SUBSCRIPTION_CODES, WEBHOOK_PROBLEMS } from './problems.js';
export { subscriptionOf, WEBHOOK_COLLECTIONS, } from './state.js';
