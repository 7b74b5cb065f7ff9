export { keyOf, replayed, type Recall } from '../kit/idempotency.js';
/** @see idempotencyKeys */
export declare const recall: (ctx: Pick<import("../kit/context.js").MockContext, "store">, operationId: string, key: string, request: unknown) => Promise<import("../kit/idempotency.js").Recall>;
/** @see idempotencyKeys */
export declare const remember: (ctx: Pick<import("../kit/context.js").MockContext, "store">, recalled: Extract<import("../kit/idempotency.js").Recall, {
    kind: "new";
}>, answer: import("../../contracts/problems.js").Problem | {
    readonly status: number;
    readonly body?: unknown;
}) => Promise<void>;
