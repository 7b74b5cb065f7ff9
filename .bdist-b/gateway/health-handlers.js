import { SYSTEMS } from '../contracts/systems.js';
import { toVnIso } from '../mocks/domain/calendar/index.js';
/**
 * Liveness, readiness and every system's health operation (`hotichGetHealth`…), answered by the
 * gateway itself rather than from examples.
 * @see specs/sandbox.yaml sandboxGetLiveness, sandboxGetReadiness; specs/common.yaml Health
 */
export function createHealthHandlers(sources) {
    const now = sources.now ?? (() => new Date());
    const handlers = new Map();
    handlers.set('sandboxGetLiveness', async () => {
        const body = {
            status: 'ok',
            uptimeSeconds: Math.max(0, (Date.now() - sources.startedAt) / 1000),
        };
        return { status: 200, body };
    });
    handlers.set('sandboxGetReadiness', async () => {
        const body = {
            status: 'ready',
            checks: [
                { name: 'contracts', ok: true, detail: `${sources.operationCount} operations loaded` },
            ],
        };
        return { status: 200, body };
    });
    for (const system of SYSTEMS) {
        if (system === 'sandbox')
            continue;
        handlers.set(`${system}GetHealth`, async () => {
            const body = {
                trangThai: 'HOAT_DONG',
                thoiDiem: toVnIso(now()),
                phienBan: sources.version,
            };
            return { status: 200, body };
        });
    }
    return handlers;
}
