/**
 * The one shape every host (express, msw, containers) calls: a plain function keyed by
 * `operationId` that knows nothing of HTTP frameworks.
 * @see DESIGN.md §3 ("One core, three hosts")
 */
export interface HandlerInput {
    readonly operationId: string;
    /** Path parameters, coerced to their declared types. */
    readonly params: Readonly<Record<string, unknown>>;
    /** Query parameters, coerced, with declared defaults applied. */
    readonly query: Readonly<Record<string, unknown>>;
    /** Header names in lower case. */
    readonly headers: Readonly<Record<string, unknown>>;
    /** The validated request body, or `undefined`. */
    readonly body: unknown;
    /** Correlation id of the request. */
    readonly requestId: string;
    /**
     * The authenticated client system, when the operation is not public and the call came from the
     * network (calls between simulated systems have none).
     */
    readonly caller?: {
        readonly clientId: string;
    };
}
/** What a handler answers; the host serialises it. */
export interface HandlerOutput {
    readonly status: number;
    /** Defaults to `application/json` (or `application/problem+json` for 4xx/5xx) when a body is set. */
    readonly contentType?: string;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: unknown;
    /** Close the connection without answering (a simulated network failure). */
    readonly dropConnection?: boolean;
    /**
     * The gateway's own answer standing in for the agency's (an unreachable or timed-out
     * upstream): response validation does not apply, since the contract describes the agency.
     */
    readonly fromGateway?: boolean;
}
/** An operation's behaviour. */
export type Handler = (input: HandlerInput) => Promise<HandlerOutput>;
/** Handlers keyed by `operationId`. */
export type HandlerMap = ReadonlyMap<string, Handler>;
