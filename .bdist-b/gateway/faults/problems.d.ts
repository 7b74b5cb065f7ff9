/**
 * The problems of fault injection: those the control plane answers with, the 504 of a simulated
 * timeout, and the problems an error rule answers with instead of the agency (by HTTP status, or
 * for `hotich` by MOJ civil-status error code, kept apart from the gateway's own codes).
 * @see specs/sandbox.yaml `sandboxPutFaultRule`, `FaultError`; DOMAIN.md §7, §10; SECURITY.md §4
 */
import { type Problem, type ProblemTemplate } from '../../contracts/problems.js';
import type { MojFaultCode } from './types.js';
/**
 * Problems raised by fault injection and its control plane.
 * @see specs/sandbox.yaml (faults)
 */
export declare const FAULT_PROBLEMS: {
    readonly ruleInvalid: ProblemTemplate;
    readonly ruleNotFound: ProblemTemplate;
    readonly invalidCursor: ProblemTemplate;
    /** Same code as a real upstream timeout of dispatch: a simulated one must look the same. */
    readonly upstreamTimeout: ProblemTemplate;
};
/**
 * Default code and title of an injected error, by HTTP status (a rule's `problemCode` overrides
 * the code). Statuses not listed use `INJECTED_<status>` and a generic title.
 * @see specs/sandbox.yaml#/components/schemas/FaultError
 */
export declare const INJECTED_ERRORS: Readonly<Record<number, {
    readonly code: string;
    readonly title: string;
}>>;
/**
 * The MOJ civil-status service errors (`maLoi`) with their names and Vietnamese titles. Their
 * problem codes are prefixed `MOJ_` so they never collide with the gateway catalogue.
 * @see DOMAIN.md §7 ("MOJ civil-status services"); SECURITY.md §4 (keep them separate)
 */
export declare const MOJ_FAULT_ERRORS: Readonly<Record<MojFaultCode, {
    readonly name: string;
    readonly title: string;
}>>;
/**
 * The problem an error rule answers with: its status, the rule's `problemCode` or the default of
 * the status, or the MOJ error (`code` `MOJ_<NAME>`, extension `maLoi`). `type` follows the code.
 * @see specs/sandbox.yaml#/components/schemas/FaultError
 */
export declare function injectedProblem(effect: {
    readonly status: number;
    readonly problemCode?: string;
    readonly mojErrorCode?: MojFaultCode;
}, ruleId: string): Problem;
/**
 * The 504 a timeout rule (or a latency beyond the upstream timeout) ends with.
 * @see specs/sandbox.yaml#/components/schemas/FaultTimeout
 */
export declare function timeoutProblem(ruleId: string, timeoutMs: number): Problem;
