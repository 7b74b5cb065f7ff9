/**
 * The province's operations on the hub: the civil-status leg's result
 * (`lienthongReportLegResult`), progress updates and dossier syncs in the national-portal style.
 * @see specs/lienthong.yaml (tag tinh); specs/tinh.yaml items 3–4
 */
import type { operations } from '../../contracts/generated/lienthong.js';
import type { Problem } from '../../contracts/problems.js';
import type { MockContext, MockHandler } from '../../mocks/kit/context.js';
import { businessRule, conflict, defineOperation } from '../../mocks/kit/index.js';
import { unknownDossier, type Access } from './access.js';
import { outcomeOfReport, type LegReport } from './anchor.js';
import { viewOf } from './dossiers.js';
import { anchorOf } from './machine.js';
import type { LegCode } from './model.js';
import type { Orchestrator } from './orchestrator.js';
import { dossiers } from './state.js';

type Ops = operations;

/** Builds the province's operations. */
export function provinceOperations(
  access: Access,
  orchestrator: Orchestrator,
): (readonly [string, MockHandler])[] {
  const report = defineOperation<Ops['lienthongReportLegResult']>(
    'lienthongReportLegResult',
    {},
    async (req, ctx) =>
      access.idempotent(req, ctx, { params: req.params, body: req.body }, async () => {
        const d = await access.visible(req, ctx, req.params.maHoSo);
        if (!d) return unknownDossier();
        const ma = req.params.maThuTucCon as LegCode;
        const leg = anchorOf(d);
        if (leg.state.ma !== ma) {
          return businessRule(
            'LEG_NOT_IN_DOSSIER',
            `Leg ${ma} is not the civil-status leg of this dossier.`,
            [
              {
                ma: 'THU_TUC_CON_KHONG_THUOC_HO_SO',
                moTa: `Hồ sơ không có thủ tục ${ma}`,
                truong: '/maThuTucCon',
              },
            ],
          );
        }
        if (leg.state.trangThai !== 'DANG_XU_LY') {
          return conflict(
            'LEG_NOT_AWAITING_RESULT',
            `Leg ${ma} is ${leg.state.trangThai}, not being processed.`,
          );
        }
        const body = req.body as LegReport;
        const invalid = checkReport(ctx, ma, body);
        if (invalid) return invalid;
        await orchestrator.applyOutcome(ctx, d.id, ma, outcomeOfReport(body));
        const current = await dossiers(ctx.store).get(d.id);
        return { status: 200, body: viewOf(current ?? d) };
      }),
  );

  const progress = defineOperation<Ops['lienthongUpdateProgress']>(
    'lienthongUpdateProgress',
    {},
    async (req, ctx) =>
      access.idempotent(req, ctx, req.body, async () => {
        const group = req.body.MaHoSo.replace(/-(KS|KT|TT|BHYT|CC|XTT|MT|TU)$/, '');
        const d = await access.visible(req, ctx, group);
        if (!d) return syncUnknown([req.body.MaHoSo]);
        return { status: 200, body: { error_code: 0, message: 'Thành công' } };
      }),
  );

  const sync = defineOperation<Ops['lienthongSyncDossier']>(
    'lienthongSyncDossier',
    {},
    async (req, ctx) =>
      access.idempotent(req, ctx, req.body, async () => {
        const unknown: string[] = [];
        const regressions: string[] = [];
        for (const item of req.body.data) {
          const d = await access.visible(req, ctx, item.MaHoSo);
          if (!d) unknown.push(item.MaHoSo);
          else if (d.view.trangThai >= 9 && Number(item.TrangThaiHoSo) < 9)
            regressions.push(item.MaHoSo);
        }
        if (unknown.length > 0) return syncUnknown(unknown);
        if (regressions.length > 0) {
          return businessRule(
            'SYNC_STATUS_REGRESSION',
            'A dossier cannot go back from status 9 or 10.',
            regressions.map((m) => ({
              ma: 'TRANG_THAI_LUI',
              moTa: `Hồ sơ ${m} không thể lùi trạng thái`,
              truong: m,
            })),
          );
        }
        return { status: 200, body: { error_code: 0, message: 'Thành công' } };
      }),
  );

  return [report, progress, sync];
}

function syncUnknown(codes: readonly string[]): Problem {
  return businessRule(
    'SYNC_UNKNOWN_DOSSIER',
    'The hub does not know these dossiers for the caller.',
    codes.map((m) => ({ ma: 'HO_SO_KHONG_TON_TAI', moTa: `Không có hồ sơ ${m}`, truong: m })),
  );
}

/** The documents a civil-status report must carry for its leg. */
const REPORT_KINDS: Readonly<Record<string, readonly string[]>> = {
  KS: ['GIAY_KHAI_SINH', 'TRICH_LUC_KHAI_SINH'],
  KT: ['TRICH_LUC_KHAI_TU', 'GIAY_CHUNG_TU'],
};

/** A completed report must name the child's ID (KS) and carry a valid document of the leg. */
function checkReport(ctx: MockContext, ma: LegCode, report: LegReport): Problem | undefined {
  if (report.ketQua !== 'HOAN_THANH') return undefined;
  if (ma === 'KS' && report.soDinhDanh === undefined) {
    return businessRule(
      'PERSONAL_ID_MISSING',
      'A registered birth must carry the child’s personal ID number.',
      [
        {
          ma: 'THIEU_SO_DINH_DANH',
          moTa: 'Thiếu số định danh cá nhân của trẻ',
          truong: '/soDinhDanh',
        },
      ],
    );
  }
  const kinds = REPORT_KINDS[ma] ?? [];
  for (const doc of report.giayTo) {
    const header = decodeHeader(doc.jws);
    const ours = header?.kid === ctx.keys.currentKid;
    const badSignature = ours && !ctx.keys.verify(doc.jws).ok;
    if (!kinds.includes(doc.loaiGiayTo) || badSignature) {
      return businessRule(
        'RESULT_DOCUMENT_INVALID',
        `Document ${doc.maGiayTo} does not prove leg ${ma}.`,
        [
          {
            ma: 'GIAY_TO_KET_QUA_KHONG_HOP_LE',
            moTa: `Giấy tờ ${doc.maGiayTo} không hợp lệ cho thủ tục ${ma}`,
            truong: '/giayTo',
          },
        ],
      );
    }
  }
  return undefined;
}

function decodeHeader(jws: string): { kid?: string } | undefined {
  try {
    return JSON.parse(Buffer.from(jws.split('.')[0] ?? '', 'base64url').toString('utf8')) as {
      kid?: string;
    };
  } catch {
    return undefined;
  }
}
