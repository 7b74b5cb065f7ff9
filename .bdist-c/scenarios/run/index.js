/**
 * The scenario runner: loads scenario files, gives each its own throwaway sandbox on the target
 * (an in-process gateway, or a deployed sandbox with `target`), runs them in parallel and returns
 * a {@link RunReport} for the reporters.
 * @see scenarios/README.md; docs/decisions/0008-scenarios.md
 */
import { formatLoadError, loadScenario } from '../load.js';
import { createTargetClient } from './http.js';
import { keySetOf } from './receiver.js';
import { loadErrorResult, runScenario } from './scenario.js';
import { remoteTarget, runnerContracts, startInProcessTarget } from './target.js';
export { formatLoadError, loadScenario, parseScenario } from '../load.js';
export { expandPaths } from './paths.js';
/** Scenarios run at once unless `parallel` says otherwise. */
export const DEFAULT_PARALLEL = 4;
/**
 * Runs scenario files (see {@link expandPaths} for directories and globs). Never throws for a bad
 * file or an unreachable target: those are `error` results.
 */
export async function runScenarios(files, options = {}) {
    const startedAt = new Date().toISOString();
    const t0 = performance.now();
    const parallel = Math.max(1, Math.floor(options.parallel ?? DEFAULT_PARALLEL));
    const loaded = files.map((file) => ({ file, loaded: loadScenario(file) }));
    const selected = loaded.filter(({ loaded: l }) => !l.ok || !options.tags?.length || l.value.tags.some((t) => options.tags?.includes(t)));
    let target;
    let targetError;
    const runnable = selected.some((s) => s.loaded.ok);
    if (runnable) {
        try {
            target = options.target ? remoteTarget(options.target) : await startInProcessTarget();
        }
        catch (error) {
            targetError = `the target did not start: ${error instanceof Error ? error.message : String(error)}`;
        }
    }
    const label = target?.label ?? options.target ?? 'in-process';
    const env = target ? environment(target, options.secrets) : undefined;
    const results = new Array(selected.length);
    let done = 0;
    const total = selected.length;
    const runOne = async (index) => {
        const { file, loaded: l } = selected[index];
        options.onProgress?.({ done, total, started: file });
        const result = !l.ok
            ? loadErrorResult(file, l.error.map(formatLoadError).join('\n'))
            : env
                ? await reachable(env, l.value)
                : loadErrorResult(file, targetError ?? 'no target');
        results[index] =
            l.ok && !env ? { ...result, title: l.value.title, tags: l.value.tags } : result;
        done += 1;
        options.onProgress?.({ done, total, result: results[index] });
    };
    try {
        await pool(total, parallel, runOne);
    }
    finally {
        await target?.close();
    }
    return {
        target: label,
        startedAt,
        durationMs: Math.round(performance.now() - t0),
        parallel,
        scenarios: results,
        totals: {
            passed: results.filter((r) => r.outcome === 'passed').length,
            failed: results.filter((r) => r.outcome === 'failed').length,
            error: results.filter((r) => r.outcome === 'error').length,
        },
    };
}
function environment(target, secrets) {
    const contracts = runnerContracts();
    const client = createTargetClient({
        baseUrl: target.baseUrl,
        index: contracts.index,
        ...(secrets ? { secrets } : {}),
    });
    let jwks;
    const keys = () => {
        jwks ??= client
            .call({ operationId: 'sandboxGetJwks', as: 'anonymous' })
            .then((exchange) => keySetOf(exchange.response?.body));
        return jwks;
    };
    return { client, contracts, keys };
}
/** A scenario's result; an exception the runner did not foresee is an `error`, not a crash. */
async function reachable(env, scenario) {
    try {
        return await runScenario(scenario, env);
    }
    catch (error) {
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        return {
            ...loadErrorResult(scenario.file, `the runner failed: ${message}`),
            title: scenario.title,
            tags: scenario.tags,
        };
    }
}
/** Runs `work(0..total-1)` with at most `size` at once. */
async function pool(total, size, work) {
    let next = 0;
    const worker = async () => {
        while (next < total) {
            const index = next;
            next += 1;
            await work(index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(size, total) }, worker));
}
