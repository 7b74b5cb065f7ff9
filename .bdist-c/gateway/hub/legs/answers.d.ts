/**
 * What every leg adapter shares: the headers the hub calls an agency with, the `Prefer` that
 * carries an officer's forced decision, and the reading of the answers that mean the same thing
 * at every agency (unreachable, 5xx/429, a business refusal as a 4xx problem with `lyDo`, any
 * other 4xx).
 * @see specs/common.yaml `OfficerId`, `Prefer`, `Problem`, `Reason`; STYLE.md rules 5, 6, 9
 */
import type { HandlerOutput } from '../../../contracts/handler.js';
import type { CallRequest } from '../../../mocks/kit/context.js';
import type { Reason } from '../model.js';
import type { AnswerReader, ForcedDecision, LegCall, LegOutcome } from './adapter.js';
/**
 * The account the hub calls agencies with (a system account, like `hethong.cutru` of the
 * residence system; matches `OfficerId` `^[a-z0-9][a-z0-9._-]{2,63}$`).
 * @see specs/common.yaml `OfficerId`
 */
export declare const HUB_OFFICER_ID = "hethong.lienthong";
/**
 * The `Prefer` outcomes an agency operation knows for a forced decision: `refuse` always,
 * `approve` only where the agency can be told to decide in favour (`register`, `accept`…).
 * @see mocks/kit/prefer.ts; each handler's `outcomes`
 */
export interface PreferOutcomes {
    readonly approve?: string;
    readonly refuse: string;
}
/**
 * The `Prefer` value for a forced decision: `outcome=<refuse>; reason=<CODE>` or
 * `outcome=<approve>`; nothing without a decision, or to approve at an agency that decides in
 * favour only by its own rules.
 */
export declare function preferFor(decision: ForcedDecision | undefined, outcomes: PreferOutcomes): string | undefined;
/** The headers of a call to an agency: the hub's officer account and, if any, `Prefer`. */
export declare function agencyHeaders(prefer?: string): Record<string, string>;
/** Calls an agency operation with the hub's headers (and `Prefer`, when given). */
export declare function callAgency(call: LegCall, operationId: string, request: Omit<CallRequest, 'headers'>, prefer?: string): Promise<HandlerOutput>;
/** A reason, its text cut to what the wire allows. */
export declare function reasonOf(ma: string, moTa: string, truong?: string): Reason;
/** The well-formed reasons of an agency's `lyDo` list (at most 20). */
export declare function reasonsOf(lyDo: unknown): Reason[];
/**
 * One reason made from a problem: its stable `code` (else `fallback`), its Vietnamese title and
 * English detail, and the pointer of its first violation.
 */
export declare function reasonFromProblem(body: unknown, fallback: string): Reason;
/** Whether an answer means "try again later": no answer, 429 or any 5xx. */
export declare function isUnavailable(answer: HandlerOutput): boolean;
/**
 * Reads the answers every agency gives alike; `undefined` for a 1xx–3xx answer, which only the
 * adapter can read.
 * - no answer (dropped connection), 429, 5xx → `unavailable`;
 * - 409/422 with business reasons (`lyDo`) → `refused` with them (BHXH, xahoi, dancu refuse so);
 * - any other 4xx (a contract or state problem: our bug, or a fault) → `error`.
 * @see specs/common.yaml `Problem.lyDo`; mocks/kit/problems.ts `businessRule`
 */
export declare const readCommonAnswer: AnswerReader;
/** An `error` outcome for data the hub lacks to build the agency's request. */
export declare function missingData(ma: string, moTa: string, truong?: string): LegOutcome;
/** An ISO instant as a `Date`, or `undefined` for a missing or unreadable one. */
export declare function instantOf(value: unknown): Date | undefined;
