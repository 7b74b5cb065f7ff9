/**
 * Generated populations cached on disk: generating the default 10,000 people takes about 0.3 s
 * of a start-up, reading them back with `v8.deserialize` about 0.05 s. A cache file is named by a
 * digest of the generation options, the V8 version and every file of the generator's folder
 * (`mocks/domain`, sources or compiled), so a population of changed generator code is never
 * read. A population read back is frozen again as the generator froze it; writing is deferred
 * past the start-up and best effort.
 * @see issue 5 ("start-up under 1 s"); contracts/disk-cache.ts
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { cacheDir, readCacheFile, writeCacheFile } from '../../contracts/disk-cache.js';
import { generatePopulation, refreezePopulation, } from '../../mocks/domain/population/index.js';
/** Bump when the cache file's layout changes. */
const CACHE_VERSION = 1;
/** How many populations to keep (a handful of seeds, sizes and dates). */
const KEEP = 4;
/** The generator's folder: everything a population depends on. */
const GENERATOR_DIR = fileURLToPath(new URL('../../mocks/domain/', import.meta.url));
/** `generatePopulation`, through the disk cache. */
export function generatePopulationCached(options) {
    const file = populationCacheFile(options);
    const cached = readPopulation(file);
    if (cached)
        return cached;
    const population = generatePopulation(options);
    setImmediate(() => writePopulation(file, population));
    return population;
}
/** The cache file of a population generated with these options by the current code. */
export function populationCacheFile(options) {
    const digest = createHash('sha256').update(JSON.stringify([CACHE_VERSION, process.versions.v8, options]));
    for (const file of filesUnder(GENERATOR_DIR)) {
        digest.update(`|${file}|`).update(readFileSync(join(GENERATOR_DIR, file)));
    }
    return join(cacheDir(), `population-${digest.digest('hex').slice(0, 32)}.bin`);
}
function readPopulation(file) {
    const bytes = readCacheFile(file);
    if (!bytes)
        return undefined;
    try {
        return refreezePopulation(deserialize(bytes));
    }
    catch {
        return undefined;
    }
}
function writePopulation(file, population) {
    writeCacheFile(file, serialize(population), /^population-[0-9a-f]+\.bin$/, KEEP);
}
/** Files under `dir` (relative, sorted), test files and declarations left out. */
function filesUnder(dir) {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && !/\.(?:test\.ts|d\.ts|map)$/.test(entry.name))
        .map((entry) => join(entry.parentPath, entry.name).slice(dir.length))
        .sort();
}
