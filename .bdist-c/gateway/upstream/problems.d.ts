/**
 * The problems of remote dispatch: the gateway's own answers when an agency configured with a
 * base URL cannot be reached, does not answer in time, answers what cannot be read, or is
 * unavailable without saying why. The timeout is the fault module's template, so a simulated
 * timeout and a real one look the same to clients.
 * @see issue 5 pipeline stage 7; specs/common.yaml#/components/schemas/Problem
 */
import { type ProblemTemplate } from '../../contracts/problems.js';
/**
 * Problems of dispatch to a remote upstream.
 * @see README.md ("Remote upstreams")
 */
export declare const UPSTREAM_PROBLEMS: {
    /** Connection refused, name not resolved, connection reset: no answer at all. */
    readonly unreachable: ProblemTemplate;
    /** An answer whose body cannot be read as the media type it claims (or the contract declares). */
    readonly malformed: ProblemTemplate;
    /** A 503 without a problem body of its own (a proxy's HTML page, an empty answer). */
    readonly unavailable: ProblemTemplate;
    /** No answer within the configured timeout. */
    readonly timeout: ProblemTemplate;
};
