import type { Contracts } from '../../contracts/contracts.js';
import type { HandlerInput, HandlerOutput } from '../../contracts/handler.js';
import { type Problem } from '../../contracts/problems.js';
import type { PathParams, QueryParams, RequestBody, TypedOutput } from '../../contracts/typed.js';
import type { HolidayCalendar } from '../domain/calendar/index.js';
import type { RegimeSettings } from '../domain/regimes/index.js';
import type { Clock } from '../ports/clock/clock.js';
import type { SandboxStore } from '../ports/store/index.js';
import type { KeyRing } from '../signing/key-ring.js';
import { type Preference } from './prefer.js';
/** A call from one system to another, by `operationId`, through the same dispatch as any client. */
export interface CallRequest {
    readonly params?: Readonly<Record<string, string | number>>;
    readonly query?: Readonly<Record<string, string | number | boolean>>;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: unknown;
}
/** Calls another system's operation in the same sandbox (validation, faults and journal apply). */
export type Dispatch = (operationId: string, request: CallRequest) => Promise<HandlerOutput>;
/** The per-sandbox resources a mock works with. */
export interface SandboxResources {
    readonly id: string;
    readonly store: SandboxStore;
    readonly clock: Clock;
    readonly calendar: HolidayCalendar;
    readonly regime: RegimeSettings;
}
/**
 * Everything a mock handler may use. A mock reads and writes only its own collections
 * (`<system>.<name>`) and reaches other systems only through `call`.
 * @see DESIGN.md §6 ("No module reaches into another system's state")
 */
export interface MockContext extends SandboxResources {
    readonly contracts: Contracts;
    readonly keys: KeyRing;
    readonly call: Dispatch;
}
/** A mock's behaviour for one operation. */
export type MockHandler = (input: HandlerInput, ctx: MockContext) => Promise<HandlerOutput>;
/** The request a typed handler sees: validated, coerced, with `Prefer` already decoded. */
export interface MockRequest<Op> {
    readonly operationId: string;
    readonly params: PathParams<Op>;
    readonly query: QueryParams<Op>;
    /** Lower-case header names. */
    readonly headers: Readonly<Record<string, unknown>>;
    readonly body: RequestBody<Op>;
    readonly requestId: string;
    readonly prefer: Preference;
    /** The authenticated client system (absent on calls between simulated systems). */
    readonly caller?: {
        readonly clientId: string;
    };
}
/** Options of {@link defineOperation}. */
export interface OperationOptions {
    /** Outcomes `Prefer: outcome=…` may force on this operation (none by default). */
    readonly outcomes?: readonly string[];
}
/** What a typed handler may return: a declared answer, or a problem of a declared status. */
export type MockAnswer<Op> = TypedOutput<Op> | Problem;
/**
 * Declares a mock operation. The handler takes the generated request types of `operationId` and
 * must return one of its declared answers (a compile error otherwise), or a problem. `Prefer` is
 * decoded first: a malformed preference is a 400 problem, and `code=NNN` answers with that
 * status when the operation declares it.
 * @see STYLE.md rules 2, 9
 */
export declare function defineOperation<Op>(operationId: string, options: OperationOptions, handle: (request: MockRequest<Op>, ctx: MockContext) => Promise<MockAnswer<Op>>): readonly [string, MockHandler];
