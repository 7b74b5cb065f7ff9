/**
 * Test support for the leg adapters: dossiers of real people of the test population whose
 * civil-status leg was really registered by hotich (the child's ID number and signed birth
 * certificate, or the death registration and extract), stored as the hub stores them, and an
 * adapter context whose calls go through the validating test harness.
 * @see test/support/sandbox.ts; mocks/hotich/test-requests.ts
 */
import type { HandlerOutput } from '../../../contracts/handler.js';
import { DEFAULT_HOLIDAY_CALENDAR } from '../../../mocks/domain/calendar/index.js';
import type { Person, Population } from '../../../mocks/domain/population/index.js';
import { resolveRegimeSettings } from '../../../mocks/domain/regimes/index.js';
import { addressOf, birthRequest, deathRequest } from '../../../mocks/hotich/test-requests.js';
import type { CallRequest, MockContext } from '../../../mocks/kit/context.js';
import { testContracts } from '../../../test/support/gateway.js';
import { insuredDeceased, newbornFamily } from '../../../test/support/hub.js';
import type { TestSandbox } from '../../../test/support/sandbox.js';
import type {
  BenefitBranch,
  DossierRecord,
  Group1Submission,
  Group2Submission,
  LegCode,
  LegRecord,
  LinkedSystem,
  SignedDocument,
} from '../model.js';
import { documents } from '../state.js';
import type { ForcedDecision, LegCall } from './adapter.js';

const HOTICH = { 'x-officer-id': 'cb.hotich.test' };

/** The calls an adapter made, with their answers, and how to disturb the transport. */
export interface Transport {
  readonly calls: { readonly operationId: string; readonly answer: HandlerOutput }[];
  /** Answer this operation with `Prefer: code=<status>` (the mock answers that status). */
  failing?: { readonly operationId: string; readonly status: number };
  /** Drop the connection of this operation (no answer at all). */
  dropping?: string;
}

/** A context for adapters whose calls go through the harness (requests and answers validated). */
export function adapterContext(sandbox: TestSandbox): { ctx: MockContext; transport: Transport } {
  const transport: Transport = { calls: [] };
  const call = async (operationId: string, request: CallRequest): Promise<HandlerOutput> => {
    if (transport.dropping === operationId) return { status: 502, dropConnection: true };
    const failing = transport.failing?.operationId === operationId ? transport.failing : undefined;
    const headers = failing
      ? { ...request.headers, prefer: `code=${failing.status}` }
      : request.headers;
    const answer = await sandbox.invoke(operationId, {
      ...request,
      ...(headers ? { headers } : {}),
    });
    transport.calls.push({ operationId, answer });
    return answer;
  };
  const ctx: MockContext = {
    id: 'test',
    store: sandbox.store,
    clock: sandbox.clock,
    calendar: DEFAULT_HOLIDAY_CALENDAR,
    regime: resolveRegimeSettings(),
    contracts: testContracts(),
    keys: sandbox.keys,
    call,
  };
  return { ctx, transport };
}

function leg(
  dossierId: string,
  ma: LegCode,
  heThong: LinkedSystem,
  extra: Partial<LegRecord> & { readonly soDinhDanh?: string } = {},
): LegRecord {
  const { soDinhDanh, ...rest } = extra;
  const province = dossierId.slice(11, 13);
  return {
    state: {
      ma,
      maHoSo: `${dossierId}-${ma}`,
      trangThai: ma === 'KS' || ma === 'KT' ? 'HOAN_THANH' : 'CHO_XU_LY',
      coQuanThucHien: `000.00.00.H${province}`,
      heThong,
      ...(soDinhDanh !== undefined ? { soDinhDanh } : {}),
      ...(rest.variant ? { cheDoHuong: [rest.variant] } : {}),
    },
    dependsOn:
      ma === 'KS' || ma === 'KT' ? [] : [ma === 'XTT' || ma === 'MT' || ma === 'TU' ? 'KT' : 'KS'],
    workingDays: 2,
    variant: null,
    failures: 0,
    ...rest,
  };
}

function record(
  id: string,
  submission: Group1Submission | Group2Submission,
  legs: LegRecord[],
): DossierRecord {
  return {
    id,
    clientId: 'tinh-test',
    provinceCode: id.slice(11, 13),
    view: {
      maHoSo: id,
      maTTHC: submission.maTTHC,
      nhomThuTuc: submission.nhomThuTuc,
      trangThai: 4,
      kenhTiepNhan: 2,
      ngayTiepNhan: '2026-09-15T08:30:00+07:00',
      ngayHenTra: '2026-09-18T17:00:00+07:00',
      cheDoPhapLy: 'ND301_2026',
      phieuHen: { soBienNhan: 'BN-TEST-0001', ngayHenTra: '2026-09-18T17:00:00+07:00' },
      thoiDiemCapNhat: '2026-09-15T09:00:00+07:00',
    },
    legs,
    groupWorkingDays: submission.nhomThuTuc === 'NHOM_1' ? 3 : 6,
    submission,
    lastEventSeq: 0,
    provinceMode: 'simulated',
    delivered: false,
    withdrawn: false,
    stopped: false,
    rejected: false,
    overdueNotices: [],
  };
}

async function keep(call: Pick<LegCall, 'ctx'>, maHoSo: string, ma: LegCode, doc: SignedDocument) {
  const stored = await documents(call.ctx.store).put({
    id: `${maHoSo}|${doc.maGiayTo}`,
    maHoSo,
    thuTucCon: ma,
    document: doc,
  });
  if (!stored.ok) throw new Error(`document ${doc.maGiayTo} not stored`);
}

/**
 * A group-1 dossier (KS, TT, BHYT, CC) whose birth hotich really registered: leg KS done with
 * the child's ID number, the signed birth certificate stored as the hub stores it.
 */
export async function newbornDossier(sandbox: TestSandbox, call: Pick<LegCall, 'ctx'>) {
  const { mother, certificate, household, head, relation } = newbornFamily(sandbox.population);
  const birth = birthRequest(mother, certificate);
  const born = await sandbox.invoke('hotichRegisterBirth', { headers: HOTICH, body: birth });
  if (born.body.trangThai !== 4) throw new Error(`birth not registered: ${born.status}`);
  const id = birth.maHoSo.replace(/-KS$/, '');
  const address = addressOf(mother);
  const facility = sandbox.population.facilities.find((f) => f.provinceCode === address.maTinh);
  if (!facility) throw new Error(`no facility in province ${address.maTinh}`);
  const submission: Group1Submission = {
    nhomThuTuc: 'NHOM_1',
    maTTHC: '3.000722',
    thuTucCon: ['KS', 'TT', 'BHYT', 'CC'],
    kenhTiepNhan: 2,
    nguoiYeuCau: { hoTen: mother.fullName, soDinhDanh: mother.id, quanHe: 'ME' },
    hinhThucNhanKetQua: 'TRUC_TUYEN',
    treEm: birth.treEm as Group1Submission['treEm'],
    me: birth.me,
    giayChungSinh: birth.giayChungSinh,
    thuongTru: {
      cheDoDongY: 'VNEID',
      chuHo: { hoTen: head.fullName, soDinhDanh: head.id, quanHeVoiChuHo: relation },
      diaChi: {
        chiTiet: household.address.detail,
        maXa: household.address.communeCode,
        maTinh: household.address.provinceCode,
      },
    },
    bhyt: { noiKcbBanDau: { maCoSoKcb: facility.code, tenCoSoKcb: facility.name } },
  };
  const child: string = born.body.soDinhDanh;
  const legs = [
    leg(id, 'KS', 'hotich', { soDinhDanh: child, agencyRef: born.body.maDangKy }),
    leg(id, 'TT', 'cutru'),
    leg(id, 'BHYT', 'bhxh'),
    leg(id, 'CC', 'dancu', { workingDays: 7 }),
  ];
  await keep(call, id, 'KS', born.body.giayKhaiSinh);
  return { dossier: record(id, submission, legs), child, mother, head };
}

/** A social-assistance beneficiary with a permanent residence (HO_TRO_MAI_TANG). */
export function socialBeneficiary(population: Population): Person {
  const found = (population.byTrait.get('SOCIAL_PROTECTION_BENEFICIARY') ?? []).find(
    (p) =>
      p.permanentAddress !== null &&
      population.socialByPerson
        .get(p.id)
        ?.entitlements.some((e) => e.category === 'SOCIAL_ASSISTANCE'),
  );
  if (!found) throw new Error('no social-assistance beneficiary in the test population');
  return found;
}

/** The survivor legs' options of {@link deathDossier}. */
export interface DeathOptions {
  readonly mt?: BenefitBranch;
  readonly tu?: BenefitBranch;
  /** Whether the spouse confirms the representative in VNeID (else Form 09-HSB). */
  readonly vneid?: boolean;
}

/**
 * A group-2 dossier whose death hotich really registered (recorded dead in dancu): leg KT done
 * with the death registration id, the signed extract stored as the hub stores it; the spouse
 * asks and arranged the funeral.
 */
export async function deathDossier(
  sandbox: TestSandbox,
  call: Pick<LegCall, 'ctx'>,
  person: Person,
  spouse: Person | undefined,
  options: DeathOptions = {},
) {
  const deathTime = `${person.death?.date ?? '2026-09-12'}T04:20:00+07:00`;
  const request = {
    ...deathRequest(person, deathTime),
    giayToThayThe: {
      loai: 'GIAY_BAO_TU_UBND_XA',
      so: '09/GBT-UBND',
      ngayCap: deathTime.slice(0, 10),
      coQuanCap: 'UBND xã nơi người đó chết',
    },
  };
  const died = await sandbox.invoke('hotichRegisterDeath', { headers: HOTICH, body: request });
  if (died.body.trangThai !== 4) throw new Error(`death not registered: ${died.status}`);
  const id = request.maHoSo.replace(/-KT$/, '');
  const requester = spouse ?? person;
  const relation = spouse ? (spouse.sex === 'FEMALE' ? 'VO' : 'CHONG') : 'KHAC';
  const thuTucCon: Group2Submission['thuTucCon'] = ['KT', 'XTT'];
  if (options.mt) thuTucCon.push('MT');
  if (options.tu) thuTucCon.push('TU');
  const branches = [options.mt, options.tu].filter((b): b is BenefitBranch => b !== undefined);
  const submission: Group2Submission = {
    nhomThuTuc: 'NHOM_2',
    maTTHC: '2.002913',
    thuTucCon,
    kenhTiepNhan: 2,
    nguoiYeuCau: { hoTen: requester.fullName, soDinhDanh: requester.id, quanHe: relation },
    hinhThucNhanKetQua: 'TRUC_TUYEN',
    nguoiChet: request.nguoiChet as Group2Submission['nguoiChet'],
    thoiDiemChet: deathTime,
    noiChet: request.noiChet as Group2Submission['noiChet'],
    nguyenNhanChet: request.nguyenNhanChet,
    giayToThayThe: request.giayToThayThe as Group2Submission['giayToThayThe'],
    ...(branches.length > 0
      ? {
          cheDoHuong: branches,
          nguoiLoMaiTang: { hoTen: requester.fullName, soDinhDanh: requester.id, quanHe: relation },
          taiKhoanNganHang: {
            soTaiKhoan: '1023456784821',
            nganHang: 'Vietcombank',
            chuTaiKhoan: requester.fullName
              .normalize('NFD')
              .replace(/[\u0300-\u036f]/g, '')
              .replace(/đ/g, 'd')
              .replace(/Đ/g, 'D')
              .toUpperCase(),
          },
        }
      : {}),
    ...(options.tu && spouse
      ? {
          thanNhan: [
            {
              hoTen: spouse.fullName,
              soDinhDanh: spouse.id,
              ngaySinh: spouse.birthDate,
              quanHe: relation,
              xacNhanVneid: options.vneid ?? false,
            },
          ],
          nguoiDaiDienNhan: { hoTen: spouse.fullName, soDinhDanh: spouse.id },
        }
      : {}),
  };
  const mtSystem: LinkedSystem = options.mt === 'MAI_TANG_BHXH' ? 'bhxh' : 'xahoi';
  const legs = [
    leg(id, 'KT', 'hotich', { agencyRef: died.body.maDangKy }),
    leg(id, 'XTT', 'cutru'),
    ...(options.mt ? [leg(id, 'MT', mtSystem, { variant: options.mt, workingDays: 5 })] : []),
    ...(options.tu ? [leg(id, 'TU', 'bhxh', { variant: options.tu, workingDays: 8 })] : []),
  ];
  await keep(call, id, 'KT', died.body.trichLucKhaiTu);
  return { dossier: record(id, submission, legs), maDangKy: died.body.maDangKy as string };
}

/** The call of one leg of a dossier, with an optional forced decision. */
export function legCall(
  ctx: MockContext,
  dossier: DossierRecord,
  code: LegCode,
  decision?: ForcedDecision,
): LegCall {
  const found = dossier.legs.find((l) => l.state.ma === code);
  if (!found) throw new Error(`dossier ${dossier.id} has no leg ${code}`);
  return { ctx, dossier, leg: found, ...(decision ? { decision } : {}) };
}

/** The same call once the agency gave the leg its reference (what the orchestrator stores). */
export function withRef(call: LegCall, agencyRef: string): LegCall {
  return { ...call, leg: { ...call.leg, agencyRef } };
}

export { insuredDeceased };
