import { type Result } from '../contracts/result.js';
import { type UpstreamTargets } from './upstream/upstream-config.js';
/** How a response that breaks its contract is treated. */
export type ResponseValidationMode = 'strict' | 'lenient' | 'off';
/** The gateway's configuration, parsed once at start-up and frozen. */
export interface GatewayConfig {
    readonly host: string;
    readonly port: number;
    readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
    /** Largest accepted request body, in bytes. */
    readonly bodyLimitBytes: number;
    readonly responseValidation: ResponseValidationMode;
    /** Seed of the synthetic population (same seed → same people). */
    readonly seed: number;
    /** Number of people in the synthetic population of the default sandbox. */
    readonly populationSize: number;
    /**
     * Demo mode ships the documented demo clients (`tinh-demo`, `sandbox-admin`); any other mode
     * refuses to start without configured secrets.
     */
    readonly demo: boolean;
    /** Secret of the `sandbox-admin` client outside demo mode. */
    readonly adminClientSecret?: string;
    /** Secret of the `tinh-demo` province client outside demo mode (not seeded when absent). */
    readonly provinceClientSecret?: string;
    /** Systems served by a remote upstream instead of their in-process mock. */
    readonly upstreams: UpstreamTargets;
    /** How long the gateway waits for a remote upstream before answering 504. */
    readonly upstreamTimeoutMs: number;
    /** How long a `timeout` fault holds a call before the gateway answers 504. */
    readonly faultTimeoutMs: number;
}
/** A configuration key with a bad value; the message names the key. */
export interface ConfigError {
    readonly key: string;
    readonly detail: string;
}
/** Defaults of the embedded sandbox (`npm start`). */
export declare const DEFAULT_CONFIG: GatewayConfig;
/**
 * Reads the configuration from environment variables. This is the only module that reads
 * `process.env`; everything else receives a {@link GatewayConfig}.
 *
 * | variable | meaning | default |
 * |---|---|---|
 * | `HOST` | interface to listen on | `127.0.0.1` |
 * | `PORT` | TCP port | `8080` |
 * | `LOG_LEVEL` | pino level | `info` |
 * | `LIENTHONG_BODY_LIMIT` | largest request body in bytes | `10485760` |
 * | `LIENTHONG_RESPONSE_VALIDATION` | `strict`, `lenient` or `off` | `strict` |
 * | `LIENTHONG_SEED` | seed of the synthetic population | `20260901` |
 * | `LIENTHONG_POPULATION` | people in the default sandbox | `10000` |
 * | `LIENTHONG_MODE` | `demo` (documented demo clients) or `production` (secrets required) | `demo` |
 * | `LIENTHONG_ADMIN_CLIENT_SECRET` | secret of `sandbox-admin` outside demo mode | — |
 * | `LIENTHONG_PROVINCE_CLIENT_SECRET` | secret of `tinh-demo` outside demo mode | — |
 * | `LIENTHONG_UPSTREAM_<SYSTEM>` | base URL of a remote upstream for a system (e.g. `DANCU`) | — |
 * | `LIENTHONG_UPSTREAM_TIMEOUT_MS` | how long to wait for an upstream before answering 504 | `10000` |
 * | `LIENTHONG_FAULT_TIMEOUT_MS` | how long a `timeout` fault holds a call before the 504 | `30000` |
 */
export declare function readConfig(overrides?: Partial<GatewayConfig>, env?: Readonly<Record<string, string | undefined>>): Result<GatewayConfig, ConfigError>;
