/**
 * Which systems the gateway forwards to a remote upstream instead of its in-process mock, read
 * from `LIENTHONG_UPSTREAM_<SYSTEM>=<base URL>` and `LIENTHONG_UPSTREAM_TIMEOUT_MS`. The caller
 * (gateway/config.ts) hands the environment in; this module never reads `process.env`.
 * @see DESIGN.md §3 ("remote upstream (base URL per system)"); issue 5 pipeline stage 7
 */
import { type Result } from '../../contracts/result.js';
import { type SystemName } from '../../contracts/systems.js';
import type { ConfigError } from '../config.js';
/** Where one system's requests go and how long the gateway waits for its answer. */
export interface UpstreamTarget {
    /** `http:` or `https:` origin with an optional path prefix, without a trailing slash. */
    readonly baseUrl: string;
    /** Whole exchange (connect, answer, body) in milliseconds; beyond it the gateway answers 504. */
    readonly timeoutMs: number;
}
/** The systems served by a remote upstream; the others stay in-process. */
export type UpstreamTargets = Readonly<Partial<Record<SystemName, UpstreamTarget>>>;
/** Prefix of the per-system variables (`LIENTHONG_UPSTREAM_DANCU`). */
export declare const UPSTREAM_ENV_PREFIX = "LIENTHONG_UPSTREAM_";
/** Variable of the timeout every upstream shares. */
export declare const UPSTREAM_TIMEOUT_ENV = "LIENTHONG_UPSTREAM_TIMEOUT_MS";
/** Default of {@link UPSTREAM_TIMEOUT_ENV}. */
export declare const DEFAULT_UPSTREAM_TIMEOUT_MS = 10000;
/**
 * Reads the upstream variables. A variable naming no known system, a URL that is not plain
 * `http(s)` (credentials, query or fragment included) or a timeout outside 1 ms – 10 min is an
 * error naming the variable, so a typo fails start-up instead of silently serving the mock.
 */
export declare function readUpstreams(env: Readonly<Record<string, string | undefined>>): Result<{
    upstreams: UpstreamTargets;
    timeoutMs: number;
}, ConfigError>;
