/**
 * The benefit legs of group 2: the funeral allowance and survivor benefits at BHXH (MT:bhxh,
 * TU:bhxh) and funeral support at the social line (MT:xahoi). A claim is answered received
 * (`TIEP_NHAN`), processing, decided (`DA_GIAI_QUYET`, at least one benefit granted) or refused
 * (`TU_CHOI`); the per-benefit decision is what decides the leg.
 * @see specs/bhxh.yaml `bhxhClaimDeathBenefits`; specs/xahoi.yaml `xahoiClaimFuneralSupport`;
 * DOMAIN.md §4 step 4
 */
import type { HandlerOutput } from '../../../contracts/handler.js';
import type { components as Bhxh } from '../../../contracts/generated/bhxh.js';
import type { components as Xahoi } from '../../../contracts/generated/xahoi.js';
import type { DossierRecord, LegRecord, Reason, SignedDocument } from '../model.js';
import type { LegAdapter, LegCall, LegOutcome, LegPayment } from './adapter.js';
import {
  callAgency,
  instantOf,
  missingData,
  preferFor,
  readCommonAnswer,
  reasonOf,
  reasonsOf,
} from './answers.js';
import { bhxhClaimRequest, branchOf, supportClaimRequest } from './benefit-requests.js';
import { group2Of, maskedPerson, summaryLine } from './dossier-reads.js';

type Claim = Bhxh['schemas']['DeathBenefitClaim'];
type PaymentList = Bhxh['schemas']['PaymentList'];
type SupportClaim = Xahoi['schemas']['FuneralSupportClaim'];

/** Both agencies can be told to refuse or to decide at once. @see the handlers' `outcomes` */
const CLAIM_OUTCOMES = { approve: 'accept', refuse: 'refuse' } as const;

/** What a claim says about one benefit, whichever agency decides it. */
interface ClaimView {
  readonly agencyRef: string;
  readonly trangThai: Claim['trangThai'];
  readonly hanXuLy: string;
  /** The decision on the leg's benefit, once there is one. */
  readonly decision?: {
    readonly granted: boolean;
    readonly maGiayTo?: string;
    readonly lyDo: readonly Reason[];
  };
  /** Reasons for refusing the whole claim. */
  readonly lyDo: readonly Reason[];
  readonly giayTo: readonly SignedDocument[];
}

function refusalReasons(view: ClaimView): Reason[] {
  const reasons = reasonsOf([...(view.decision?.lyDo ?? []), ...view.lyDo]);
  return reasons.length > 0
    ? reasons
    : [reasonOf('KHONG_DUOC_HUONG', 'Không được hưởng chế độ đã đề nghị')];
}

/**
 * A claim read into the leg's outcome: the benefit granted → done with its signed decision;
 * not granted, or the claim refused → refused; received or processing → pending until
 * `hanXuLy`.
 */
export function claimOutcome(view: ClaimView): LegOutcome {
  const { agencyRef, decision } = view;
  if (view.trangThai === 'TIEP_NHAN' || view.trangThai === 'DANG_XU_LY' || !decision) {
    if (view.trangThai === 'TU_CHOI') {
      return { kind: 'refused', reasons: refusalReasons(view), agencyRef };
    }
    const recheckAt = instantOf(view.hanXuLy);
    return { kind: 'pending', agencyRef, ...(recheckAt ? { recheckAt } : {}) };
  }
  if (!decision.granted) return { kind: 'refused', reasons: refusalReasons(view), agencyRef };
  const documents = view.giayTo.filter((d) => d.maGiayTo === decision.maGiayTo);
  return { kind: 'done', documents, agencyRef };
}

/** A BHXH claim as seen from the leg of `kind`. */
export function bhxhView(claim: Claim, kind: string | undefined): ClaimView {
  const q = claim.quyetDinh.find((d) => d.cheDo === kind);
  return {
    agencyRef: claim.maHoSoHuong,
    trangThai: claim.trangThai,
    hanXuLy: claim.hanXuLy,
    ...(q
      ? {
          decision: {
            granted: q.ketQua === 'DUOC_HUONG',
            ...(q.maGiayTo !== undefined ? { maGiayTo: q.maGiayTo } : {}),
            lyDo: q.lyDo,
          },
        }
      : {}),
    lyDo: claim.lyDo ?? [],
    giayTo: claim.giayTo,
  };
}

/** A funeral-support claim as seen from its leg. */
export function supportView(claim: SupportClaim): ClaimView {
  const q = claim.quyetDinh;
  return {
    agencyRef: claim.maHoSoHuong,
    trangThai: claim.trangThai,
    hanXuLy: claim.hanXuLy,
    ...(q
      ? {
          decision: {
            granted: q.ketQua === 'DUOC_HUONG',
            ...(q.maGiayTo !== undefined ? { maGiayTo: q.maGiayTo } : {}),
            lyDo: q.lyDo,
          },
        }
      : {}),
    lyDo: [],
    giayTo: claim.giayTo,
  };
}

function readClaim(
  answer: HandlerOutput,
  success: number,
  view: (body: unknown) => ClaimView,
): LegOutcome {
  const common = readCommonAnswer(answer);
  if (common) return common;
  if (answer.status !== success) {
    return missingData('TRA_LOI_KHONG_MONG_DOI', `Cơ quan giải quyết trả lời ${answer.status}`);
  }
  return claimOutcome(view(answer.body));
}

/**
 * The payments of the leg's benefit so far; none when they cannot be read now (the decision
 * stands without them).
 * @see specs/bhxh.yaml `bhxhGetClaimPayments`
 */
async function paymentsOf(call: LegCall, maHoSoHuong: string): Promise<LegPayment[] | undefined> {
  const answer = await callAgency(call, 'bhxhGetClaimPayments', {
    params: { maHoSoHuong },
    query: { soLuong: 100 },
  });
  if (answer.status !== 200) return undefined;
  const kind = branchOf(call);
  return (answer.body as PaymentList).danhSach
    .filter((p) => p.cheDo === kind)
    .map((p) => ({
      cheDo: p.cheDo,
      kyChiTra: p.kyChiTra,
      soTien: p.soTien,
      trangThai: p.trangThai,
    }));
}

function deceasedLine(dossier: DossierRecord): string {
  const form = group2Of(dossier);
  return form ? maskedPerson(form.nguoiChet.hoTen, form.nguoiChet.soDinhDanh) : 'người chết';
}

/** The benefit leg at BHXH: one claim for the leg's branch, read with `bhxhGetClaim`. */
function bhxhAdapter(title: string): LegAdapter {
  return {
    operationId: 'bhxhClaimDeathBenefits',
    async start(call) {
      const body = await bhxhClaimRequest(call);
      if ('kind' in body) return body;
      const prefer = preferFor(call.decision, CLAIM_OUTCOMES);
      const answer = await callAgency(call, 'bhxhClaimDeathBenefits', { body }, prefer);
      return readClaim(answer, 201, (b) => bhxhView(b as Claim, branchOf(call)));
    },
    async check(call) {
      const maHoSoHuong = call.leg.agencyRef;
      if (maHoSoHuong === undefined)
        return missingData('CHUA_CO_MA_HO_SO_HUONG', 'Chưa có mã hồ sơ hưởng');
      const answer = await callAgency(call, 'bhxhGetClaim', { params: { maHoSoHuong } });
      const outcome = readClaim(answer, 200, (b) => bhxhView(b as Claim, branchOf(call)));
      if (outcome.kind !== 'done') return outcome;
      const payments = await paymentsOf(call, maHoSoHuong);
      return payments ? { ...outcome, payments } : outcome;
    },
    summary(dossier: DossierRecord, leg: LegRecord) {
      const branch = leg.variant ?? leg.state.cheDoHuong?.[0] ?? '';
      return summaryLine(`${title} (${branch}, BHXH) cho thân nhân của ${deceasedLine(dossier)}`);
    },
  };
}

/** MT:bhxh — the BHXH funeral allowance (MAI_TANG_BHXH). */
export const bhxhFuneralAllowance = bhxhAdapter('Giải quyết trợ cấp mai táng');

/** TU:bhxh — the one-time or monthly survivor allowance. */
export const bhxhSurvivorBenefit = bhxhAdapter('Giải quyết chế độ tử tuất');

/** MT:xahoi — funeral support of the social line, read with `xahoiGetClaim`. */
export const socialFuneralSupport: LegAdapter = {
  operationId: 'xahoiClaimFuneralSupport',
  async start(call) {
    const body = await supportClaimRequest(call);
    if ('kind' in body) return body;
    const prefer = preferFor(call.decision, CLAIM_OUTCOMES);
    const answer = await callAgency(call, 'xahoiClaimFuneralSupport', { body }, prefer);
    return readClaim(answer, 201, (b) => supportView(b as SupportClaim));
  },
  async check(call) {
    const maHoSoHuong = call.leg.agencyRef;
    if (maHoSoHuong === undefined)
      return missingData('CHUA_CO_MA_HO_SO_HUONG', 'Chưa có mã hồ sơ hưởng');
    const answer = await callAgency(call, 'xahoiGetClaim', { params: { maHoSoHuong } });
    return readClaim(answer, 200, (b) => supportView(b as SupportClaim));
  },
  summary(dossier, leg) {
    const branch = leg.variant ?? leg.state.cheDoHuong?.[0] ?? '';
    return summaryLine(
      `Giải quyết hỗ trợ mai táng (${branch}) cho thân nhân của ${deceasedLine(dossier)}`,
    );
  },
};
