import { bundleCacheFile, readBundles, writeBundles } from './bundle-cache.js';
import { bundleSpec } from './loader.js';
import { buildOperationIndex } from './operation-index.js';
import { specsDir } from './package-root.js';
import { SYSTEMS } from './systems.js';
import { createValidatorRegistry } from './validators.js';
/**
 * Loads every spec, builds the operation index and the validator registry (each operation's
 * validators compile on first use). Call it once at start-up and pass the result to whoever
 * needs it (gateway, mocks, scenario runner, verifier). Bundles are read from the bundle cache
 * when the specs have not changed since they were cached (`cache: false` always bundles).
 */
export function loadContracts(options = {}) {
    const dir = options.dir ?? specsDir();
    const systems = options.systems ?? SYSTEMS;
    const cacheFile = options.cache === false ? undefined : bundleCacheFile(dir, systems);
    const cached = cacheFile === undefined ? undefined : readBundles(cacheFile);
    const bundled = cached ?? bundleAll(dir, systems, cacheFile);
    const index = buildOperationIndex(bundled);
    const validators = createValidatorRegistry(bundled, index);
    return { specs: new Map(bundled.map((s) => [s.system, s])), index, validators };
}
function bundleAll(dir, systems, cacheFile) {
    const files = new Map();
    const bundled = systems.map((system) => bundleSpec(system, dir, files));
    if (cacheFile)
        writeBundles(cacheFile, bundled);
    return bundled;
}
