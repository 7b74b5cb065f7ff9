/**
 * Domain → wire: a citizen as the `CitizenRecord` fields, addresses with their display names.
 * @see specs/dancu.yaml CitizenRecord; mocks/domain/population/wire-vocabulary.ts
 */
import type { components } from '../../contracts/generated/dancu.js';
import { getCommune, getProvince } from '../domain/admin-units/index.js';
import { WIRE } from '../domain/population/wire-vocabulary.js';
import type {
  Address,
  Locality,
  MaritalStatus,
  Relationship,
  Sex,
} from '../domain/population/types.js';
import type { CitizenField } from './access-rules.js';
import type { Citizen } from './state.js';

type Schemas = components['schemas'];

/** A citizen record as the wire carries it. */
export type CitizenRecord = Schemas['CitizenRecord'];

// The population's WIRE tables widen their values to `string`; the spec enums narrow them back.
const SEX = WIRE.sex as Readonly<Record<Sex, Schemas['Sex']>>;
const MARITAL = WIRE.maritalStatus as Readonly<Record<MaritalStatus, Schemas['MaritalStatus']>>;
const RELATIONSHIP = WIRE.relationship as Readonly<Record<Relationship, Schemas['Relationship']>>;

/** The related people a record names: parents, spouse and household head. */
export interface Relatives {
  readonly father?: Citizen;
  readonly mother?: Citizen;
  readonly spouse?: Citizen;
  readonly head?: Citizen;
}

/** The wire value of each field, given the citizen and their relatives. */
type FieldValues = { readonly [F in CitizenField]: CitizenRecord[F] };

/**
 * A commune-level place on the wire, with display names from the unit catalogue.
 * @see specs/dancu.yaml Locality; DOMAIN.md §6.6
 */
export function wireLocality(place: Locality): Schemas['Locality'] {
  const tenXa = getCommune(place.communeCode)?.name;
  const tenTinh = getProvince(place.provinceCode)?.name;
  return {
    maXa: place.communeCode,
    maTinh: place.provinceCode,
    ...(tenXa !== undefined ? { tenXa } : {}),
    ...(tenTinh !== undefined ? { tenTinh } : {}),
  };
}

/**
 * An address on the wire, with display names.
 * @see specs/common.yaml Address
 */
export function wireAddress(address: Address): Schemas['Address'] {
  return { chiTiet: address.detail, ...wireLocality(address) };
}

/**
 * A domain address from the wire (display names dropped: codes are what matter).
 * @see specs/common.yaml Address
 */
export function domainAddress(address: Schemas['Address']): Address {
  return { detail: address.chiTiet, communeCode: address.maXa, provinceCode: address.maTinh };
}

/**
 * A related person as `{hoTen, soDinhDanh}`.
 * @see specs/common.yaml PersonRef
 */
export function personRef(person: Citizen | undefined): Schemas['PersonRef'] | null {
  return person === undefined ? null : { hoTen: person.fullName, soDinhDanh: person.id };
}

function nullable<T, R>(value: T | null, map: (v: T) => R): R | null {
  return value === null ? null : map(value);
}

/**
 * Every basic field of a citizen as the wire value (`null`: the register holds no value).
 * @see specs/dancu.yaml CitizenRecord; SECURITY.md §3
 */
export function fieldValues(citizen: Citizen, relatives: Relatives): FieldValues {
  const head = relatives.head;
  const relation = citizen.relationshipToHead;
  return {
    soDinhDanh: citizen.id,
    soCmnd: citizen.legacyIdNumber,
    hoTen: citizen.fullName,
    ngaySinh: citizen.birthDate,
    gioiTinh: SEX[citizen.sex],
    noiDangKyKhaiSinh: nullable(citizen.birthRegistration, wireLocality),
    queQuan: nullable(citizen.hometown, wireLocality),
    danToc: citizen.ethnicity,
    tonGiao: citizen.religion,
    quocTich: citizen.nationality,
    tinhTrangHonNhan: MARITAL[citizen.maritalStatus],
    diaChiThuongTru: nullable(citizen.permanentAddress, wireAddress),
    diaChiTamTru: nullable(citizen.temporaryAddress, wireAddress),
    noiOHienTai: nullable(citizen.currentAddress, wireAddress),
    nhomMau: citizen.bloodGroup,
    cha: personRef(relatives.father),
    me: personRef(relatives.mother),
    voChong: personRef(relatives.spouse),
    chuHo:
      head === undefined || relation === null
        ? null
        : {
            hoTen: head.fullName,
            soDinhDanh: head.id,
            quanHeVoiChuHo: RELATIONSHIP[relation],
          },
    ngayMat: citizen.death?.date ?? null,
  };
}

/**
 * A household member on the wire.
 * @see specs/dancu.yaml HouseholdMember
 */
export function householdMember(member: Citizen): Schemas['HouseholdMember'] {
  return {
    hoTen: member.fullName,
    soDinhDanh: member.id,
    quanHeVoiChuHo: RELATIONSHIP[member.relationshipToHead ?? 'CHILD_IN_LAW'],
    ngaySinh: member.birthDate,
  };
}

/**
 * The record of one answer: only `fields`, with `meta` naming them and the life status.
 * @see specs/dancu.yaml CitizenRecord, CitizenRecordMeta
 */
export function citizenRecord(
  citizen: Citizen,
  relatives: Relatives,
  fields: readonly CitizenField[],
  purpose: Schemas['Purpose'],
): CitizenRecord {
  const values = fieldValues(citizen, relatives);
  const record: Record<string, unknown> = {};
  for (const field of fields) record[field] = values[field];
  return {
    ...(record as Partial<CitizenRecord>),
    meta: {
      mucDich: purpose,
      truongTraVe: [...fields],
      trangThaiSong: citizen.death === null ? 'CON_SONG' : 'DA_CHET',
    },
  };
}
