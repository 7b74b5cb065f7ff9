/**
 * Typed control-plane handlers: the generated request types of an `operationId` in, one of its
 * declared answers or a problem out (an undeclared status is a compile error).
 * @see STYLE.md rule 2; contracts/typed.ts
 */
import type { Handler, HandlerOutput } from '../../contracts/handler.js';
import { type Problem } from '../../contracts/problems.js';
import type { PathParams, QueryParams, RequestBody, TypedOutput } from '../../contracts/typed.js';
/** The validated request of an operation, typed from the contract. */
export interface RouteRequest<Op> {
    readonly params: PathParams<Op>;
    readonly query: QueryParams<Op>;
    readonly body: RequestBody<Op>;
    readonly requestId: string;
}
/**
 * Declares a control-plane handler for `operationId`.
 * @see contracts/handler.ts `Handler`
 */
export declare function route<Op>(operationId: string, handle: (request: RouteRequest<Op>) => Promise<TypedOutput<Op> | Problem> | TypedOutput<Op> | Problem): readonly [string, Handler];
/** Wraps a problem as a handler answer. */
export declare const problemOutput: (p: Problem) => HandlerOutput;
