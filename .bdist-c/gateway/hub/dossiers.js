/**
 * Reading and changing a dossier: the wire view, and `change`, the one way the hub writes a
 * dossier — the new record and the events it raises are computed together, stored together and
 * numbered without gaps (`soThuTu`), then handed to the listeners (outbox, province).
 * @see specs/lienthong.yaml `LinkedDossier`, `DossierEvent`
 */
import { randomUUID } from 'node:crypto';
import { toVnIso } from '../../mocks/domain/calendar/index.js';
import { aggregateStatus } from './machine.js';
import { dossiers, events } from './state.js';
/** The dossier as the wire shows it, with its aggregate status derived from the legs. */
export function viewOf(dossier) {
    return { ...dossier.view, thuTucCon: dossier.legs.map((l) => l.state) };
}
/** The national-portal status the record's facts give. */
export function statusOf(dossier) {
    return aggregateStatus({
        withdrawn: dossier.withdrawn,
        stopped: dossier.stopped,
        delivered: dossier.delivered,
        legs: dossier.legs.map((l) => l.state.trangThai),
    });
}
/** Re-derives the aggregate status (3 stays 3: a dossier refused at intake never moves). */
export function withStatus(dossier, at) {
    const trangThai = dossier.rejected ? 3 : statusOf(dossier);
    return { ...dossier, view: { ...dossier.view, trangThai, thoiDiemCapNhat: toVnIso(at) } };
}
/**
 * Serialises the changes of each dossier of a sandbox: `change` runs its step on the latest
 * record, stores it and the events, and only then lets the next change of that dossier read it.
 * Steps never call other systems, so a change never waits on the network.
 */
export function createDossierWriter(listeners) {
    const queues = new Map();
    async function apply(ctx, id, step) {
        const current = await dossiers(ctx.store).get(id);
        if (!current)
            return { stored: [] };
        const now = ctx.clock.now();
        const changed = step(current, now);
        if (!changed)
            return { record: current, stored: [] };
        const status = withStatus(changed.dossier, now);
        let seq = current.lastEventSeq;
        const stored = (changed.events ?? []).map((draft) => {
            seq += 1;
            const event = {
                maSuKien: randomUUID(),
                loaiSuKien: draft.type,
                maHoSo: id,
                soThuTu: seq,
                thoiDiem: toVnIso(now),
                trangThaiHoSo: status.view.trangThai,
                ...(draft.leg !== undefined ? { thuTucCon: draft.leg } : {}),
                duLieu: { ...draft.data },
            };
            return {
                id: `${id}|${String(seq).padStart(8, '0')}`,
                maHoSo: id,
                clientId: current.clientId,
                event,
            };
        });
        const next = { ...status, lastEventSeq: seq };
        const written = await dossiers(ctx.store).put(next);
        if (!written.ok)
            throw new Error(`hub: dossier ${id} not stored`);
        for (const e of stored) {
            const inserted = await events(ctx.store).insert(e);
            if (!inserted.ok)
                throw new Error(`hub: event ${e.id} not stored`);
        }
        for (const e of stored)
            for (const record of listeners.recorders)
                await record(ctx, e);
        return { record: next, stored };
    }
    return {
        /**
         * Applies `step` to the dossier `id` of the sandbox, after every earlier change of it.
         * `step` returns `undefined` to change nothing. Resolves to the stored record.
         */
        change(ctx, id, step) {
            const key = `${ctx.id}|${id}`;
            const previous = queues.get(key) ?? Promise.resolve();
            const run = previous.then(() => apply(ctx, id, step));
            const settled = run.catch(() => undefined);
            queues.set(key, settled);
            void settled.then(() => {
                if (queues.get(key) === settled)
                    queues.delete(key);
            });
            return run.then(async ({ record, stored }) => {
                for (const e of stored)
                    for (const notify of listeners.notifiers)
                        await notify(ctx, e);
                return record;
            });
        },
    };
}
/** A copy of `value` without the members `keys`. */
export function without(value, ...keys) {
    const dropped = new Set(keys);
    return Object.fromEntries(Object.entries(value).filter(([k]) => !dropped.has(k)));
}
