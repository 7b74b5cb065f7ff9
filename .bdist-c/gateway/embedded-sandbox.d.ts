import type { Contracts } from '../contracts/contracts.js';
import type { HandlerMap, HandlerOutput } from '../contracts/handler.js';
import type { Population } from '../mocks/domain/population/index.js';
import type { MockHandler, SandboxResources } from '../mocks/kit/context.js';
import { type Store } from '../mocks/ports/store/index.js';
import { type Journal } from './journal/index.js';
import { type DispatchRequest } from '../mocks/runtime.js';
import type { KeyRing } from '../mocks/signing/key-ring.js';
import { DEFAULT_SANDBOX_ID, type SandboxManager } from './sandboxes/index.js';
export { DEFAULT_SANDBOX_ID };
/** Options of {@link createEmbeddedSandbox}. */
export interface EmbeddedSandboxOptions {
    readonly contracts: Contracts;
    readonly keys: KeyRing;
    readonly seed: number;
    readonly populationSize: number;
    /** Real time source (tests inject one). */
    readonly now?: () => Date;
    /** The store to use (a new memory store by default). */
    readonly store?: Store;
    /** The journal whose control-plane operations to serve. */
    readonly journal?: Journal;
    /** More mock-style systems (the hub), given the sandbox manager they consult. */
    readonly systems?: (manager: SandboxManager) => Iterable<readonly [string, MockHandler]>;
    /** Operations among `systems` whose sandbox is the `sandboxId` path parameter. */
    readonly pathSandboxOperations?: ReadonlySet<string>;
    /** Background work a clock move waits for (the webhook outbox). */
    readonly settle?: (sandboxId: string) => Promise<void>;
}
/** The in-process sandboxes of `lienthong serve`: the manager, the default sandbox, the handlers. */
export interface EmbeddedSandbox {
    readonly manager: SandboxManager;
    readonly store: Store;
    /** The default sandbox's population. */
    readonly population: Population;
    /** The default sandbox's resources. */
    readonly resources: SandboxResources;
    /** The mock and control-plane handlers, given the dispatcher mocks call each other through. */
    handlers(dispatch: (request: DispatchRequest) => Promise<HandlerOutput>): HandlerMap;
}
/**
 * Opens a sandbox manager over an in-memory store with the default sandbox over the seeded
 * population, on a clock that follows real time. Same seed → same people. Requests select other
 * sandboxes (created through the control plane) with `X-Sandbox-Id`.
 * @see DESIGN.md §3 ("Sandboxes isolate tenants"), §4 (`lienthong serve`)
 */
export declare function createEmbeddedSandbox(options: EmbeddedSandboxOptions): Promise<EmbeddedSandbox>;
