import { problem } from '../../contracts/problems.js';
import { addDuration, addWorkingDaysAt, checkAdvance, clockState, effectsOf } from './clock-ops.js';
import { SANDBOX_PROBLEMS } from './problems.js';
import { route } from './route.js';
/**
 * The handlers of `sandboxGetClock`, `sandboxSetClock`, `sandboxFreezeClock` and
 * `sandboxAdvanceClock`. Moving forward fires the sandbox's due timers; the advance answer
 * counts them by kind (see `TIMER_LABEL_PREFIXES`). A move first lets background work settle
 * (a webhook attempt in flight schedules its retry on this clock) and waits for what it set off.
 * @see specs/sandbox.yaml
 */
export function clockHandlers(manager, settle = async () => { }) {
    const withSandbox = (id, work) => {
        const resources = manager.resources(id);
        return resources
            ? work(resources)
            : problem(SANDBOX_PROBLEMS.sandboxNotFound, `No sandbox has the id "${id}".`);
    };
    return [
        route('sandboxGetClock', ({ params }) => withSandbox(params.sandboxId, ({ clock, calendar }) => ({
            status: 200,
            body: clockState(clock, calendar),
        }))),
        route('sandboxSetClock', ({ params, body }) => withSandbox(params.sandboxId, async ({ clock, calendar }) => {
            await settle(params.sandboxId);
            await clock.set(new Date(body.now));
            await settle(params.sandboxId);
            if (body.frozen === true)
                clock.freeze();
            if (body.frozen === false)
                clock.unfreeze();
            return { status: 200, body: clockState(clock, calendar) };
        })),
        route('sandboxFreezeClock', ({ params, body }) => withSandbox(params.sandboxId, ({ clock, calendar }) => {
            if (body.frozen)
                clock.freeze();
            else
                clock.unfreeze();
            return { status: 200, body: clockState(clock, calendar) };
        })),
        route('sandboxAdvanceClock', ({ params, body }) => withSandbox(params.sandboxId, async ({ clock, calendar }) => {
            const from = clock.now();
            const target = 'duration' in body
                ? addDuration(from, body.duration)
                : {
                    ok: true,
                    value: addWorkingDaysAt(calendar, from, body.workingDays, body.at),
                };
            if (!target.ok)
                return target.error;
            const allowed = checkAdvance(from, target.value);
            if (!allowed.ok)
                return allowed.error;
            await settle(params.sandboxId);
            const report = await clock.set(target.value);
            await settle(params.sandboxId);
            return {
                status: 200,
                body: { clock: clockState(clock, calendar), fired: effectsOf(report) },
            };
        })),
    ];
}
