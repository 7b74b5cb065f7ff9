/** Where cached files live. */
export declare function cacheDir(): string;
/** A cached file's bytes, or `undefined` on a miss (or an unreadable file). */
export declare function readCacheFile(file: string): Buffer | undefined;
/**
 * Writes a cached file and keeps only the `keep` newest files whose names match `family` (older
 * ones were computed from inputs since changed). Failures are ignored.
 */
export declare function writeCacheFile(file: string, data: string | NodeJS.ArrayBufferView, family: RegExp, keep: number): void;
