import type { Contracts } from '../../contracts/contracts.js';
import type { HandlerOutput } from '../../contracts/handler.js';
import type { OperationSpec } from '../../contracts/operation-index.js';
import { type Journal } from '../journal/index.js';
import type { ValidatedRequest } from '../../contracts/validators.js';
/** What the pipeline learned about a request by the time it answered. */
export interface RequestTrace {
    operation?: OperationSpec;
    sandboxId?: string;
    validated?: ValidatedRequest;
    clientId?: string;
}
/** The raw request facts the journal needs. */
export interface JournalledRequest {
    readonly method: string;
    readonly path: string;
    readonly headers: Readonly<Record<string, unknown>>;
    readonly requestId: string;
    readonly sourceIp?: string;
}
/**
 * Appends one record per request to the sandbox's hash-chained journal: who, what, which
 * citizens and fields, the outcome and the latency. Refused requests are recorded too. Header
 * values are recorded only when they are well-formed (a malformed one is `null`), and the
 * endpoint is the path *template*, so no ID number leaks through a path.
 * @see SECURITY.md GW-09, GW-10; issue 5 pipeline stage 9
 */
export declare function createJournalStage(journal: Journal, contracts: Contracts): (entry: JournalEntryInput) => Promise<void>;
/** What the journal stage records about one answered request. */
export interface JournalEntryInput {
    readonly sandboxId: string;
    readonly at: Date;
    readonly request: JournalledRequest;
    readonly trace: RequestTrace;
    readonly output: HandlerOutput;
    readonly latencyMs: number;
}
