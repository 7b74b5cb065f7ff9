import { err, ok } from '../contracts/result.js';
import { DEFAULT_UPSTREAM_TIMEOUT_MS, readUpstreams, } from './upstream/upstream-config.js';
/** Defaults of the embedded sandbox (`npm start`). */
export const DEFAULT_CONFIG = Object.freeze({
    host: '127.0.0.1',
    port: 8080,
    logLevel: 'info',
    bodyLimitBytes: 10 * 1024 * 1024,
    responseValidation: 'strict',
    seed: 20260901,
    populationSize: 10_000,
    demo: true,
    upstreams: {},
    upstreamTimeoutMs: DEFAULT_UPSTREAM_TIMEOUT_MS,
    faultTimeoutMs: 30_000,
});
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const RESPONSE_MODES = ['strict', 'lenient', 'off'];
const MODES = ['demo', 'production'];
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
export function readConfig(overrides = {}, env = process.env) {
    const port = parseInteger(env.PORT, 'PORT', DEFAULT_CONFIG.port, 0, 65535);
    if (!port.ok)
        return port;
    const bodyLimit = parseInteger(env.LIENTHONG_BODY_LIMIT, 'LIENTHONG_BODY_LIMIT', DEFAULT_CONFIG.bodyLimitBytes, 1024, 512 * 1024 * 1024);
    if (!bodyLimit.ok)
        return bodyLimit;
    const logLevel = parseChoice(env.LOG_LEVEL, 'LOG_LEVEL', LOG_LEVELS, DEFAULT_CONFIG.logLevel);
    if (!logLevel.ok)
        return logLevel;
    const responseValidation = parseChoice(env.LIENTHONG_RESPONSE_VALIDATION, 'LIENTHONG_RESPONSE_VALIDATION', RESPONSE_MODES, DEFAULT_CONFIG.responseValidation);
    if (!responseValidation.ok)
        return responseValidation;
    const seed = parseInteger(env.LIENTHONG_SEED, 'LIENTHONG_SEED', DEFAULT_CONFIG.seed, 0, 2 ** 32 - 1);
    if (!seed.ok)
        return seed;
    const populationSize = parseInteger(env.LIENTHONG_POPULATION, 'LIENTHONG_POPULATION', DEFAULT_CONFIG.populationSize, 100, 1_000_000);
    if (!populationSize.ok)
        return populationSize;
    const mode = parseChoice(env.LIENTHONG_MODE, 'LIENTHONG_MODE', MODES, 'demo');
    if (!mode.ok)
        return mode;
    const adminSecret = env.LIENTHONG_ADMIN_CLIENT_SECRET?.trim();
    const provinceSecret = env.LIENTHONG_PROVINCE_CLIENT_SECRET?.trim();
    const host = env.HOST?.trim() || DEFAULT_CONFIG.host;
    const upstreams = readUpstreams(env);
    if (!upstreams.ok)
        return upstreams;
    const faultTimeout = parseInteger(env.LIENTHONG_FAULT_TIMEOUT_MS, 'LIENTHONG_FAULT_TIMEOUT_MS', DEFAULT_CONFIG.faultTimeoutMs, 1, 600_000);
    if (!faultTimeout.ok)
        return faultTimeout;
    return ok(Object.freeze({
        host,
        port: port.value,
        logLevel: logLevel.value,
        bodyLimitBytes: bodyLimit.value,
        responseValidation: responseValidation.value,
        seed: seed.value,
        populationSize: populationSize.value,
        demo: mode.value === 'demo',
        ...(adminSecret ? { adminClientSecret: adminSecret } : {}),
        ...(provinceSecret ? { provinceClientSecret: provinceSecret } : {}),
        upstreams: upstreams.value.upstreams,
        upstreamTimeoutMs: upstreams.value.timeoutMs,
        faultTimeoutMs: faultTimeout.value,
        ...overrides,
    }));
}
function parseInteger(raw, key, fallback, min, max) {
    if (raw === undefined || raw.trim() === '')
        return ok(fallback);
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
        return err({
            key,
            detail: `${key} must be an integer between ${min} and ${max}, got "${raw}"`,
        });
    }
    return ok(value);
}
function parseChoice(raw, key, choices, fallback) {
    if (raw === undefined || raw.trim() === '')
        return ok(fallback);
    const value = raw.trim();
    if (!choices.includes(value))
        return err({ key, detail: `${key} must be one of ${choices.join(', ')}, got "${raw}"` });
    return ok(value);
}
