/**
 * Test support: a stand-in hub that records what the province reports (and can fail on demand),
 * a sandbox with every registered agency plus the province and that hub, and linked dossiers
 * built from the synthetic population. Not part of the system: only the tests import it.
 */
import type { components as Hub, operations } from '../../contracts/generated/lienthong.js';
import { createTestSandbox, type TestSandbox } from '../../test/support/sandbox.js';
import type { MedicalBirthCertificate, Person, Population } from '../domain/population/index.js';
import { WIRE } from '../domain/population/index.js';
import { defineOperation, forcedProblem, type MockSystem } from '../kit/index.js';
import { MOCK_SYSTEMS } from '../registry.js';
import { tinh } from './index.js';

type LinkedDossier = Hub['schemas']['LinkedDossier'];

/** A call the stand-in hub received. */
export interface HubCall {
  readonly operationId: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, unknown>>;
  readonly body: unknown;
  readonly status: number;
}

/** The stand-in hub: its calls, the dossiers it knows, and failures to answer next. */
export interface FakeHub {
  readonly system: MockSystem;
  readonly calls: HubCall[];
  readonly dossiers: Map<string, LinkedDossier>;
  /** The next `count` reports are answered with `status` (e.g. 503). */
  failReports(count: number, status: number): void;
  /** The bodies of the leg-result reports received, in order. */
  reports(): unknown[];
}

/** Creates a stand-in hub answering reports with the dossier it was given, and progress with 0. */
export function createFakeHub(): FakeHub {
  const calls: HubCall[] = [];
  const dossiers = new Map<string, LinkedDossier>();
  let failures = { count: 0, status: 503 };
  const report = defineOperation<operations['lienthongReportLegResult']>(
    'lienthongReportLegResult',
    {},
    async (req) => {
      const known = dossiers.get(req.params.maHoSo);
      const answer =
        failures.count > 0
          ? forcedProblem(failures.status)
          : known === undefined
            ? forcedProblem(404)
            : { status: 200 as const, body: known };
      if (failures.count > 0) failures = { ...failures, count: failures.count - 1 };
      calls.push({ ...req, status: answer.status });
      return answer;
    },
  );
  const progress = defineOperation<operations['lienthongUpdateProgress']>(
    'lienthongUpdateProgress',
    {},
    async (req) => {
      calls.push({ ...req, status: 200 });
      return { status: 200, body: { error_code: 0, message: 'Thành công' } };
    },
  );
  return {
    system: { name: 'lienthong', operations: [report, progress] },
    calls,
    dossiers,
    failReports: (count, status) => {
      failures = { count, status };
    },
    reports: () =>
      calls.filter((c) => c.operationId === 'lienthongReportLegResult').map((c) => c.body),
  };
}

/** A sandbox with the registered agencies, the province and a stand-in hub. */
export async function provinceSandbox(
  now?: string,
): Promise<{ readonly s: TestSandbox; readonly hub: FakeHub }> {
  const hub = createFakeHub();
  const agencies = MOCK_SYSTEMS.filter((m) => m.name !== 'lienthong' && m.name !== 'tinh');
  const s = await createTestSandbox({
    systems: [...agencies, tinh, hub.system],
    ...(now !== undefined ? { now } : {}),
  });
  return { s, hub };
}

/** The wire address of a person's permanent (else current) residence. */
export function addressOf(person: Person) {
  const a = person.permanentAddress ?? person.currentAddress;
  return { chiTiet: a.detail, maXa: a.communeCode, maTinh: a.provinceCode };
}

/** An expecting mother of the population and her pending medical birth certificate. */
export function expectingMother(population: Population, index = 0) {
  const mother = (population.byTrait.get('EXPECTING_MOTHER') ?? [])[index];
  const certificate = mother && population.pendingBirthByMother.get(mother.id);
  if (!mother || !certificate) throw new Error('the population has no expecting mother');
  return { mother, certificate };
}

function linkedDossier(
  maHoSo: string,
  group: 'NHOM_1' | 'NHOM_2',
  province: string,
  at: string,
): LinkedDossier {
  const agency = `000.00.00.H${province}`;
  const legs = group === 'NHOM_1' ? (['KS', 'TT'] as const) : (['KT', 'XTT'] as const);
  return {
    maHoSo,
    maTTHC: group === 'NHOM_1' ? '3.000722' : '2.002913',
    nhomThuTuc: group,
    trangThai: 2,
    kenhTiepNhan: 2,
    coQuanTiepNhan: agency,
    ngayTiepNhan: at,
    ngayHenTra: '2026-09-25T17:00:00+07:00',
    cheDoPhapLy: 'ND301_2026',
    thuTucCon: legs.map((ma, i) => ({
      ma,
      maHoSo: `${maHoSo}-${ma}`,
      trangThai: i === 0 ? ('DANG_XU_LY' as const) : ('CHO_XU_LY' as const),
      coQuanThucHien: agency,
      heThong: i === 0 ? ('hotich' as const) : ('cutru' as const),
    })),
    phieuHen: {
      soBienNhan: `${province}-2026-0915-00${maHoSo.slice(-4)}`,
      ngayHenTra: '2026-09-25T17:00:00+07:00',
    },
    thoiDiemCapNhat: at,
  };
}

/** A group-1 push (Mẫu số 01) for the child of a pending certificate, without the father. */
export function birthPush(
  population: Population,
  mother: Person,
  certificate: MedicalBirthCertificate,
  seq = '0007',
  at = '2026-09-15T09:00:00+07:00',
) {
  const address = addressOf(mother);
  const maHoSo = `000.00.00.H${address.maTinh}-260915-${seq}`;
  const facility = population.facilityByCode.get(certificate.facilityCode);
  const requester = { hoTen: mother.fullName, soDinhDanh: mother.id, quanHe: 'ME' as const };
  return {
    hoSo: linkedDossier(maHoSo, 'NHOM_1', address.maTinh, at),
    noiDung: {
      nhomThuTuc: 'NHOM_1' as const,
      maTTHC: '3.000722' as const,
      thuTucCon: ['KS' as const, 'TT' as const],
      kenhTiepNhan: 2,
      nguoiYeuCau: requester,
      hinhThucNhanKetQua: 'TRUC_TUYEN' as const,
      treEm: {
        hoTen: certificate.intendedName,
        ngaySinh: certificate.birthTime.slice(0, 10),
        gioiTinh: WIRE.sex[certificate.sex] as 'NAM' | 'NU',
        noiSinh: {
          loaiNoi: 'CO_SO_KCB' as const,
          maCoSoKcb: certificate.facilityCode,
          tenCoSo: facility?.name ?? 'Bệnh viện',
        },
        danToc: mother.ethnicity,
        quocTich: 'VN',
      },
      me: {
        hoTen: mother.fullName,
        soDinhDanh: mother.id,
        ngaySinh: mother.birthDate,
        danToc: mother.ethnicity,
        quocTich: 'VN',
        diaChiThuongTru: address,
      },
      giayChungSinh: { maGiayChungSinh: certificate.code },
      thuongTru: {
        cheDoDongY: 'VNEID' as const,
        chuHo: { hoTen: mother.fullName, soDinhDanh: mother.id, quanHeVoiChuHo: 'CON' as const },
        diaChi: address,
      },
      bhyt: { noiKcbBanDau: { maCoSoKcb: `${address.maTinh}001`, tenCoSoKcb: 'Trạm Y tế' } },
    },
  };
}

/** A person whose death at a facility is not yet registered, with the death notice. */
export function pendingFacilityDeath(population: Population) {
  for (const person of population.byTrait.get('DECEASED_PENDING_REGISTRATION') ?? []) {
    const notice = population.deathNoticeByPerson.get(person.id);
    if (notice) return { person, notice };
  }
  throw new Error('the population has no pending facility death');
}

/** A group-2 push (Mẫu số 02) for a deceased person with a medical death notice. */
export function deathPush(person: Person, noticeCode: string, deathTime: string, seq = '0031') {
  const address = addressOf(person);
  const maHoSo = `000.00.00.H${address.maTinh}-260915-${seq}`;
  return {
    hoSo: linkedDossier(maHoSo, 'NHOM_2', address.maTinh, '2026-09-15T09:00:00+07:00'),
    noiDung: {
      nhomThuTuc: 'NHOM_2' as const,
      maTTHC: '2.002913' as const,
      thuTucCon: ['KT' as const, 'XTT' as const],
      kenhTiepNhan: 2,
      nguoiYeuCau: { hoTen: 'Lê Văn Bình', soDinhDanh: '072075003344', quanHe: 'CON' as const },
      hinhThucNhanKetQua: 'TRUC_TUYEN' as const,
      nguoiChet: {
        hoTen: person.fullName,
        soDinhDanh: person.id,
        ngaySinh: person.birthDate,
        gioiTinh: WIRE.sex[person.sex] as 'NAM' | 'NU',
        diaChiThuongTru: address,
      },
      thoiDiemChet: deathTime,
      noiChet: { loaiNoi: 'NHA_RIENG' as const, diaChi: address },
      nguyenNhanChet: 'Suy hô hấp cấp',
      giayBaoTu: { maGiayBaoTu: noticeCode },
    },
  };
}

/** Pushes a dossier as the hub does (the stand-in hub learns it, so it can answer reports). */
export async function push(
  s: TestSandbox,
  hub: FakeHub,
  body: { hoSo: LinkedDossier; noiDung: unknown },
  key = `key-${body.hoSo.maHoSo}`,
  prefer?: string,
) {
  hub.dossiers.set(body.hoSo.maHoSo, body.hoSo);
  return s.invoke('tinhReceiveDossier', {
    headers: { 'idempotency-key': key, ...(prefer !== undefined ? { prefer } : {}) },
    body,
  });
}

/** The province's view of a dossier. */
export async function statusOf(s: TestSandbox, maHoSo: string) {
  return s.invoke('tinhGetDossierStatus', { params: { maHoSo } });
}
