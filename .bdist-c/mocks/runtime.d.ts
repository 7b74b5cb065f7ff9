import type { Contracts } from '../contracts/contracts.js';
import type { Handler, HandlerOutput } from '../contracts/handler.js';
import { type ProblemTemplate } from '../contracts/problems.js';
import type { CallRequest, MockHandler, SandboxResources } from './kit/context.js';
import type { KeyRing } from './signing/key-ring.js';
/** A request as a dispatcher (the gateway pipeline) takes it. */
export interface DispatchRequest {
    readonly method: string;
    readonly path: string;
    readonly query: Readonly<Record<string, unknown>>;
    readonly headers: Readonly<Record<string, unknown>>;
    readonly contentType?: string;
    readonly body?: unknown;
    readonly requestId: string;
    readonly sourceIp?: string;
    /** A call between simulated systems: skips authentication and policy, never the rest. */
    readonly internal?: boolean;
}
/** Header that selects the sandbox of a request. */
export declare const SANDBOX_HEADER = "x-sandbox-id";
/** The sandbox a request names does not exist. */
export declare const SANDBOX_NOT_FOUND: ProblemTemplate;
/** What the runtime needs. */
export interface MockRuntimeOptions {
    readonly contracts: Contracts;
    readonly keys: KeyRing;
    /** Mock behaviour per `operationId`. */
    readonly mocks: ReadonlyMap<string, MockHandler>;
    /** The resources of a sandbox, or `undefined` when it does not exist. */
    readonly sandbox: (id: string) => SandboxResources | undefined;
    /** The sandbox of a request without `X-Sandbox-Id`. */
    readonly defaultSandboxId: string;
    /** Where calls between systems go: the gateway pipeline, so validation and faults apply. */
    readonly dispatch: (request: DispatchRequest) => Promise<HandlerOutput>;
}
/**
 * Adapts the mocks to plain `Handler`s a host can serve: resolves the request's sandbox, builds
 * the mock context and lets mocks call each other through the dispatcher.
 * @see DESIGN.md §3 ("One core, three hosts")
 */
export declare function createMockRuntime(options: MockRuntimeOptions): Map<string, Handler>;
/** Builds the HTTP-shaped request of a call by `operationId` (path template filled in). */
export declare function buildRequest(contracts: Contracts, operationId: string, request: CallRequest, sandboxId: string, requestId: string): DispatchRequest;
