/**
 * Problems of the subscription operations and of the webhook-delivery control plane, declared
 * once as data. The subscription operations belong to a simulated system, so they use the mock
 * kit's 404/409 types with their own codes, as the other systems do.
 * @see specs/lienthong.yaml `lienthongPutSubscription` …; specs/sandbox.yaml `sandboxRedeliver`;
 *   STYLE.md rule 5
 */
import { problem, problemType, } from '../../../contracts/problems.js';
import { conflict, notFound } from '../../../mocks/kit/index.js';
import { ADMIN_PROBLEMS } from '../../control-plane/problems.js';
function template(code, status, title) {
    return { type: problemType(code.toLowerCase().replace(/_/g, '-')), title, status, code };
}
/** Templates of the control-plane operations over deliveries. */
export const WEBHOOK_PROBLEMS = {
    callerRequired: template('CALLER_REQUIRED', 401, 'Thao tác cần hệ thống kết nối đã xác thực'),
    sandboxNotFound: ADMIN_PROBLEMS.sandboxNotFound,
    invalidCursor: ADMIN_PROBLEMS.invalidCursor,
    deliveryNotFound: template('DELIVERY_NOT_FOUND', 404, 'Không tìm thấy lần gửi webhook'),
    deliveryInProgress: template('DELIVERY_IN_PROGRESS', 409, 'Lần gửi webhook đang chờ gửi hoặc đang thử lại'),
};
/** Stable codes of the subscription operations' problems. */
export const SUBSCRIPTION_CODES = {
    subscriptionNotFound: 'SUBSCRIPTION_NOT_FOUND',
    idempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
};
/** 401: a subscription belongs to a client system, and the call named none. */
export const callerRequired = () => problem(WEBHOOK_PROBLEMS.callerRequired, 'Subscriptions belong to the authenticated client system; this call has none.');
/** 404: the calling client has no subscription. */
export const subscriptionNotFound = () => notFound(SUBSCRIPTION_CODES.subscriptionNotFound, 'The calling client has no subscription.');
/** 409: the same `Idempotency-Key` came with another body. @see specs/common.yaml `IdempotencyKey` */
export const idempotencyKeyReused = () => conflict(SUBSCRIPTION_CODES.idempotencyKeyReused, 'This Idempotency-Key was used with another body.');
