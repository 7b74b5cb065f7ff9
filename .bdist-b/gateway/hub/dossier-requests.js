import { deadline, toVnIso } from '../../mocks/domain/calendar/index.js';
import { keyOf } from '../../mocks/kit/idempotency.js';
import { businessRule, conflict, defineOperation } from '../../mocks/kit/index.js';
import { unknownDossier } from './access.js';
import { viewOf, without } from './dossiers.js';
import { anchorOf, SETTLED } from './machine.js';
import { dossiers } from './state.js';
import { legOf, moveLeg, withLeg } from './transitions.js';
/** Builds the citizen's requests. */
export function dossierRequests(deps) {
    const { access, writer, orchestrator, anchor } = deps;
    const supplement = defineOperation('lienthongSupplementDossier', {}, async (req, ctx) => access.idempotent(req, ctx, { params: req.params, body: req.body }, async () => {
        const d = await access.visible(req, ctx, req.params.maHoSo);
        if (!d)
            return unknownDossier();
        const notice = d.view.yeuCauBoSung;
        // The expiry timer already refused the leg: the answer is still "too late", not "unasked".
        const expired = d.legs.find((l) => l.state.lyDo?.some((r) => r.ma === 'HET_HAN_BO_SUNG'));
        if (!notice && expired) {
            return businessRule('SUPPLEMENT_EXPIRED', 'The supplement was not received in time.', [
                ...(expired.state.lyDo ?? []),
            ]);
        }
        if (!notice || d.view.trangThai !== 5) {
            return conflict('DOSSIER_NOT_AWAITING_SUPPLEMENT', 'No supplement is awaited for this dossier.');
        }
        const wrong = wrongGroupBlock(d, req.body);
        if (wrong) {
            return businessRule('SUPPLEMENT_WRONG_GROUP', `Block ${wrong} belongs to the other group.`, [
                {
                    ma: 'KHOI_KHONG_THUOC_NHOM',
                    moTa: `Thông tin ${wrong} không thuộc mẫu của hồ sơ`,
                    truong: `/${wrong}`,
                },
            ]);
        }
        const ma = (notice.thuTucCon ?? anchorOf(d).state.ma);
        if (ctx.clock.now().getTime() > new Date(notice.hanBoSung).getTime()) {
            await orchestrator.expireSupplement(ctx, d.id, ma);
            return businessRule('SUPPLEMENT_EXPIRED', `The supplement was due by ${notice.hanBoSung}.`, [{ ma: 'HET_HAN_BO_SUNG', moTa: `Đã quá hạn bổ sung ${notice.hanBoSung}` }]);
        }
        const blocks = without(req.body, 'noiDung', 'thuTucCon', 'tepDinhKem');
        const updated = await writer.change(ctx, d.id, (current, now) => {
            const leg = legOf(current, ma);
            if (leg.state.trangThai !== 'YEU_CAU_BO_SUNG')
                return undefined;
            const moved = moveLeg(without(leg, 'agencyRef'), 'supplied', {
                thoiDiemBatDau: toVnIso(now),
                hanXuLy: toVnIso(deadline(ctx.calendar, now, leg.workingDays)),
            });
            const cleanState = without(moved.state, 'lyDo');
            const ngayHenTra = toVnIso(deadline(ctx.calendar, now, current.groupWorkingDays));
            const view = without(current.view, 'yeuCauBoSung');
            const submission = { ...current.submission, ...blocks };
            const next = withLeg({
                ...current,
                submission,
                view: { ...view, ngayHenTra, phieuHen: { ...view.phieuHen, ngayHenTra } },
            }, { ...moved, state: cleanState });
            return {
                dossier: next,
                events: [{ type: 'THU_TUC_CON_BAT_DAU', leg: ma, data: cleanState }],
            };
        });
        if (!updated)
            return unknownDossier();
        const leg = legOf(updated, ma);
        orchestrator.watchDeadline(ctx, d.id, leg.state.hanXuLy);
        orchestrator.watchDeadline(ctx, d.id, updated.view.ngayHenTra);
        if (anchorOf(updated).state.ma === ma) {
            await anchor.pushSupplement(ctx, updated, ma, req.body, keyOf(req.headers));
        }
        else {
            await orchestrator.decide(ctx, d.id, ma);
        }
        const current = await dossiers(ctx.store).get(d.id);
        return { status: 200, body: viewOf(current ?? updated) };
    }));
    const withdraw = defineOperation('lienthongWithdrawDossier', {}, async (req, ctx) => access.idempotent(req, ctx, { params: req.params, body: req.body }, async () => {
        const d = await access.visible(req, ctx, req.params.maHoSo);
        if (!d)
            return unknownDossier();
        const lyDo = [{ ma: 'CONG_DAN_RUT_HO_SO', moTa: req.body.lyDo }];
        const updated = await writer.change(ctx, d.id, (current, now) => {
            if (!withdrawable(current))
                return undefined;
            let next = {
                ...current,
                withdrawn: true,
                view: { ...current.view, lyDo },
            };
            for (const leg of next.legs) {
                if (SETTLED.has(leg.state.trangThai))
                    continue;
                next = withLeg(next, moveLeg(leg, 'cancel', { lyDo, thoiDiemKetThuc: toVnIso(now) }));
            }
            return { dossier: next, events: [{ type: 'HO_SO_DA_RUT', data: { lyDo } }] };
        });
        if (!updated?.withdrawn) {
            return conflict('DOSSIER_NOT_WITHDRAWABLE', 'The civil-status leg is finished (or the dossier closed): it can no longer be withdrawn.');
        }
        await anchor.pushWithdrawal(ctx, updated, req.body);
        return { status: 200, body: viewOf(updated) };
    }));
    return [supplement, withdraw];
}
/** Withdrawal is allowed until the civil-status leg finishes (SANDBOX DEFAULT, DOMAIN.md §3). */
function withdrawable(d) {
    if (d.withdrawn || d.stopped || d.rejected)
        return false;
    return !SETTLED.has(anchorOf(d).state.trangThai);
}
const GROUP_BLOCKS = {
    NHOM_1: [
        'me',
        'cha',
        'giayChungNhanKetHon',
        'giayChungSinh',
        'nguoiLamChung',
        'thuongTru',
        'bhyt',
    ],
    NHOM_2: ['giayBaoTu', 'giayToThayThe', 'thanNhan', 'taiKhoanNganHang'],
};
function wrongGroupBlock(d, body) {
    const other = d.view.nhomThuTuc === 'NHOM_1' ? GROUP_BLOCKS.NHOM_2 : GROUP_BLOCKS.NHOM_1;
    return other.find((block) => body[block] !== undefined);
}
