import type { HandlerOutput } from '../../contracts/handler.js';
import { DEFAULT_HOLIDAY_CALENDAR } from '../../mocks/domain/calendar/index.js';
import { generatePopulation, type Population } from '../../mocks/domain/population/index.js';
import { resolveRegimeSettings, type RegimeConfig } from '../../mocks/domain/regimes/index.js';
import type { CallRequest, SandboxResources } from '../../mocks/kit/context.js';
import type { MockSystem } from '../../mocks/kit/system.js';
import { createClock } from '../../mocks/ports/clock/create-clock.js';
import type { Clock } from '../../mocks/ports/clock/clock.js';
import { createMemoryStore, type SandboxStore } from '../../mocks/ports/store/index.js';
import { MOCK_SYSTEMS, mockHandlers } from '../../mocks/registry.js';
import { buildRequest, createMockRuntime } from '../../mocks/runtime.js';
import { createKeyRing, type KeyRing } from '../../mocks/signing/key-ring.js';
import { createPipeline, type Pipeline } from '../../gateway/pipeline/pipeline.js';
import { testContracts } from './gateway.js';

/** Options of {@link createTestSandbox}. */
export interface TestSandboxOptions {
  /** The sandbox "today" and the frozen clock's start (default 2026-09-15T09:00:00+07:00). */
  readonly now?: string;
  readonly seed?: number;
  /** Population size (default 2,000: small, every trait present). */
  readonly size?: number;
  readonly systems?: readonly MockSystem[];
  readonly regime?: RegimeConfig;
}

/**
 * An answer as tests read it. The body is `any` on purpose: tests assert on the fields they care
 * about, and the harness has already validated the whole body against the contract.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type InvokeResult = HandlerOutput & { readonly body: any };

/** A sandbox with every mock, driven through the same pipeline the gateway uses. */
export interface TestSandbox {
  readonly population: Population;
  readonly clock: Clock;
  readonly store: SandboxStore;
  readonly keys: KeyRing;
  /**
   * Calls an operation as a client would: request validated, handler run, answer validated.
   * Throws when the answer breaks its contract, so every test checks the contract for free.
   */
  invoke(operationId: string, request?: CallRequest): Promise<InvokeResult>;
}

let keys: KeyRing | undefined;
const populations = new Map<string, Population>();

/** Builds a fresh sandbox over a (cached) population. */
export async function createTestSandbox(options: TestSandboxOptions = {}): Promise<TestSandbox> {
  const now = options.now ?? '2026-09-15T09:00:00+07:00';
  const seed = options.seed ?? 20260915;
  const size = options.size ?? 2000;
  const referenceDate = now.slice(0, 10);
  const key = `${seed}|${size}|${referenceDate}`;
  let population = populations.get(key);
  if (!population) {
    population = generatePopulation({ seed, size, referenceDate });
    populations.set(key, population);
  }
  const systems = options.systems ?? MOCK_SYSTEMS;
  const store = createMemoryStore();
  const seeded = population;
  const base = await store.createBase('population', async (builder) => {
    for (const system of systems) await system.seed?.(builder, seeded);
  });
  if (!base.ok) throw new Error(`base: ${base.error.code}`);
  const created = await store.createSandbox('test', { base: 'population' });
  if (!created.ok) throw new Error(`sandbox: ${created.error.code}`);
  const clock = createClock({ start: new Date(now), frozen: true });
  const resources: SandboxResources = {
    id: 'test',
    store: store.sandbox('test'),
    clock,
    calendar: DEFAULT_HOLIDAY_CALENDAR,
    regime: resolveRegimeSettings(options.regime),
  };
  keys ??= createKeyRing({ kid: 'test-key' });
  const contracts = testContracts();
  // The mocks call each other through the pipeline, which needs the mocks: bind it late.
  const late: { pipeline?: Pipeline } = {};
  const handlers = createMockRuntime({
    contracts,
    keys,
    mocks: mockHandlers(systems),
    sandbox: (id) => (id === 'test' ? resources : undefined),
    defaultSandboxId: 'test',
    dispatch: (request) => {
      if (!late.pipeline) throw new Error('pipeline not ready');
      return late.pipeline(request);
    },
  });
  const pipeline = createPipeline({ contracts, handlers, responseValidation: 'strict' });
  late.pipeline = pipeline;
  let counter = 0;
  return {
    population,
    clock,
    store: resources.store,
    keys,
    async invoke(operationId, request = {}) {
      counter += 1;
      const output = await pipeline(
        buildRequest(contracts, operationId, request, 'test', `test-${counter}`),
      );
      const body = output.body as { code?: unknown; errors?: unknown } | undefined;
      if (body?.code === 'RESPONSE_CONTRACT_VIOLATED') {
        throw new Error(
          `${operationId} answered outside its contract: ${JSON.stringify(body.errors)}`,
        );
      }
      return output as InvokeResult;
    },
  };
}
