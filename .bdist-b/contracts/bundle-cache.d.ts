import type { BundledSpec } from './loader.js';
import type { SystemName } from './systems.js';
/** The cache file of these systems' bundles of the specs in `dir` as they are now. */
export declare function bundleCacheFile(dir: string, systems: readonly SystemName[]): string;
/** The cached bundles, or `undefined` on a miss (or an unreadable file). */
export declare function readBundles(file: string): BundledSpec[] | undefined;
/** Caches the bundles and drops the oldest; failures are ignored (the next start bundles again). */
export declare function writeBundles(file: string, bundles: readonly BundledSpec[]): void;
