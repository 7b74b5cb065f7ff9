import { keyOf } from '../../mocks/kit/idempotency.js';
import { defineOperation, notFound } from '../../mocks/kit/index.js';
import { pageOf } from '../control-plane/paging.js';
import { createAccess, INTERNAL, invalidCursor, keyReused, keys, unknownDossier, } from './access.js';
import { forwardedPrefer } from './anchor.js';
import { dossierRequests } from './dossier-requests.js';
import { viewOf } from './dossiers.js';
import { provinceOperations } from './province-handlers.js';
import { documents, documentsOf, dossiers, events } from './state.js';
import { checkPeople, checkSubmission, newDossier, newDossierCode } from './submission.js';
import { resultKindOf } from './transitions.js';
/** Outcomes a submission may force on the civil-status leg (passed on to the province). */
const SUBMIT_OUTCOMES = ['reject', 'register', 'pending', 'supplement', 'error', 'refuse'];
/** Builds the hub's operations. */
export function hubOperations(deps) {
    const { writer, anchor } = deps;
    const access = createAccess(deps.clientProvince);
    const submit = defineOperation('lienthongSubmitDossier', { outcomes: SUBMIT_OUTCOMES }, async (req, ctx) => {
        const clientId = req.caller?.clientId ?? INTERNAL;
        const key = `${clientId}|${keyOf(req.headers)}`;
        const seen = await keys.recall(ctx, req.operationId, key, req.body);
        if (seen.kind === 'reused')
            return keyReused();
        if (seen.kind === 'replay') {
            const first = seen.body;
            if (seen.status >= 400)
                return first;
            const d = await dossiers(ctx.store).get(first.maHoSo);
            return d ? { status: 200, body: viewOf(d) } : unknownDossier();
        }
        const now = ctx.clock.now();
        const clientProvince = req.caller
            ? await deps.clientProvince(req.caller.clientId)
            : undefined;
        const accepted = checkSubmission(ctx, req.body, now, clientProvince);
        if (!accepted.ok) {
            await keys.remember(ctx, seen, accepted.error);
            return accepted.error;
        }
        const code = await newDossierCode(ctx, accepted.value.provinceCode, now);
        const refused = await checkPeople(ctx, req.body, code.maHoSo);
        if (refused) {
            await keys.remember(ctx, seen, refused);
            return refused;
        }
        const record = newDossier({
            ctx,
            submission: req.body,
            accepted: accepted.value,
            code,
            clientId,
            provinceMode: deps.provinceMode(ctx.id),
            idempotency: { key, hash: seen.fingerprint },
            now,
        });
        const inserted = await dossiers(ctx.store).insert(record);
        if (!inserted.ok)
            throw new Error(`hub: dossier ${record.id} exists already`);
        await keys.remember(ctx, seen, { status: 201, body: { maHoSo: record.id } });
        await writer.change(ctx, record.id, (d) => ({
            dossier: d,
            events: [
                {
                    type: 'HO_SO_DA_TIEP_NHAN',
                    data: { maTTHC: d.view.maTTHC, phieuHen: d.view.phieuHen },
                },
            ],
        }));
        await anchor.start(ctx, record.id, forwardedPrefer(req.prefer));
        const current = await dossiers(ctx.store).get(record.id);
        if (!current)
            throw new Error(`hub: dossier ${record.id} vanished`);
        return {
            status: 201,
            headers: { Location: `/lienthong/v1/ho-so/${encodeURIComponent(record.id)}` },
            body: viewOf(current),
        };
    });
    const list = defineOperation('lienthongListDossiers', {}, async (req, ctx) => {
        const clientId = req.caller?.clientId;
        const province = clientId ? await deps.clientProvince(clientId) : undefined;
        const own = clientId ? await dossiers(ctx.store).findBy('byClient', clientId) : [];
        const theirs = province ? await dossiers(ctx.store).findBy('byProvince', province) : [];
        const all = new Map([...own, ...theirs].map((d) => [d.id, d]));
        const q = req.query;
        const shown = [...all.values()]
            .filter((d) => (q.trangThai === undefined || d.view.trangThai === q.trangThai) &&
            (q.nhomThuTuc === undefined || d.view.nhomThuTuc === q.nhomThuTuc) &&
            (q.maTTHC === undefined || d.view.maTTHC === q.maTTHC) &&
            (q.tuNgay === undefined || d.view.ngayTiepNhan.slice(0, 10) >= q.tuNgay) &&
            (q.denNgay === undefined || d.view.ngayTiepNhan.slice(0, 10) <= q.denNgay))
            .sort((a, b) => (a.id < b.id ? 1 : -1));
        const page = pageOf(shown, {
            listing: `lienthong.dossiers|${clientId ?? INTERNAL}`,
            idOf: (d) => d.id,
            limit: q.soLuong ?? 20,
            ...(q.conTro !== undefined ? { cursor: q.conTro } : {}),
            order: 'descending',
        });
        if (!page.ok)
            return invalidCursor(page.error);
        return {
            status: 200,
            body: { danhSach: page.value.items.map(viewOf), conTroTiep: page.value.nextCursor },
        };
    });
    const get = defineOperation('lienthongGetDossier', {}, async (req, ctx) => {
        const d = await access.visible(req, ctx, req.params.maHoSo);
        return d ? { status: 200, body: viewOf(d) } : unknownDossier();
    });
    const listResults = defineOperation('lienthongListResults', {}, async (req, ctx) => {
        const d = await access.visible(req, ctx, req.params.maHoSo);
        if (!d)
            return unknownDossier();
        const stored = await documents(ctx.store).findBy('byDossier', d.id);
        const items = stored
            .flatMap((s) => {
            const loaiGiayTo = resultKindOf(s.document.loaiGiayTo);
            return loaiGiayTo
                ? [
                    {
                        id: s.id,
                        summary: {
                            thuTucCon: s.thuTucCon,
                            maGiayTo: s.document.maGiayTo,
                            loaiGiayTo,
                            coQuanCap: s.document.coQuanCap,
                            ngayCap: s.document.ngayCap,
                        },
                    },
                ]
                : [];
        })
            .sort((a, b) => (a.id < b.id ? -1 : 1));
        const page = pageOf(items, {
            listing: `lienthong.results|${d.id}`,
            idOf: (i) => i.id,
            limit: req.query.soLuong ?? 20,
            ...(req.query.conTro !== undefined ? { cursor: req.query.conTro } : {}),
        });
        if (!page.ok)
            return invalidCursor(page.error);
        const danhSach = page.value.items
            .map((i) => i.summary)
            .sort((a, b) => (a.ngayCap < b.ngayCap ? -1 : a.ngayCap > b.ngayCap ? 1 : 0));
        return { status: 200, body: { maHoSo: d.id, danhSach, conTroTiep: page.value.nextCursor } };
    });
    const getResult = defineOperation('lienthongGetResult', {}, async (req, ctx) => {
        const d = await access.visible(req, ctx, req.params.maHoSo);
        if (!d)
            return unknownDossier();
        const found = (await documentsOf(ctx.store, d.id)).find((doc) => doc.maGiayTo === req.params.maGiayTo);
        return found
            ? { status: 200, body: found }
            : notFound('RESULT_NOT_FOUND', 'The dossier has no result document with this code.');
    });
    const listEvents = defineOperation('lienthongListDossierEvents', {}, async (req, ctx) => {
        const d = await access.visible(req, ctx, req.params.maHoSo);
        if (!d)
            return unknownDossier();
        const stored = await events(ctx.store).findBy('byDossier', d.id);
        const page = pageOf(stored, {
            listing: `lienthong.events|${d.id}`,
            idOf: (e) => e.id,
            limit: req.query.soLuong ?? 20,
            ...(req.query.conTro !== undefined ? { cursor: req.query.conTro } : {}),
        });
        if (!page.ok)
            return invalidCursor(page.error);
        return {
            status: 200,
            body: {
                maHoSo: d.id,
                danhSach: page.value.items.map((e) => e.event),
                conTroTiep: page.value.nextCursor,
            },
        };
    });
    return [
        submit,
        list,
        get,
        listResults,
        getResult,
        listEvents,
        ...dossierRequests({ access, writer, orchestrator: deps.orchestrator, anchor }),
        ...provinceOperations(access, deps.orchestrator),
    ];
}
