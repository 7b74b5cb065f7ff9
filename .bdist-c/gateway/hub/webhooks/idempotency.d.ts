import type { StoreScope } from '../../../mocks/ports/store/index.js';
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
/** Looks up the key a client sent with a request body. */
export declare function recall(scope: Pick<StoreScope, 'collection'>, where: {
    readonly operationId: string;
    readonly clientId: string;
    readonly key: string;
}, body: unknown): Promise<Recall>;
/** Keeps the answer given to a new key (a problem is its own body). */
export declare function remember(scope: Pick<StoreScope, 'collection'>, recalled: Extract<Recall, {
    kind: 'new';
}>, answer: {
    readonly status: number;
    readonly body?: unknown;
}): Promise<void>;
