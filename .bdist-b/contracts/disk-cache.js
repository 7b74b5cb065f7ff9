/**
 * The package's disk cache (`node_modules/.cache/lienthong-sandbox/`, as tools usually keep
 * theirs): files named by a digest of everything they were computed from, so a stale file is
 * never read — a change simply misses. Writing is best effort (a read-only install computes
 * every time) and atomic (write, then rename), so parallel processes never read half a file.
 * @see contracts/bundle-cache.ts; gateway/sandboxes/population-cache.ts
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';
/** Where cached files live. */
export function cacheDir() {
    return join(packageRoot(), 'node_modules', '.cache', 'lienthong-sandbox');
}
/** A cached file's bytes, or `undefined` on a miss (or an unreadable file). */
export function readCacheFile(file) {
    try {
        return readFileSync(file);
    }
    catch {
        return undefined;
    }
}
/**
 * Writes a cached file and keeps only the `keep` newest files whose names match `family` (older
 * ones were computed from inputs since changed). Failures are ignored.
 */
export function writeCacheFile(file, data, family, keep) {
    try {
        const dir = cacheDir();
        mkdirSync(dir, { recursive: true });
        const partial = `${file}.${process.pid}.${Date.now()}.tmp`;
        writeFileSync(partial, data);
        renameSync(partial, file);
        const cached = readdirSync(dir)
            .filter((f) => family.test(f))
            .map((f) => ({ path: join(dir, f), at: statSync(join(dir, f)).mtimeMs }))
            .sort((a, b) => b.at - a.at);
        for (const old of cached.slice(keep))
            rmSync(old.path, { force: true });
    }
    catch {
        // read-only install or full disk: computing again is slower, never wrong
    }
}
