/**
 * The in-memory records of the sandboxes a manager knows, ordered by id, with ids reserved
 * while a sandbox is being created so two creations cannot take the same one.
 * @see manager.ts
 */
import type { Population } from '../../mocks/domain/population/index.js';
import type { SandboxResources } from '../../mocks/kit/context.js';
import type { PopulationKey } from './population-bases.js';
import type { ProcessingProfile, ProvinceMode, SandboxConfig } from './settings.js';
/**
 * Everything the manager keeps about one sandbox. Immutable: changes replace the entry.
 * @see specs/sandbox.yaml `Sandbox`
 */
export interface SandboxEntry {
    readonly id: string;
    readonly name: string;
    readonly createdAt: Date;
    /** The population base the sandbox reads through. */
    readonly baseKey: PopulationKey;
    readonly basePopulation: Population;
    /** The base population plus the people generated in this sandbox since its last reset. */
    readonly population: Population;
    readonly processingProfile: ProcessingProfile;
    readonly provinceMode: ProvinceMode;
    readonly provinceBaseUrl?: string;
    readonly config: SandboxConfig;
    readonly resources: SandboxResources;
}
/**
 * The records: `reserve` an id, then `add` the entry (or `release` the id on failure).
 * @see manager.ts
 */
export interface SandboxRegistry {
    reserve(id: string): boolean;
    release(id: string): void;
    add(entry: SandboxEntry): SandboxEntry;
    replace(entry: SandboxEntry): SandboxEntry;
    get(id: string): SandboxEntry | undefined;
    remove(id: string): void;
    /** Every entry, ordered by id (UTF-16 code units, as the Store orders ids). */
    all(): readonly SandboxEntry[];
}
/**
 * Creates an empty registry.
 * @see SandboxRegistry
 */
export declare function createSandboxRegistry(): SandboxRegistry;
