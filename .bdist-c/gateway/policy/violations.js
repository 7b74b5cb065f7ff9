/**
 * Log of every purpose, field and bulk violation in a sandbox.
 * @see SECURITY.md §2 GW-14
 */
export const VIOLATION_LOG = 'gateway.policy.violations';
/**
 * Collection of the recent purpose and field violations per client (the sliding window).
 * @see SECURITY.md §2 GW-14 ("5 purpose or field violations in 1 hour")
 */
export const VIOLATION_WINDOW_COLLECTION = 'gateway.policy.violation-windows';
const WINDOWS = { idOf: (w) => w.clientId };
/**
 * Whether a violation at `now` fills the window: the instants kept after it, and whether they
 * reach the threshold. A trigger empties the window, so one burst suspends once.
 * @see SECURITY.md §2 GW-14
 */
export function slideWindow(previous, now, limits) {
    const at = [...previous.filter((t) => t > now - limits.windowMs && t <= now), now];
    return at.length >= limits.violations ? { at: [], triggered: true } : { at, triggered: false };
}
/**
 * Appends a violation and decides an automatic suspension: at the threshold of purpose and field
 * violations within the window, or at once for a bulk breach when so configured.
 * @see SECURITY.md §2 GW-14
 */
export async function recordViolation(store, entry, now, config) {
    const definition = {
        retention: { maxEntries: config.violationLogEntries },
    };
    return store.transaction(async (tx) => {
        let triggered = entry.kind === 'BULK' && config.suspension.onBulkBreach;
        if (entry.kind !== 'BULK') {
            const windows = tx.collection(VIOLATION_WINDOW_COLLECTION, WINDOWS);
            const previous = (await windows.get(entry.clientId))?.at ?? [];
            const slid = slideWindow(previous, now.getTime(), config.suspension);
            await windows.put({ clientId: entry.clientId, at: slid.at });
            triggered = slid.triggered;
        }
        const log = tx.log(VIOLATION_LOG, definition);
        const next = ((await log.last())?.seq ?? 0) + 1;
        const reasonRef = triggered ? `GW14-AUTO-${entry.kind}-${next}` : null;
        const seq = await log.append({ ...entry, at: vietnamIso(now), reasonRef });
        return {
            kind: entry.kind,
            seq,
            ...(reasonRef ? { suspend: { clientId: entry.clientId, reasonRef } } : {}),
        };
    });
}
/** The instant as ISO 8601 with the +07:00 offset (`2026-09-15T09:30:00.000+07:00`). */
function vietnamIso(instant) {
    const shifted = new Date(instant.getTime() + 7 * 60 * 60 * 1000);
    return shifted.toISOString().replace('Z', '+07:00');
}
