import { type Problem, type ProblemTemplate } from '../../contracts/problems.js';
/** A business reason as the wire carries it (`Reason` in common.yaml). */
export interface Reason {
    readonly ma: string;
    readonly moTa: string;
    readonly truong?: string;
}
/** Problems every mock can raise; each system adds its own beside its handlers. */
export declare const MOCK_PROBLEMS: {
    readonly preferInvalid: ProblemTemplate;
    readonly notFound: ProblemTemplate;
    readonly conflict: ProblemTemplate;
    readonly businessRule: ProblemTemplate;
    readonly tooManyRequests: ProblemTemplate;
    readonly serviceUnavailable: ProblemTemplate;
    readonly upstreamUnavailable: ProblemTemplate;
    readonly purposeNotPermitted: ProblemTemplate;
};
/** A 404 for a missing resource, with a stable code (`CITIZEN_NOT_FOUND`). */
export declare function notFound(code: string, detail: string): Problem;
/** A 409 for a duplicate or a state conflict, with its business reasons. */
export declare function conflict(code: string, detail: string, lyDo?: readonly Reason[]): Problem;
/** A 422 for a business rule the request breaks, with its business reasons. */
export declare function businessRule(code: string, detail: string, lyDo?: readonly Reason[]): Problem;
/** A 503 when a system this one depends on (the population database…) gives no usable answer. */
export declare function upstreamUnavailable(detail: string): Problem;
/**
 * A 403 when the declared purpose does not allow the read.
 * @see SECURITY.md §3 (purposes and field allow-lists)
 */
export declare function purposeNotPermitted(detail: string): Problem;
/** The problem a `Prefer: code=NNN` forces, shaped like the real failure of that status. */
export declare function forcedProblem(status: number): Problem;
