/**
 * The hub's operations, one per `operationId` of specs/lienthong.yaml: submission, reading,
 * supplement, withdrawal, results, events, and the province's reports and syncs.
 * @see specs/lienthong.yaml; DOMAIN.md §3, §4, §7
 */
import type { operations } from '../../contracts/generated/lienthong.js';
import { deadline, toVnIso } from '../../mocks/domain/calendar/index.js';
import type { MockContext, MockHandler, MockRequest } from '../../mocks/kit/context.js';
import { idempotencyKeys, keyOf, replayed } from '../../mocks/kit/idempotency.js';
import {
  businessRule,
  conflict,
  defineOperation,
  notFound,
  type MockAnswer,
} from '../../mocks/kit/index.js';
import { problem, type Problem } from '../../contracts/problems.js';
import { pageOf } from '../control-plane/paging.js';
import { ADMIN_PROBLEMS } from '../control-plane/problems.js';
import { forwardedPrefer, outcomeOfReport, type AnchorFlows, type LegReport } from './anchor.js';
import { viewOf, without, type DossierWriter } from './dossiers.js';
import { anchorOf, SETTLED } from './machine.js';
import { HUB_COLLECTIONS, type DossierRecord, type LegCode, type Reason } from './model.js';
import { legOf, moveLeg, resultKindOf, withLeg, type Orchestrator } from './orchestrator.js';
import { checkPeople, checkSubmission, newDossier, newDossierCode } from './submission.js';
import { documents, documentsOf, dossiers, events } from './state.js';

type Ops = operations;

/** What the hub's handlers need besides the sandbox. */
export interface HubHandlerDeps {
  readonly writer: DossierWriter;
  readonly orchestrator: Orchestrator;
  readonly anchor: AnchorFlows;
  /** The province code of a client system (provincial clients), if it has one. */
  readonly clientProvince: (clientId: string) => Promise<string | undefined>;
  readonly provinceMode: (sandboxId: string) => 'simulated' | 'connected';
}

const keys = idempotencyKeys(HUB_COLLECTIONS.idempotency);
/** Who calls when nobody authenticated (a simulated system inside the sandbox). */
const INTERNAL = 'he-thong-noi-bo';
/** Outcomes a submission may force on the civil-status leg (passed on to the province). */
const SUBMIT_OUTCOMES = ['reject', 'register', 'pending', 'supplement', 'error', 'refuse'];

const HUB_CODES = {
  keyReused: 'IDEMPOTENCY_KEY_REUSED',
  notFound: 'DOSSIER_NOT_FOUND',
} as const;

function keyReused(): Problem {
  return conflict(HUB_CODES.keyReused, 'This Idempotency-Key was used with another request.');
}

function unknownDossier(): Problem {
  return notFound(HUB_CODES.notFound, 'No linked dossier has this code for the caller.');
}

/** Builds the hub's operations. */
export function hubOperations(deps: HubHandlerDeps): (readonly [string, MockHandler])[] {
  const { writer, orchestrator, anchor } = deps;

  /** The dossier if the caller may see it: its own, or its province's; any for internal calls. */
  async function visible<Op>(
    req: MockRequest<Op>,
    ctx: MockContext,
    id: string,
  ): Promise<DossierRecord | undefined> {
    const d = await dossiers(ctx.store).get(id);
    if (!d || req.caller === undefined) return d;
    if (d.clientId === req.caller.clientId) return d;
    const province = await deps.clientProvince(req.caller.clientId);
    return province !== undefined && province === d.provinceCode ? d : undefined;
  }

  /** Runs a mutating operation under its `Idempotency-Key`, replaying a stored answer. */
  async function idempotent<Op>(
    req: MockRequest<Op>,
    ctx: MockContext,
    request: unknown,
    run: () => Promise<MockAnswer<Op>>,
  ): Promise<MockAnswer<Op>> {
    const key = `${req.caller?.clientId ?? INTERNAL}|${keyOf(req.headers)}`;
    const seen = await keys.recall(ctx, req.operationId, key, request);
    if (seen.kind === 'reused') return keyReused();
    if (seen.kind === 'replay') return replayed<Op>(seen);
    const answer = await run();
    await keys.remember(ctx, seen, answer as Problem | { status: number; body?: unknown });
    return answer;
  }

  const submit = defineOperation<Ops['lienthongSubmitDossier']>(
    'lienthongSubmitDossier',
    { outcomes: SUBMIT_OUTCOMES },
    async (req, ctx) => {
      const clientId = req.caller?.clientId ?? INTERNAL;
      const key = `${clientId}|${keyOf(req.headers)}`;
      const seen = await keys.recall(ctx, req.operationId, key, req.body);
      if (seen.kind === 'reused') return keyReused();
      if (seen.kind === 'replay') {
        const first = seen.body as { maHoSo?: string } | Problem;
        if (seen.status >= 400) return first as Problem;
        const d = await dossiers(ctx.store).get((first as { maHoSo: string }).maHoSo);
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
      if (!inserted.ok) throw new Error(`hub: dossier ${record.id} exists already`);
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
      if (!current) throw new Error(`hub: dossier ${record.id} vanished`);
      return {
        status: 201,
        headers: { Location: `/lienthong/v1/ho-so/${encodeURIComponent(record.id)}` },
        body: viewOf(current),
      };
    },
  );

  const list = defineOperation<Ops['lienthongListDossiers']>(
    'lienthongListDossiers',
    {},
    async (req, ctx) => {
      const clientId = req.caller?.clientId;
      const province = clientId ? await deps.clientProvince(clientId) : undefined;
      const own = clientId ? await dossiers(ctx.store).findBy('byClient', clientId) : [];
      const theirs = province ? await dossiers(ctx.store).findBy('byProvince', province) : [];
      const all = new Map([...own, ...theirs].map((d) => [d.id, d]));
      const q = req.query;
      const shown = [...all.values()]
        .filter(
          (d) =>
            (q.trangThai === undefined || d.view.trangThai === q.trangThai) &&
            (q.nhomThuTuc === undefined || d.view.nhomThuTuc === q.nhomThuTuc) &&
            (q.maTTHC === undefined || d.view.maTTHC === q.maTTHC) &&
            (q.tuNgay === undefined || d.view.ngayTiepNhan.slice(0, 10) >= q.tuNgay) &&
            (q.denNgay === undefined || d.view.ngayTiepNhan.slice(0, 10) <= q.denNgay),
        )
        .sort((a, b) => (a.id < b.id ? 1 : -1));
      const page = pageOf(shown, {
        listing: `lienthong.dossiers|${clientId ?? INTERNAL}`,
        idOf: (d) => d.id,
        limit: q.soLuong ?? 20,
        ...(q.conTro !== undefined ? { cursor: q.conTro } : {}),
        order: 'descending',
      });
      if (!page.ok) return problem(ADMIN_PROBLEMS.invalidCursor, page.error);
      return {
        status: 200,
        body: { danhSach: page.value.items.map(viewOf), conTroTiep: page.value.nextCursor },
      };
    },
  );

  const get = defineOperation<Ops['lienthongGetDossier']>(
    'lienthongGetDossier',
    {},
    async (req, ctx) => {
      const d = await visible(req, ctx, req.params.maHoSo);
      return d ? { status: 200, body: viewOf(d) } : unknownDossier();
    },
  );

  const report = defineOperation<Ops['lienthongReportLegResult']>(
    'lienthongReportLegResult',
    {},
    async (req, ctx) =>
      idempotent(req, ctx, { params: req.params, body: req.body }, async () => {
        const d = await visible(req, ctx, req.params.maHoSo);
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

  const supplement = defineOperation<Ops['lienthongSupplementDossier']>(
    'lienthongSupplementDossier',
    {},
    async (req, ctx) =>
      idempotent(req, ctx, { params: req.params, body: req.body }, async () => {
        const d = await visible(req, ctx, req.params.maHoSo);
        if (!d) return unknownDossier();
        const notice = d.view.yeuCauBoSung;
        // The expiry timer already refused the leg: the answer is still "too late", not "unasked".
        const expired = d.legs.find((l) => l.state.lyDo?.some((r) => r.ma === 'HET_HAN_BO_SUNG'));
        if (!notice && expired) {
          return businessRule('SUPPLEMENT_EXPIRED', 'The supplement was not received in time.', [
            ...(expired.state.lyDo ?? []),
          ]);
        }
        if (!notice || d.view.trangThai !== 5) {
          return conflict(
            'DOSSIER_NOT_AWAITING_SUPPLEMENT',
            'No supplement is awaited for this dossier.',
          );
        }
        const wrong = wrongGroupBlock(d, req.body);
        if (wrong) {
          return businessRule(
            'SUPPLEMENT_WRONG_GROUP',
            `Block ${wrong} belongs to the other group.`,
            [
              {
                ma: 'KHOI_KHONG_THUOC_NHOM',
                moTa: `Thông tin ${wrong} không thuộc mẫu của hồ sơ`,
                truong: `/${wrong}`,
              },
            ],
          );
        }
        const ma = (notice.thuTucCon ?? anchorOf(d).state.ma) as LegCode;
        if (ctx.clock.now().getTime() > new Date(notice.hanBoSung).getTime()) {
          await orchestrator.expireSupplement(ctx, d.id, ma);
          return businessRule(
            'SUPPLEMENT_EXPIRED',
            `The supplement was due by ${notice.hanBoSung}.`,
            [{ ma: 'HET_HAN_BO_SUNG', moTa: `Đã quá hạn bổ sung ${notice.hanBoSung}` }],
          );
        }
        const blocks = without(req.body, 'noiDung', 'thuTucCon', 'tepDinhKem');
        const updated = await writer.change(ctx, d.id, (current, now) => {
          const leg = legOf(current, ma);
          if (leg.state.trangThai !== 'YEU_CAU_BO_SUNG') return undefined;
          const moved = moveLeg(without(leg, 'agencyRef'), 'supplied', {
            thoiDiemBatDau: toVnIso(now),
            hanXuLy: toVnIso(deadline(ctx.calendar, now, leg.workingDays)),
          });
          const cleanState = without(moved.state, 'lyDo');
          const ngayHenTra = toVnIso(deadline(ctx.calendar, now, current.groupWorkingDays));
          const view = without(current.view, 'yeuCauBoSung');
          const submission = { ...current.submission, ...blocks } as DossierRecord['submission'];
          const next = withLeg(
            {
              ...current,
              submission,
              view: { ...view, ngayHenTra, phieuHen: { ...view.phieuHen, ngayHenTra } },
            },
            { ...moved, state: cleanState },
          );
          return {
            dossier: next,
            events: [{ type: 'THU_TUC_CON_BAT_DAU', leg: ma, data: cleanState }],
          };
        });
        if (!updated) return unknownDossier();
        const leg = legOf(updated, ma);
        orchestrator.watchDeadline(ctx, d.id, leg.state.hanXuLy);
        orchestrator.watchDeadline(ctx, d.id, updated.view.ngayHenTra);
        if (anchorOf(updated).state.ma === ma) {
          await anchor.pushSupplement(ctx, updated, ma, req.body, keyOf(req.headers));
        } else {
          await orchestrator.decide(ctx, d.id, ma);
        }
        const current = await dossiers(ctx.store).get(d.id);
        return { status: 200, body: viewOf(current ?? updated) };
      }),
  );

  const withdraw = defineOperation<Ops['lienthongWithdrawDossier']>(
    'lienthongWithdrawDossier',
    {},
    async (req, ctx) =>
      idempotent(req, ctx, { params: req.params, body: req.body }, async () => {
        const d = await visible(req, ctx, req.params.maHoSo);
        if (!d) return unknownDossier();
        const lyDo: Reason[] = [{ ma: 'CONG_DAN_RUT_HO_SO', moTa: req.body.lyDo }];
        const updated = await writer.change(ctx, d.id, (current, now) => {
          if (!withdrawable(current)) return undefined;
          let next: DossierRecord = {
            ...current,
            withdrawn: true,
            view: { ...current.view, lyDo },
          };
          for (const leg of next.legs) {
            if (SETTLED.has(leg.state.trangThai)) continue;
            next = withLeg(next, moveLeg(leg, 'cancel', { lyDo, thoiDiemKetThuc: toVnIso(now) }));
          }
          return { dossier: next, events: [{ type: 'HO_SO_DA_RUT', data: { lyDo } }] };
        });
        if (!updated?.withdrawn) {
          return conflict(
            'DOSSIER_NOT_WITHDRAWABLE',
            'The civil-status leg is finished (or the dossier closed): it can no longer be withdrawn.',
          );
        }
        await anchor.pushWithdrawal(ctx, updated, req.body);
        return { status: 200, body: viewOf(updated) };
      }),
  );

  const listResults = defineOperation<Ops['lienthongListResults']>(
    'lienthongListResults',
    {},
    async (req, ctx) => {
      const d = await visible(req, ctx, req.params.maHoSo);
      if (!d) return unknownDossier();
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
      if (!page.ok) return problem(ADMIN_PROBLEMS.invalidCursor, page.error);
      const danhSach = page.value.items
        .map((i) => i.summary)
        .sort((a, b) => (a.ngayCap < b.ngayCap ? -1 : a.ngayCap > b.ngayCap ? 1 : 0));
      return { status: 200, body: { maHoSo: d.id, danhSach, conTroTiep: page.value.nextCursor } };
    },
  );

  const getResult = defineOperation<Ops['lienthongGetResult']>(
    'lienthongGetResult',
    {},
    async (req, ctx) => {
      const d = await visible(req, ctx, req.params.maHoSo);
      if (!d) return unknownDossier();
      const found = (await documentsOf(ctx.store, d.id)).find(
        (doc) => doc.maGiayTo === req.params.maGiayTo,
      );
      return found
        ? { status: 200, body: found }
        : notFound('RESULT_NOT_FOUND', 'The dossier has no result document with this code.');
    },
  );

  const listEvents = defineOperation<Ops['lienthongListDossierEvents']>(
    'lienthongListDossierEvents',
    {},
    async (req, ctx) => {
      const d = await visible(req, ctx, req.params.maHoSo);
      if (!d) return unknownDossier();
      const stored = await events(ctx.store).findBy('byDossier', d.id);
      const page = pageOf(stored, {
        listing: `lienthong.events|${d.id}`,
        idOf: (e) => e.id,
        limit: req.query.soLuong ?? 20,
        ...(req.query.conTro !== undefined ? { cursor: req.query.conTro } : {}),
      });
      if (!page.ok) return problem(ADMIN_PROBLEMS.invalidCursor, page.error);
      return {
        status: 200,
        body: {
          maHoSo: d.id,
          danhSach: page.value.items.map((e) => e.event),
          conTroTiep: page.value.nextCursor,
        },
      };
    },
  );

  const progress = defineOperation<Ops['lienthongUpdateProgress']>(
    'lienthongUpdateProgress',
    {},
    async (req, ctx) =>
      idempotent(req, ctx, req.body, async () => {
        const group = req.body.MaHoSo.replace(/-(KS|KT|TT|BHYT|CC|XTT|MT|TU)$/, '');
        const d = await visible(req, ctx, group);
        if (!d) return syncUnknown([req.body.MaHoSo]);
        return { status: 200, body: { error_code: 0, message: 'Thành công' } };
      }),
  );

  const sync = defineOperation<Ops['lienthongSyncDossier']>(
    'lienthongSyncDossier',
    {},
    async (req, ctx) =>
      idempotent(req, ctx, req.body, async () => {
        const unknown: string[] = [];
        const regressions: string[] = [];
        for (const item of req.body.data) {
          const d = await visible(req, ctx, item.MaHoSo);
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

  return [
    submit,
    list,
    get,
    report,
    supplement,
    withdraw,
    listResults,
    getResult,
    listEvents,
    progress,
    sync,
  ];
}

function syncUnknown(codes: readonly string[]): Problem {
  return businessRule(
    'SYNC_UNKNOWN_DOSSIER',
    'The hub does not know these dossiers for the caller.',
    codes.map((m) => ({ ma: 'HO_SO_KHONG_TON_TAI', moTa: `Không có hồ sơ ${m}`, truong: m })),
  );
}

/** Withdrawal is allowed until the civil-status leg finishes (SANDBOX DEFAULT, DOMAIN.md §3). */
function withdrawable(d: DossierRecord): boolean {
  if (d.withdrawn || d.stopped || d.rejected) return false;
  return !SETTLED.has(anchorOf(d).state.trangThai);
}

const GROUP_BLOCKS: Readonly<Record<'NHOM_1' | 'NHOM_2', readonly string[]>> = {
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

function wrongGroupBlock(
  d: DossierRecord,
  body: Readonly<Record<string, unknown>>,
): string | undefined {
  const other = d.view.nhomThuTuc === 'NHOM_1' ? GROUP_BLOCKS.NHOM_2 : GROUP_BLOCKS.NHOM_1;
  return other.find((block) => body[block] !== undefined);
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
