import type { Contracts } from '../contracts/contracts.js';
import type { Handler, HandlerInput, HandlerMap, HandlerOutput } from '../contracts/handler.js';
import { toLocalDate } from '../mocks/domain/calendar/index.js';
import type { Population } from '../mocks/domain/population/index.js';
import type { MockHandler, SandboxResources } from '../mocks/kit/context.js';
import { createMemoryStore, type Store } from '../mocks/ports/store/index.js';
import { createFaultOperations } from './faults/index.js';
import { createJournalOperations, type Journal } from './journal/index.js';
import { MOCK_SYSTEMS, mockHandlers } from '../mocks/registry.js';
import { createMockRuntime, SANDBOX_HEADER, type DispatchRequest } from '../mocks/runtime.js';
import type { KeyRing } from '../mocks/signing/key-ring.js';
import {
  controlPlaneHandlers,
  createSandboxManager,
  DEFAULT_SANDBOX_ID,
  type SandboxManager,
} from './sandboxes/index.js';

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
export async function createEmbeddedSandbox(
  options: EmbeddedSandboxOptions,
): Promise<EmbeddedSandbox> {
  const now = options.now;
  const realNow = now ? () => now().getTime() : () => Date.now();
  const store = options.store ?? createMemoryStore();
  const manager = await createSandboxManager({
    store,
    systems: MOCK_SYSTEMS,
    referenceDate: toLocalDate(new Date(realNow())),
    defaults: { seed: options.seed, populationSize: options.populationSize },
    realNow,
  });
  const population = manager.population(DEFAULT_SANDBOX_ID);
  const resources = manager.resources(DEFAULT_SANDBOX_ID);
  if (!population || !resources) throw new Error('the default sandbox is missing');
  const faultOperations = createFaultOperations({
    resolveSandbox: (id) => manager.resources(id),
  });
  const mocks = new Map([
    ...mockHandlers(),
    ...faultOperations,
    ...(options.systems ? options.systems(manager) : []),
  ]);
  const pathSandbox = options.pathSandboxOperations ?? new Set<string>();
  const journalOperations = options.journal
    ? createJournalOperations({
        journal: options.journal,
        hasSandbox: (id) => manager.view(id) !== undefined,
      })
    : new Map();
  return {
    manager,
    store,
    population,
    resources,
    handlers: (dispatch) =>
      new Map([
        ...[
          ...createMockRuntime({
            contracts: options.contracts,
            keys: options.keys,
            mocks,
            sandbox: (id) => manager.resources(id),
            defaultSandboxId: DEFAULT_SANDBOX_ID,
            dispatch,
          }),
        ].map(([operationId, handler]): [string, Handler] =>
          pathSandbox.has(operationId)
            ? [operationId, (input) => handler(inPathSandbox(input))]
            : [operationId, handler],
        ),
        ...controlPlaneHandlers({
          manager,
          systems: MOCK_SYSTEMS,
          realNow,
          ...(options.settle ? { settle: options.settle } : {}),
        }),
        ...journalOperations,
      ]),
  };
}

/** A control-plane request run in the sandbox its path names (`/sandboxes/{sandboxId}/…`). */
function inPathSandbox(input: HandlerInput): HandlerInput {
  return {
    ...input,
    headers: { ...input.headers, [SANDBOX_HEADER]: String(input.params.sandboxId) },
  };
}
