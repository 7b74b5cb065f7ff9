/**
 * Test support: registration requests built from the synthetic population, so tests pick people
 * by trait instead of hard-coding ID numbers.
 */
import type { MedicalBirthCertificate, Person, Population } from '../domain/population/index.js';
import { WIRE } from '../domain/population/index.js';

/** The wire address of a person's permanent (else current) residence. */
export function addressOf(person: Person) {
  const a = person.permanentAddress ?? person.currentAddress;
  return { chiTiet: a.detail, maXa: a.communeCode, maTinh: a.provinceCode };
}

/** An expecting mother and her pending medical birth certificate. */
export function expectingMother(population: Population, index = 0) {
  const mothers = population.byTrait.get('EXPECTING_MOTHER') ?? [];
  const mother = mothers[index];
  const certificate = mother && population.pendingBirthByMother.get(mother.id);
  if (!mother || !certificate) throw new Error('the population has no expecting mother');
  return { mother, certificate };
}

/** A birth registration request for the child of a pending certificate, at the mother's commune. */
export function birthRequest(mother: Person, certificate: MedicalBirthCertificate, seq = '0007') {
  const address = addressOf(mother);
  return {
    maHoSo: `000.00.00.H${address.maTinh}-260915-${seq}-KS`,
    maDonVi: `000.00.00.H${address.maTinh}`,
    maXaDangKy: address.maXa,
    treEm: {
      hoTen: certificate.intendedName,
      ngaySinh: certificate.birthTime.slice(0, 10),
      gioiTinh: WIRE.sex[certificate.sex],
      noiSinh: { loaiNoi: 'CO_SO_KCB', maCoSoKcb: certificate.facilityCode, tenCoSo: 'Bệnh viện' },
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
    nguoiYeuCau: { hoTen: mother.fullName, soDinhDanh: mother.id, quanHe: 'ME' },
  };
}

/** The same request on a witness statement instead of a medical certificate. */
export function witnessRequest(mother: Person, birthDate: string, seq = '0008') {
  const rest: Partial<ReturnType<typeof birthRequest>> = birthRequest(
    mother,
    {
      intendedName: 'Lý Gia Hân',
      birthTime: `${birthDate}T22:00:00+07:00`,
      sex: 'FEMALE',
      facilityCode: '80012',
    } as MedicalBirthCertificate,
    seq,
  );
  delete rest.giayChungSinh;
  return {
    ...rest,
    treEm: { ...rest.treEm, noiSinh: { loaiNoi: 'NHA_RIENG', diaChi: addressOf(mother) } },
    nguoiLamChung: { hoTen: 'Huỳnh Thị Bích', noiDungLamChung: 'Tôi là người đỡ đẻ tại nhà riêng' },
  };
}

/** A person whose death happened at a facility and is not yet registered, with the notice. */
export function pendingFacilityDeath(population: Population) {
  for (const person of population.byTrait.get('DECEASED_PENDING_REGISTRATION') ?? []) {
    const notice = population.deathNoticeByPerson.get(person.id);
    if (notice) return { person, notice };
  }
  throw new Error('the population has no pending facility death');
}

/** A death registration request for a person, at the commune of their residence. */
export function deathRequest(person: Person, deathTime: string, seq = '0031') {
  const address = addressOf(person);
  return {
    maHoSo: `000.00.00.H${address.maTinh}-260915-${seq}-KT`,
    maDonVi: `000.00.00.H${address.maTinh}`,
    maXaDangKy: address.maXa,
    nguoiChet: {
      hoTen: person.fullName,
      soDinhDanh: person.id,
      ngaySinh: person.birthDate,
      gioiTinh: WIRE.sex[person.sex],
      diaChiThuongTru: address,
    },
    thoiDiemChet: deathTime,
    noiChet: { loaiNoi: 'NHA_RIENG', diaChi: address },
    nguyenNhanChet: 'Suy hô hấp cấp',
    nguoiYeuCau: { hoTen: 'Lê Văn Bình', soDinhDanh: '072075003344', quanHe: 'CON' },
  };
}

/** The headers of an officer's call. */
export const OFFICER = { 'x-officer-id': 'cb.hotich.80001' };
