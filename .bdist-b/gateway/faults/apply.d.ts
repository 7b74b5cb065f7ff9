/**
 * Applies a decided fault around the dispatch of one request: waits the latency, then answers
 * with the injected error, gives up with a 504 after the upstream timeout, drops the connection,
 * or calls the agency (with the forced `Prefer` outcome when there is one). Waiting goes through
 * an injected `sleep`, so tests run on fake time and nothing really hangs.
 * @see specs/sandbox.yaml#/components/schemas/FaultEffect; issue 5 pipeline stage 6
 */
import type { HandlerOutput } from '../../contracts/handler.js';
import type { Problem } from '../../contracts/problems.js';
import type { FaultDecision } from './decide.js';
/** Response header naming the fault rules applied to a request, comma-separated. */
export declare const FAULT_HEADER = "lienthong-fault";
/**
 * Calls the agency (the rest of the pipeline). `headers` are request headers to set on top of
 * the client's, lower-case names (`prefer` for a forced outcome); usually empty.
 */
export type FaultNext = (headers: Readonly<Record<string, string>>) => Promise<HandlerOutput>;
/** What {@link applyFault} needs from the host. */
export interface ApplyFaultOptions {
    /** Resolves after `ms` milliseconds; tests inject fake time. */
    readonly sleep: (ms: number) => Promise<void>;
    /** How long the gateway waits for an agency before answering 504. @see FaultTimeout */
    readonly upstreamTimeoutMs: number;
}
/**
 * The outcome of a faulted request: the agency's answer (tagged with {@link FAULT_HEADER} when a
 * rule applied), a problem the pipeline turns into its output (stamping `instance`), or a
 * dropped connection the HTTP host acts on by destroying the socket without an answer.
 */
export type FaultedAnswer = {
    readonly kind: 'answered';
    readonly output: HandlerOutput;
} | {
    readonly kind: 'problem';
    readonly problem: Problem;
    readonly headers: Readonly<Record<string, string>>;
} | {
    readonly kind: 'dropped';
    readonly ruleId: string;
};
/**
 * Runs one request under `decision` (`null`: no fault, `next` is called at once). The agency is
 * not called when the fault is an error, a timeout or a dropped connection, nor when the latency
 * reaches the upstream timeout (the gateway gives up first: 504 after exactly the timeout).
 */
export declare function applyFault(decision: FaultDecision | null, next: FaultNext, options: ApplyFaultOptions): Promise<FaultedAnswer>;
