import { bundleCacheFile, readBundles, writeBundles } from './bundle-cache.js';
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
 * needs it (gateway, mocks, scenario runner, verifier). Bundles are read from the bundle cache
 * when the specs have not changed since they were cached (`cache: false` always bundles).
 */
export function loadContracts(
  options: {
    readonly dir?: string;
    readonly systems?: readonly SystemName[];
    readonly cache?: boolean;
  } = {},
): Contracts {
  const dir = options.dir ?? specsDir();
  const systems = options.systems ?? SYSTEMS;
  const cacheFile = options.cache === false ? undefined : bundleCacheFile(dir, systems);
  const cached = cacheFile === undefined ? undefined : readBundles(cacheFile);
  const bundled = cached ?? bundleAll(dir, systems, cacheFile);
  const index = buildOperationIndex(bundled);
  const validators = createValidatorRegistry(bundled, index);
  return { specs: new Map(bundled.map((s) => [s.system, s])), index, validators };
}

function bundleAll(
  dir: string,
  systems: readonly SystemName[],
  cacheFile: string | undefined,
): BundledSpec[] {
  const files: SpecFileCache = new Map();
  const bundled = systems.map((system) => bundleSpec(system, dir, files));
  if (cacheFile) writeBundles(cacheFile, bundled);
  return bundled;
}
