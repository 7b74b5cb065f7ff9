/**
 * The sandboxes of one gateway over one Store: each with its own overlay of data over a shared
 * population base, its own clock, configuration, regime settings, processing profile and
 * province mode. Create, reset and delete only swap references (O(1) whatever the base size).
 * @see DESIGN.md §3 ("Sandboxes isolate tenants"); specs/sandbox.yaml (tag sandboxes)
 */
import type { components } from '../../contracts/generated/sandbox.js';
import { type Problem } from '../../contracts/problems.js';
import { type Result } from '../../contracts/result.js';
import type { Population } from '../../mocks/domain/population/index.js';
import type { SandboxResources } from '../../mocks/kit/context.js';
import type { MockSystem } from '../../mocks/kit/system.js';
import type { Store } from '../../mocks/ports/store/index.js';
import { type PopulationKey } from './population-bases.js';
import { type ProcessingProfile } from './settings.js';
/** A sandbox as the control plane shows it (`Sandbox`). */
export type SandboxView = components['schemas']['Sandbox'];
/** The body of `sandboxCreateSandbox`. */
export type SandboxCreateRequest = components['schemas']['SandboxCreateRequest'];
/** The body of `sandboxUpdateSandbox` (JSON Merge Patch). */
export type SandboxUpdateRequest = components['schemas']['SandboxUpdateRequest'];
/** The body of `sandboxResetSandbox`. */
export type SandboxResetRequest = components['schemas']['SandboxResetRequest'];
/** The sandbox `lienthong serve` uses for requests without `X-Sandbox-Id`. */
export declare const DEFAULT_SANDBOX_ID = "default";
/** The gateway's audit journal: kept by every reset. @see SECURITY.md GW-10 */
export declare const JOURNAL_LOG = "gateway.journal";
/** The fault rules of a sandbox: kept by a reset only when asked. @see specs/sandbox.yaml */
/** Dependencies of {@link createSandboxManager}. */
export interface SandboxManagerOptions {
    readonly store: Store;
    /** Systems whose `seed` loads each population base. */
    readonly systems: readonly MockSystem[];
    /** The population "today" (`yyyy-MM-dd`) every base is generated for. */
    readonly referenceDate: string;
    /** Seed and size of the default sandbox, and of sandboxes created without them. */
    readonly defaults: {
        readonly seed: number;
        readonly populationSize: number;
    };
    /** Real time in ms (tests inject one). */
    readonly realNow?: () => number;
    /** A random integer in [0, 2^32): seeds and ids when the caller gives none. */
    readonly random?: () => number;
    /** The default sandbox's clock start (default: real time, running). */
    readonly defaultClockStart?: Date;
}
/** Manages the sandboxes; see {@link createSandboxManager}. */
export interface SandboxManager {
    readonly defaultSandboxId: string;
    create(request: SandboxCreateRequest): Promise<Result<SandboxView, Problem>>;
    view(id: string): SandboxView | undefined;
    list(): readonly SandboxView[];
    update(id: string, patch: SandboxUpdateRequest): Result<SandboxView, Problem>;
    reset(id: string, request?: SandboxResetRequest): Promise<Result<SandboxView, Problem>>;
    delete(id: string): Promise<Result<void, Problem>>;
    reseed(id: string, key: PopulationKey): Promise<Result<Population, Problem>>;
    /** What the mock runtime serves a request of this sandbox with; `undefined` when unknown. */
    resources(id: string): SandboxResources | undefined;
    /** The sandbox's population (the base's people plus those generated in it). */
    population(id: string): Population | undefined;
    /** Records people generated into the sandbox (their registers are already written). */
    extendPopulation(id: string, population: Population): void;
    processingProfile(id: string): ProcessingProfile | undefined;
    setProcessingProfile(id: string, profile: ProcessingProfile): Result<ProcessingProfile, Problem>;
    /** Stops every clock's real-time timers. */
    dispose(): void;
}
/**
 * Creates the manager and the default sandbox over its population base (built now).
 * @see DESIGN.md §4 (`lienthong serve`); mocks/ports/README.md "Bases"
 */
export declare function createSandboxManager(options: SandboxManagerOptions): Promise<SandboxManager>;
