import { pino } from 'pino';
import { loadContracts } from '../../contracts/contracts.js';
import { DEFAULT_CONFIG } from '../../gateway/config.js';
import { DEFAULT_POLICY_CONFIG } from '../../gateway/policy/index.js';
import { createSandboxApp } from '../../gateway/sandbox-app.js';
import { listen } from '../../gateway/server.js';
/**
 * Population of the in-process gateway's sandboxes. Scenarios generate their own people
 * (`sandboxGenerateCitizen`), so a small seed keeps every throwaway sandbox cheap to create.
 */
export const IN_PROCESS_POPULATION = 200;
/**
 * Rate limits of the in-process gateway: a catalogue run sends hundreds of calls a second as one
 * client and officer, which the wall-clock anti-DoS buckets (GW-15) would throttle. Distinct-
 * citizen caps (GW-16) stay as configured: they count per sandbox, and scenarios test them.
 */
const RUNNER_RATE = {
    ...DEFAULT_POLICY_CONFIG.rate,
    client: { capacity: 1_000_000, perMs: 1_000 },
    officerMinute: { capacity: 1_000_000, perMs: 1_000 },
    officerDay: { capacity: 1_000_000, perMs: 1_000 },
};
let contracts;
/** The contracts of `specs/`, loaded once per process (immutable). */
export function runnerContracts() {
    contracts ??= loadContracts();
    return contracts;
}
/**
 * Starts the whole sandbox in this process (demo clients, loopback port), the way
 * `lienthong serve` does, so scenarios cross the same HTTP edge as against a deployed sandbox.
 * @see docs/decisions/0008-scenarios.md §2
 */
/** How long a `timeout` fault holds a call in the in-process sandbox. */
const IN_PROCESS_FAULT_TIMEOUT_MS = 2_000;
export async function startInProcessTarget() {
    const logger = pino({ level: 'silent' });
    const config = {
        ...DEFAULT_CONFIG,
        port: 0,
        host: '127.0.0.1',
        populationSize: IN_PROCESS_POPULATION,
        // A `timeout` fault holds a call this long (30 s by default): scenarios test the 504, not the wait.
        faultTimeoutMs: IN_PROCESS_FAULT_TIMEOUT_MS,
    };
    const built = await createSandboxApp({
        contracts: runnerContracts(),
        config,
        logger,
        policy: { rate: RUNNER_RATE },
    });
    if (!built.ok)
        throw new Error(`the in-process sandbox did not start: ${built.error.detail}`);
    const running = await listen(built.value.app, '127.0.0.1', 0, logger);
    return {
        baseUrl: running.url,
        label: 'in-process',
        close: async () => {
            built.value.sandbox.manager.dispose();
            await running.close(1_000);
        },
    };
}
/** A deployed sandbox at `url` (nothing to stop). */
export function remoteTarget(url) {
    const baseUrl = url.replace(/\/+$/, '');
    return { baseUrl, label: baseUrl, close: async () => { } };
}
