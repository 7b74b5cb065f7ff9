/**
 * A cache of bundled specs: parsing and bundling the YAML of `specs/` takes about a quarter of a
 * second, reading the same bundles as JSON about a hundredth. The cache file is named by a digest
 * of every spec file's bytes, this module's bundler version and the folder, so a stale bundle is
 * never read: a changed spec simply misses. Writing is best effort (a read-only install just
 * bundles every time) and atomic (write, then rename), so parallel processes never read half a
 * file.
 * @see issue 5 ("start-up under 1 s"); contracts/loader.ts
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, readCacheFile, writeCacheFile } from './disk-cache.js';
/** Bump when the bundler's output changes for the same specs. */
const BUNDLER_VERSION = 1;
/** The cache file of these systems' bundles of the specs in `dir` as they are now. */
export function bundleCacheFile(dir, systems) {
    const digest = createHash('sha256').update(`v${BUNDLER_VERSION}|${dir}|${systems.join(',')}`);
    for (const name of readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()) {
        digest.update(`|${name}|`).update(readFileSync(join(dir, name)));
    }
    return join(cacheDir(), `specs-${digest.digest('hex').slice(0, 32)}.json`);
}
/** The cached bundles, or `undefined` on a miss (or an unreadable file). */
export function readBundles(file) {
    const bytes = readCacheFile(file);
    if (!bytes)
        return undefined;
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** How many cached bundles to keep (older ones are of specs since edited). */
const KEEP = 8;
/** Caches the bundles and drops the oldest; failures are ignored (the next start bundles again). */
export function writeBundles(file, bundles) {
    writeCacheFile(file, JSON.stringify(bundles), /^specs-[0-9a-f]+\.json$/, KEEP);
}
