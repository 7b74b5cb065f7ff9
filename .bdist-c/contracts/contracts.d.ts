import { type BundledSpec } from './loader.js';
import { type OperationIndex } from './operation-index.js';
import { type SystemName } from './systems.js';
import { type ValidatorRegistry } from './validators.js';
/** Everything derived from `specs/`: bundled documents, the operation index and the validators. */
export interface Contracts {
    readonly specs: ReadonlyMap<SystemName, BundledSpec>;
    readonly index: OperationIndex;
    readonly validators: ValidatorRegistry;
}
/**
 * Loads every spec, builds the operation index and the validator registry (each operation's
 * validators compile on first use). Call it once at start-up and pass the result to whoever
 * needs it (gateway, mocks, scenario runner, verifier). Bundles are read from the bundle cache
 * when the specs have not changed since they were cached (`cache: false` always bundles).
 */
export declare function loadContracts(options?: {
    readonly dir?: string;
    readonly systems?: readonly SystemName[];
    readonly cache?: boolean;
}): Contracts;
