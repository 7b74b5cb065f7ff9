import { businessRule, conflict, defineOperation } from '../../mocks/kit/index.js';
import { unknownDossier } from './access.js';
import { outcomeOfReport } from './anchor.js';
import { viewOf } from './dossiers.js';
import { anchorOf } from './machine.js';
import { dossiers } from './state.js';
/** Builds the province's operations. */
export function provinceOperations(access, orchestrator) {
    const report = defineOperation('lienthongReportLegResult', {}, async (req, ctx) => access.idempotent(req, ctx, { params: req.params, body: req.body }, async () => {
        const d = await access.visible(req, ctx, req.params.maHoSo);
        if (!d)
            return unknownDossier();
        const ma = req.params.maThuTucCon;
        const leg = anchorOf(d);
        if (leg.state.ma !== ma) {
            return businessRule('LEG_NOT_IN_DOSSIER', `Leg ${ma} is not the civil-status leg of this dossier.`, [
                {
                    ma: 'THU_TUC_CON_KHONG_THUOC_HO_SO',
                    moTa: `Hồ sơ không có thủ tục ${ma}`,
                    truong: '/maThuTucCon',
                },
            ]);
        }
        if (leg.state.trangThai !== 'DANG_XU_LY') {
            return conflict('LEG_NOT_AWAITING_RESULT', `Leg ${ma} is ${leg.state.trangThai}, not being processed.`);
        }
        const body = req.body;
        const invalid = checkReport(ctx, ma, body);
        if (invalid)
            return invalid;
        await orchestrator.applyOutcome(ctx, d.id, ma, outcomeOfReport(body));
        const current = await dossiers(ctx.store).get(d.id);
        return { status: 200, body: viewOf(current ?? d) };
    }));
    const progress = defineOperation('lienthongUpdateProgress', {}, async (req, ctx) => access.idempotent(req, ctx, req.body, async () => {
        const group = req.body.MaHoSo.replace(/-(KS|KT|TT|BHYT|CC|XTT|MT|TU)$/, '');
        const d = await access.visible(req, ctx, group);
        if (!d)
            return syncUnknown([req.body.MaHoSo]);
        return { status: 200, body: { error_code: 0, message: 'Thành công' } };
    }));
    const sync = defineOperation('lienthongSyncDossier', {}, async (req, ctx) => access.idempotent(req, ctx, req.body, async () => {
        const unknown = [];
        const regressions = [];
        for (const item of req.body.data) {
            const d = await access.visible(req, ctx, item.MaHoSo);
            if (!d)
                unknown.push(item.MaHoSo);
            else if (d.view.trangThai >= 9 && Number(item.TrangThaiHoSo) < 9)
                regressions.push(item.MaHoSo);
        }
        if (unknown.length > 0)
            return syncUnknown(unknown);
        if (regressions.length > 0) {
            return businessRule('SYNC_STATUS_REGRESSION', 'A dossier cannot go back from status 9 or 10.', regressions.map((m) => ({
                ma: 'TRANG_THAI_LUI',
                moTa: `Hồ sơ ${m} không thể lùi trạng thái`,
                truong: m,
            })));
        }
        return { status: 200, body: { error_code: 0, message: 'Thành công' } };
    }));
    return [report, progress, sync];
}
function syncUnknown(codes) {
    return businessRule('SYNC_UNKNOWN_DOSSIER', 'The hub does not know these dossiers for the caller.', codes.map((m) => ({ ma: 'HO_SO_KHONG_TON_TAI', moTa: `Không có hồ sơ ${m}`, truong: m })));
}
/** The documents a civil-status report must carry for its leg. */
const REPORT_KINDS = {
    KS: ['GIAY_KHAI_SINH', 'TRICH_LUC_KHAI_SINH'],
    KT: ['TRICH_LUC_KHAI_TU', 'GIAY_CHUNG_TU'],
};
/** A completed report must name the child's ID (KS) and carry a valid document of the leg. */
function checkReport(ctx, ma, report) {
    if (report.ketQua !== 'HOAN_THANH')
        return undefined;
    if (ma === 'KS' && report.soDinhDanh === undefined) {
        return businessRule('PERSONAL_ID_MISSING', 'A registered birth must carry the child’s personal ID number.', [
            {
                ma: 'THIEU_SO_DINH_DANH',
                moTa: 'Thiếu số định danh cá nhân của trẻ',
                truong: '/soDinhDanh',
            },
        ]);
    }
    const kinds = REPORT_KINDS[ma] ?? [];
    for (const doc of report.giayTo) {
        const header = decodeHeader(doc.jws);
        const ours = header?.kid === ctx.keys.currentKid;
        const badSignature = ours && !ctx.keys.verify(doc.jws).ok;
        if (!kinds.includes(doc.loaiGiayTo) || badSignature) {
            return businessRule('RESULT_DOCUMENT_INVALID', `Document ${doc.maGiayTo} does not prove leg ${ma}.`, [
                {
                    ma: 'GIAY_TO_KET_QUA_KHONG_HOP_LE',
                    moTa: `Giấy tờ ${doc.maGiayTo} không hợp lệ cho thủ tục ${ma}`,
                    truong: '/giayTo',
                },
            ]);
        }
    }
    return undefined;
}
function decodeHeader(jws) {
    try {
        return JSON.parse(Buffer.from(jws.split('.')[0] ?? '', 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
