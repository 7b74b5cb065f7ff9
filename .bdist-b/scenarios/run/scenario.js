import { runCheck } from './checks.js';
import { stepResult } from './context.js';
import { setUp, tearDown } from './setup.js';
import { runStep } from './steps.js';
import { readTimelines } from './timeline.js';
/**
 * Runs one scenario in its own sandbox: set-up, steps (after a failed step the rest are skipped),
 * final checks, the timeline of each dossier, and clean-up whatever happened. Never throws: a
 * scenario that cannot run is an `error` result.
 * @see docs/decisions/0008-scenarios.md §3, §5
 */
export async function runScenario(scenario, env) {
    const startedAt = new Date().toISOString();
    const started = performance.now();
    let sandboxId;
    let ctx;
    let province;
    const base = { file: scenario.file, title: scenario.title, tags: scenario.tags, startedAt };
    try {
        const ready = await setUp(scenario, env.client, env.contracts, env.keys, (id) => (sandboxId = id), (stub) => (province = stub));
        ctx = ready;
        const steps = [];
        let broken = false;
        const items = [
            ...scenario.steps.map((step, i) => ({
                at: `steps/${i}`,
                run: () => runStep(step, ready, place(scenario, `steps/${i}`)),
                kind: step.kind,
            })),
            ...scenario.then.map((check, i) => ({
                at: `then/${i}`,
                run: () => runCheck(check, ready, place(scenario, `then/${i}`)),
                kind: check.kind,
            })),
        ];
        for (const item of items) {
            if (broken) {
                steps.push(skipped(item.at, item.kind));
                continue;
            }
            const t0 = performance.now();
            const outcome = await item.run();
            // What a stand-in province set off (its registration and report) finishes with the step.
            await ready.province?.idle();
            const result = stepResult(item.at, item.kind, outcome, t0);
            steps.push(result);
            // A failed step leaves the sandbox in an unknown state: later steps and checks are skipped.
            if (result.outcome === 'failed' && item.at.startsWith('steps/'))
                broken = true;
        }
        const failures = steps.flatMap((s) => s.failures);
        const dossiers = await readTimelines(env.client, env.contracts, ctx.sandboxId, ctx.dossiers).catch(() => []);
        return {
            ...base,
            outcome: failures.length > 0 ? 'failed' : 'passed',
            sandboxId: ready.sandboxId,
            durationMs: Math.round(performance.now() - started),
            steps,
            failures,
            dossiers,
        };
    }
    catch (error) {
        return {
            ...base,
            outcome: 'error',
            error: error instanceof Error ? error.message : String(error),
            ...(sandboxId !== undefined ? { sandboxId } : {}),
            durationMs: Math.round(performance.now() - started),
            steps: [],
            failures: [],
            dossiers: [],
        };
    }
    finally {
        await tearDown(env.client, sandboxId, ctx?.receiver, province);
    }
}
function place(scenario, at) {
    const position = scenario.positions[at];
    return position ? { at, position } : { at };
}
function skipped(at, kind) {
    return {
        at,
        kind,
        label: `${kind} (skipped after a failed step)`,
        outcome: 'skipped',
        durationMs: 0,
        exchanges: [],
        failures: [],
    };
}
/** The result of a file that could not be loaded. */
export function loadErrorResult(file, message) {
    return {
        file,
        title: file,
        tags: [],
        outcome: 'error',
        error: message,
        startedAt: new Date().toISOString(),
        durationMs: 0,
        steps: [],
        failures: [],
        dossiers: [],
    };
}
