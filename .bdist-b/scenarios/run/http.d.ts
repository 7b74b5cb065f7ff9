import type { OperationIndex } from '../../contracts/operation-index.js';
import type { Caller, Exchange, Json } from '../model.js';
/** The client system that holds the control-plane scope. */
export declare const ADMIN_CLIENT = "sandbox-admin";
/** One call as the runner makes it: an operation, who calls, and what it sends. */
export interface CallRequest {
    readonly operationId: string;
    readonly as: Caller;
    readonly params?: Readonly<Record<string, Json>>;
    readonly query?: Readonly<Record<string, Json>>;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: Json;
}
/** Calls operations of a target by `operationId`, with a token per client system. */
export interface TargetClient {
    readonly baseUrl: string;
    call(request: CallRequest): Promise<Exchange>;
    /** Remembers a secret (a client registered or rotated during a run). */
    rememberSecret(clientId: string, secret: string): void;
}
/** No operation with that `operationId` in `specs/`: the scenario cannot run that step. */
export declare class UnknownOperationError extends Error {
    readonly operationId: string;
    readonly name = "UnknownOperationError";
    constructor(operationId: string);
}
/**
 * A client of the target: builds each request from the operation index (method, path template),
 * fetches a client-credentials token per client (cached until shortly before it expires) and
 * records the exchange as reports show it (the bearer token itself is never recorded).
 * @see specs/sandbox.yaml `sandboxIssueToken`
 */
export declare function createTargetClient(options: {
    readonly baseUrl: string;
    readonly index: OperationIndex;
    readonly secrets?: Readonly<Record<string, string>>;
    readonly fetch?: typeof fetch;
}): TargetClient;
/** A fresh `Idempotency-Key`, unique across runs and scenarios. */
export declare function newIdempotencyKey(): string;
