/**
 * Which systems the gateway forwards to a remote upstream instead of its in-process mock, read
 * from `LIENTHONG_UPSTREAM_<SYSTEM>=<base URL>` and `LIENTHONG_UPSTREAM_TIMEOUT_MS`. The caller
 * (gateway/config.ts) hands the environment in; this module never reads `process.env`.
 * @see DESIGN.md §3 ("remote upstream (base URL per system)"); issue 5 pipeline stage 7
 */
import { err, ok } from '../../contracts/result.js';
import { isSystemName, SYSTEMS } from '../../contracts/systems.js';
/** Prefix of the per-system variables (`LIENTHONG_UPSTREAM_DANCU`). */
export const UPSTREAM_ENV_PREFIX = 'LIENTHONG_UPSTREAM_';
/** Variable of the timeout every upstream shares. */
export const UPSTREAM_TIMEOUT_ENV = 'LIENTHONG_UPSTREAM_TIMEOUT_MS';
/** Default of {@link UPSTREAM_TIMEOUT_ENV}. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 10_000;
/** Systems that are the gateway itself and cannot be forwarded (the control plane). */
const OWN_SYSTEMS = ['sandbox'];
/**
 * Reads the upstream variables. A variable naming no known system, a URL that is not plain
 * `http(s)` (credentials, query or fragment included) or a timeout outside 1 ms – 10 min is an
 * error naming the variable, so a typo fails start-up instead of silently serving the mock.
 */
export function readUpstreams(env) {
    const timeoutMs = readTimeout(env[UPSTREAM_TIMEOUT_ENV]);
    if (!timeoutMs.ok)
        return timeoutMs;
    const upstreams = {};
    for (const [key, raw] of Object.entries(env)) {
        if (!key.startsWith(UPSTREAM_ENV_PREFIX) || key === UPSTREAM_TIMEOUT_ENV)
            continue;
        if (raw === undefined || raw.trim() === '')
            continue;
        const system = key.slice(UPSTREAM_ENV_PREFIX.length).toLowerCase();
        if (!isSystemName(system) || OWN_SYSTEMS.includes(system)) {
            const allowed = SYSTEMS.filter((s) => !OWN_SYSTEMS.includes(s))
                .map((s) => s.toUpperCase())
                .join(', ');
            return err({ key, detail: `${key} names no forwardable system (use one of ${allowed})` });
        }
        const baseUrl = parseBaseUrl(key, raw.trim());
        if (!baseUrl.ok)
            return baseUrl;
        upstreams[system] = { baseUrl: baseUrl.value, timeoutMs: timeoutMs.value };
    }
    return ok({ upstreams: Object.freeze(upstreams), timeoutMs: timeoutMs.value });
}
function readTimeout(raw) {
    if (raw === undefined || raw.trim() === '')
        return ok(DEFAULT_UPSTREAM_TIMEOUT_MS);
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > 600_000) {
        return err({
            key: UPSTREAM_TIMEOUT_ENV,
            detail: `${UPSTREAM_TIMEOUT_ENV} must be an integer between 1 and 600000, got "${raw}"`,
        });
    }
    return ok(value);
}
function parseBaseUrl(key, raw) {
    const refuse = (why, shown = `, got "${raw}"`) => err({ key, detail: `${key} must be an http or https base URL ${why}${shown}` });
    if (!URL.canParse(raw))
        return refuse('(e.g. http://127.0.0.1:9001)');
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return refuse('(http: or https:)');
    // The value is not echoed: it holds a secret.
    if (url.username !== '' || url.password !== '')
        return refuse('without credentials', '');
    if (url.search !== '' || url.hash !== '')
        return refuse('without query or fragment');
    return ok(`${url.origin}${url.pathname.replace(/\/+$/, '')}`);
}
