import type { Handler } from '../../../contracts/handler.js';
import type { SandboxManager } from '../../sandboxes/index.js';
import type { Outbox } from './outbox.js';
/**
 * The handlers of `sandboxListDeliveries`, `sandboxGetDelivery` and `sandboxRedeliver` (202 with
 * the delivery back in `PENDING`; 409 while it is `PENDING` or `RETRYING`). Unknown sandbox or
 * delivery: 404.
 * @see specs/sandbox.yaml (tag webhooks)
 */
export declare function deliveryOperations(outbox: Pick<Outbox, 'redeliver'>, manager: Pick<SandboxManager, 'resources'>): (readonly [string, Handler])[];
