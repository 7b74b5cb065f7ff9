import type { Problem } from '../../contracts/problems.js';
import type { MockAnswer, MockContext } from './context.js';
/** The answer stored under an `Idempotency-Key`. */
export interface IdempotencyRecord {
    /** `{operationId}|{key}`. */
    readonly id: string;
    readonly fingerprint: string;
    readonly status: number;
    readonly body: unknown;
}
/** What a key says about a request: new, a replay of a stored answer, or reused with another body. */
export type Recall = {
    readonly kind: 'new';
    readonly id: string;
    readonly fingerprint: string;
} | {
    readonly kind: 'replay';
    readonly status: number;
    readonly body: unknown;
} | {
    readonly kind: 'reused';
};
/** A stable digest of a request (key order does not matter). */
export declare function fingerprintOf(request: unknown): string;
/** The `Idempotency-Key` header of a request (required by the contract, so present). */
export declare function keyOf(headers: Readonly<Record<string, unknown>>): string;
/** The stored answer of a replayed key, as a handler returns it. */
export declare function replayed<Op>(seen: Extract<Recall, {
    kind: 'replay';
}>): MockAnswer<Op>;
/** The idempotency keys of one system, kept in its collection `collectionName`. */
export declare function idempotencyKeys(collectionName: string): {
    /** Looks a key up for an operation and a request (path parameters and body). */
    recall(ctx: Pick<MockContext, "store">, operationId: string, key: string, request: unknown): Promise<Recall>;
    /**
     * Keeps the answer given to a new key. Answers that say nothing final (429, 5xx) are not
     * kept, so a retry is decided again.
     */
    remember(ctx: Pick<MockContext, "store">, recalled: Extract<Recall, {
        kind: "new";
    }>, answer: Problem | {
        readonly status: number;
        readonly body?: unknown;
    }): Promise<void>;
};
