import type { HandlerOutput } from './handler.js';
import type { Violation } from './violations.js';
/**
 * An RFC 9457 problem as the sandbox sends it (`application/problem+json`).
 * @see specs/common.yaml#/components/schemas/Problem
 */
export interface Problem {
    readonly type: string;
    readonly title: string;
    readonly status: number;
    readonly code: string;
    readonly detail?: string;
    readonly instance?: string;
    readonly errors?: readonly Violation[];
    readonly [extension: string]: unknown;
}
/** A problem template: the permanent part of a problem, declared once as data. */
export interface ProblemTemplate {
    readonly type: string;
    readonly title: string;
    readonly status: number;
    readonly code: string;
}
/** The permanent URN of a problem type. */
export declare function problemType(slug: string): string;
/**
 * Problems raised by the contract layer (routing and validation). Each module declares its own
 * templates beside its code; docs/problems.md lists them all.
 */
export declare const CONTRACT_PROBLEMS: {
    readonly validationFailed: ProblemTemplate;
    readonly malformedJson: ProblemTemplate;
    readonly routeNotFound: ProblemTemplate;
    readonly methodNotAllowed: ProblemTemplate;
    readonly payloadTooLarge: ProblemTemplate;
    readonly unsupportedMediaType: ProblemTemplate;
    readonly responseContractViolated: ProblemTemplate;
    readonly internalError: ProblemTemplate;
};
/** Builds a problem from a template with an English detail and optional extensions. */
export declare function problem(from: ProblemTemplate, detail: string, extensions?: Readonly<Record<string, unknown>>): Problem;
/** The 400 problem listing every violation of a request, each with its JSON pointer. */
export declare function validationProblem(violations: readonly Violation[]): Problem;
/** True for a value shaped like a {@link Problem} (a handler's refusal rather than its answer). */
export declare function isProblem(value: unknown): value is Problem;
/** A problem as a handler's answer (`application/problem+json`, its own status). */
export declare function problemAnswer(p: Problem): HandlerOutput;
