/**
 * Test support: the partner systems the civil-status tests run against. The registered dancu and
 * yte mocks when they are in the registry; otherwise small stand-ins over the same population
 * (lookup, personal ID, death mark; certificates), so the civil-status rules are tested either way.
 * Not part of the system: only the tests import it.
 */
import type { Population } from '../domain/population/index.js';
import { WIRE } from '../domain/population/index.js';
import {
  defineOperation,
  nextSequence,
  notFound,
  businessRule,
  conflict,
  signDocument,
} from '../kit/index.js';
import type { MockSystem } from '../kit/index.js';
import type { BaseBuilder, CollectionDefinition, StoreScope } from '../ports/store/index.js';
import { MOCK_SYSTEMS } from '../registry.js';
import { toVnIso } from '../domain/calendar/index.js';
import { hotich } from './index.js';

interface FakeCitizen {
  readonly id: string;
  readonly hoTen: string;
  readonly ngaySinh: string;
  readonly gioiTinh: 'NAM' | 'NU';
  readonly address: { chiTiet: string; maXa: string; maTinh: string };
  readonly ngayMat: string | null;
}

interface FakeDocument {
  readonly id: string;
  readonly body: Record<string, unknown>;
}

const CITIZENS: CollectionDefinition<FakeCitizen> = { idOf: (c) => c.id };
const DOCUMENTS: CollectionDefinition<FakeDocument> = { idOf: (d) => d.id };
const citizens = (s: Pick<StoreScope, 'collection'>) =>
  s.collection('fake-dancu.citizens', CITIZENS);
const documents = (s: Pick<StoreScope, 'collection'>) =>
  s.collection('fake-yte.documents', DOCUMENTS);

function citizenOf(p: Population['people'][number]): FakeCitizen {
  const a = p.permanentAddress ?? p.currentAddress;
  return {
    id: p.id,
    hoTen: p.fullName,
    ngaySinh: p.birthDate,
    gioiTinh: WIRE.sex[p.sex] as 'NAM' | 'NU',
    address: { chiTiet: a.detail, maXa: a.communeCode, maTinh: a.provinceCode },
    ngayMat: p.death?.registeredOn ? p.death.date : null,
  };
}

const lookup = defineOperation<never>('dancuLookupCitizen', {}, async (req, ctx) => {
  const body = req.body as { soDinhDanh?: string };
  const c = await citizens(ctx.store).get(body.soDinhDanh ?? '');
  if (!c) return notFound('CITIZEN_NOT_FOUND', 'No citizen has this ID number.');
  const record = {
    soDinhDanh: c.id,
    hoTen: c.hoTen,
    ngaySinh: c.ngaySinh,
    gioiTinh: c.gioiTinh,
    diaChiThuongTru: c.address,
    noiOHienTai: c.address,
    ngayMat: c.ngayMat,
  };
  const meta = {
    mucDich: req.headers['x-muc-dich'],
    truongTraVe: Object.keys(record),
    trangThaiSong: c.ngayMat === null ? 'CON_SONG' : 'DA_CHET',
  };
  return { status: 200, body: { ...record, meta } } as never;
});

const issue = defineOperation<never>('dancuIssuePersonalId', {}, async (req, ctx) => {
  const body = req.body as {
    maHoSo: string;
    maDangKyKhaiSinh: string;
    hoTen: string;
    ngaySinh: string;
    gioiTinh: 'NAM' | 'NU';
    noiDangKyKhaiSinh: { maXa: string; maTinh: string };
    me: { soDinhDanh: string };
  };
  const mother = await citizens(ctx.store).get(body.me.soDinhDanh);
  if (!mother) return businessRule('MOTHER_NOT_FOUND', 'The mother is not in the register.');
  if (mother.ngayMat !== null)
    return businessRule('MOTHER_DECEASED', 'The mother is recorded dead.');
  const n = await nextSequence(ctx.store, `fake-dancu.${body.noiDangKyKhaiSinh.maTinh}`);
  const g = body.gioiTinh === 'NU' ? '3' : '2';
  const id = `0${body.noiDangKyKhaiSinh.maTinh}${g}${body.ngaySinh.slice(2, 4)}${String(900000 + n)}`;
  const address = { ...mother.address };
  await citizens(ctx.store).insert({
    id,
    hoTen: body.hoTen,
    ngaySinh: body.ngaySinh,
    gioiTinh: body.gioiTinh,
    address,
    ngayMat: null,
  });
  const answer = {
    soDinhDanh: id,
    thoiDiemCap: toVnIso(ctx.clock.now()),
    maTinhCap: `0${body.noiDangKyKhaiSinh.maTinh}`,
    maDangKyKhaiSinh: body.maDangKyKhaiSinh,
    maHoSo: body.maHoSo,
  };
  return { status: 201, body: answer } as never;
});

const death = defineOperation<never>('dancuRecordDeath', {}, async (req, ctx) => {
  const body = req.body as { soDinhDanh: string; ngayMat: string; maDangKyKhaiTu: string };
  const c = await citizens(ctx.store).get(body.soDinhDanh);
  if (!c) return notFound('CITIZEN_NOT_FOUND', 'No citizen has this ID number.');
  if (c.ngayMat !== null) return conflict('ALREADY_DECEASED', 'The death is already recorded.');
  await citizens(ctx.store).put({ ...c, ngayMat: body.ngayMat });
  const answer = {
    soDinhDanh: c.id,
    trangThaiSong: 'DA_CHET',
    ngayMat: body.ngayMat,
    thoiDiemGhiNhan: toVnIso(ctx.clock.now()),
    maDangKyKhaiTu: body.maDangKyKhaiTu,
  };
  return { status: 200, body: answer } as never;
});

const document = (op: string, param: string) =>
  defineOperation<never>(op, {}, async (req, ctx) => {
    const code = (req.params as Record<string, string>)[param] ?? '';
    const found = await documents(ctx.store).get(code);
    if (!found) return notFound('DOCUMENT_NOT_FOUND', 'No document has this code.');
    const kind = op === 'yteGetBirthCertificate' ? 'GIAY_CHUNG_SINH' : 'GIAY_BAO_TU';
    const giayTo = signDocument(ctx, {
      maGiayTo: code,
      loaiGiayTo: kind,
      coQuanCap: '000.00.00.H80',
      noiDung: {},
    });
    return { status: 200, body: { ...found.body, giayTo } } as never;
  });

async function seedFakeDancu(builder: BaseBuilder, population: Population): Promise<void> {
  await citizens(builder).insertMany(population.people.map(citizenOf));
}

async function seedFakeYte(builder: BaseBuilder, population: Population): Promise<void> {
  const docs: FakeDocument[] = [];
  for (const c of population.birthCertificates) {
    const mother = citizenOf(population.byId.get(c.motherId) as Population['people'][number]);
    const facility = population.facilityByCode.get(c.facilityCode)?.name ?? 'Cơ sở y tế';
    const place = { loaiNoi: 'CO_SO_KCB', maCoSoKcb: c.facilityCode, tenCoSo: facility };
    const me = { hoTen: mother.hoTen, ngaySinh: mother.ngaySinh, danToc: '01', soDinhDanh: mother.id, diaChiThuongTru: mother.address, maSoBhxh: '0000000000' };
    const body = { maGiayChungSinh: c.code, maCoSoKcb: c.facilityCode, tenCoSo: facility, me, thoiDiemSinh: c.birthTime, noiSinh: place, soCon: 1, thuTuCon: 1, gioiTinh: WIRE.sex[c.sex], canNang: c.weightGrams, nguoiDoDe: { hoTen: c.attendant }, ngayCap: c.issuedAt };
    docs.push({ id: c.code, body });
  }
  for (const n of population.deathNotices) {
    const p = citizenOf(population.byId.get(n.personId) as Population['people'][number]);
    const facility = population.facilityByCode.get(n.facilityCode)?.name ?? 'Cơ sở y tế';
    const nguoiChet = { hoTen: p.hoTen, ngaySinh: p.ngaySinh, gioiTinh: p.gioiTinh, danToc: '01', quocTich: 'VN', diaChiThuongTru: p.address, soDinhDanh: p.id };
    const body = { maGiayBaoTu: n.code, maCoSoKcb: n.facilityCode, tenCoSo: facility, nguoiChet, thoiDiemChet: n.deathTime, nguyenNhanChet: 'Suy hô hấp cấp', chetTrenDuongCapCuu: false, soSo: '1/2026', ngayCap: n.issuedAt };
    docs.push({ id: n.code, body });
  }
  await documents(builder).insertMany(docs);
} // prettier-ignore

/** Stand-in population database (lookup, personal ID, death mark) for when dancu is not registered. */
const FAKE_DANCU: MockSystem = {
  name: 'dancu',
  operations: [lookup, issue, death],
  seed: seedFakeDancu,
};
/** Stand-in health system (certificates) for when yte is not registered. */
const FAKE_YTE: MockSystem = {
  name: 'yte',
  operations: [
    document('yteGetBirthCertificate', 'maGiayChungSinh'),
    document('yteGetDeathNotice', 'maGiayBaoTu'),
  ],
  seed: seedFakeYte,
};

/** The systems a civil-status test runs: hotich, dancu and yte (registered ones, else stand-ins). */
export function systemsForTests(): MockSystem[] {
  const registered = (name: string) => MOCK_SYSTEMS.find((s) => s.name === name);
  return [hotich, registered('dancu') ?? FAKE_DANCU, registered('yte') ?? FAKE_YTE];
}
