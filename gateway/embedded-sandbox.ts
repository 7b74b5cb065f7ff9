import type { Contracts } from '../contracts/contracts.js';
import type { HandlerMap } from '../contracts/handler.js';
import { DEFAULT_HOLIDAY_CALENDAR, toLocalDate } from '../mocks/domain/calendar/index.js';
import { generatePopulation, type Population } from '../mocks/domain/population/index.js';
import { resolveRegimeSettings } from '../mocks/domain/regimes/index.js';
import type { SandboxResources } from '../mocks/kit/context.js';
import { createClock } from '../mocks/ports/clock/create-clock.js';
import { createMemoryStore } from '../mocks/ports/store/index.js';
import { MOCK_SYSTEMS, mockHandlers } from '../mocks/registry.js';
import { createMockRuntime, type DispatchRequest } from '../mocks/runtime.js';
import type { KeyRing } from '../mocks/signing/key-ring.js';
import type { HandlerOutput } from '../contracts/handler.js';

/** The sandbox every request uses unless it names another with `X-Sandbox-Id`. */
export const DEFAULT_SANDBOX_ID = 'default';

/** Options of {@link createEmbeddedSandbox}. */
export interface EmbeddedSandboxOptions {
  readonly contracts: Contracts;
  readonly keys: KeyRing;
  readonly seed: number;
  readonly populationSize: number;
  /** Real time source (tests inject one). */
  readonly now?: () => Date;
}

/** The in-process sandbox of `lienthong serve`: population, store, clock and the mock handlers. */
export interface EmbeddedSandbox {
  readonly population: Population;
  readonly resources: SandboxResources;
  /** The mock handlers, given the dispatcher they call each other through. */
  handlers(dispatch: (request: DispatchRequest) => Promise<HandlerOutput>): HandlerMap;
}

/**
 * Generates the seeded population, loads every system's share into an in-memory base and opens
 * the default sandbox over it, on a clock that follows real time. Same seed → same people.
 * @see DESIGN.md §3 ("Sandboxes isolate tenants"), §4 (`lienthong serve`)
 */
export async function createEmbeddedSandbox(
  options: EmbeddedSandboxOptions,
): Promise<EmbeddedSandbox> {
  const now = options.now?.() ?? new Date();
  const population = generatePopulation({
    seed: options.seed,
    size: options.populationSize,
    referenceDate: toLocalDate(now),
  });
  const store = createMemoryStore();
  const base = await store.createBase('population', async (builder) => {
    for (const system of MOCK_SYSTEMS) await system.seed?.(builder, population);
  });
  if (!base.ok) throw new Error(`could not seed the population base: ${base.error.code}`);
  const sandbox = await store.createSandbox(DEFAULT_SANDBOX_ID, { base: 'population' });
  if (!sandbox.ok) throw new Error(`could not create the default sandbox: ${sandbox.error.code}`);
  const resources: SandboxResources = {
    id: DEFAULT_SANDBOX_ID,
    store: store.sandbox(DEFAULT_SANDBOX_ID),
    clock: createClock({ start: now }),
    calendar: DEFAULT_HOLIDAY_CALENDAR,
    regime: resolveRegimeSettings(),
  };
  const mocks = mockHandlers();
  return {
    population,
    resources,
    handlers: (dispatch) =>
      createMockRuntime({
        contracts: options.contracts,
        keys: options.keys,
        mocks,
        sandbox: (id) => (id === DEFAULT_SANDBOX_ID ? resources : undefined),
        defaultSandboxId: DEFAULT_SANDBOX_ID,
        dispatch,
      }),
  };
}
