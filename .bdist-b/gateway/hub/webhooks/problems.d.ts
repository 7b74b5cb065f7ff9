/**
 * Problems of the subscription operations and of the webhook-delivery control plane, declared
 * once as data. The subscription operations belong to a simulated system, so they use the mock
 * kit's 404/409 types with their own codes, as the other systems do.
 * @see specs/lienthong.yaml `lienthongPutSubscription` …; specs/sandbox.yaml `sandboxRedeliver`;
 *   STYLE.md rule 5
 */
import { type Problem, type ProblemTemplate } from '../../../contracts/problems.js';
/** Templates of the control-plane operations over deliveries. */
export declare const WEBHOOK_PROBLEMS: {
    readonly callerRequired: ProblemTemplate;
    readonly sandboxNotFound: ProblemTemplate;
    readonly invalidCursor: ProblemTemplate;
    readonly deliveryNotFound: ProblemTemplate;
    readonly deliveryInProgress: ProblemTemplate;
};
/** Stable codes of the subscription operations' problems. */
export declare const SUBSCRIPTION_CODES: {
    readonly subscriptionNotFound: "SUBSCRIPTION_NOT_FOUND";
    readonly idempotencyKeyReused: "IDEMPOTENCY_KEY_REUSED";
};
/** 401: a subscription belongs to a client system, and the call named none. */
export declare const callerRequired: () => Problem;
/** 404: the calling client has no subscription. */
export declare const subscriptionNotFound: () => Problem;
/** 409: the same `Idempotency-Key` came with another body. @see specs/common.yaml `IdempotencyKey` */
export declare const idempotencyKeyReused: () => Problem;
