import { bundleSpec, type BundledSpec, type SpecFileCache } from './loader.js';
import { buildOperationIndex, type OperationIndex } from './operation-index.js';
import { specsDir } from './package-root.js';
import { SYSTEMS, type SystemName } from './systems.js';
import { createValidatorRegistry, type ValidatorRegistry } from './validators.js';

/** Everything derived from `specs/`: bundled documents, the operation index and the validators. */
export interface Contracts {
  readonly specs: ReadonlyMap<SystemName, BundledSpec>;
  readonly index: OperationIndex;
  readonly validators: ValidatorRegistry;
}

/**
 * Loads every spec, builds the operation index and the validator registry (each operation's
 * validators compile on first use). Call it once at start-up and pass the result to whoever
 * needs it (gateway, mocks, scenario runner, verifier).
 */
export function loadContracts(
  options: { readonly dir?: string; readonly systems?: readonly SystemName[] } = {},
): Contracts {
  const dir = options.dir ?? specsDir();
  const cache: SpecFileCache = new Map();
  const bundled = (options.systems ?? SYSTEMS).map((system) => bundleSpec(system, dir, cache));
  const index = buildOperationIndex(bundled);
  const validators = createValidatorRegistry(bundled, index);
  return { specs: new Map(bundled.map((s) => [s.system, s])), index, validators };
}
