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

/** How each basic field is read from the citizen and their relatives. */
const FIELD_VALUES: {
  readonly [F in CitizenField]: (citizen: Citizen, relatives: Relatives) => CitizenRecord[F];
} = {
  soDinhDanh: (c) => c.id,
  soCmnd: (c) => c.legacyIdNumber,
  hoTen: (c) => c.fullName,
  ngaySinh: (c) => c.birthDate,
  gioiTinh: (c) => SEX[c.sex],
  noiDangKyKhaiSinh: (c) => nullable(c.birthRegistration, wireLocality),
  queQuan: (c) => nullable(c.hometown, wireLocality),
  danToc: (c) => c.ethnicity,
  tonGiao: (c) => c.religion,
  quocTich: (c) => c.nationality,
  tinhTrangHonNhan: (c) => MARITAL[c.maritalStatus],
  diaChiThuongTru: (c) => nullable(c.permanentAddress, wireAddress),
  diaChiTamTru: (c) => nullable(c.temporaryAddress, wireAddress),
  noiOHienTai: (c) => nullable(c.currentAddress, wireAddress),
  nhomMau: (c) => c.bloodGroup,
  cha: (_, r) => personRef(r.father),
  me: (_, r) => personRef(r.mother),
  voChong: (_, r) => personRef(r.spouse),
  chuHo: (c, { head }) =>
    head === undefined || c.relationshipToHead === null
      ? null
      : {
          hoTen: head.fullName,
          soDinhDanh: head.id,
          quanHeVoiChuHo: RELATIONSHIP[c.relationshipToHead],
        },
  ngayMat: (c) => c.death?.date ?? null,
};

/** The fields whose values come from the citizen's relatives. */
const RELATIVE_FIELDS: ReadonlySet<CitizenField> = new Set(['cha', 'me', 'voChong', 'chuHo']);

/**
 * Whether any of `fields` names a relative (so the relatives must be read for the answer).
 * @see specs/dancu.yaml CitizenRecord (cha, me, voChong, chuHo)
 */
export function needsRelatives(fields: readonly CitizenField[]): boolean {
  return fields.some((field) => RELATIVE_FIELDS.has(field));
}

/**
 * The wire value of one basic field (`null`: the register holds no value).
 * @see specs/dancu.yaml CitizenRecord; SECURITY.md §3
 */
export function fieldValue<F extends CitizenField>(
  field: F,
  citizen: Citizen,
  relatives: Relatives,
): CitizenRecord[F] {
  return FIELD_VALUES[field](citizen, relatives);
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
 * `relatives` may be empty when no field names a relative (see {@link needsRelatives}).
 * @see specs/dancu.yaml CitizenRecord, CitizenRecordMeta
 */
export function citizenRecord(
  citizen: Citizen,
  relatives: Relatives,
  fields: readonly CitizenField[],
  purpose: Schemas['Purpose'],
): CitizenRecord {
  // Only the answered fields are computed, in the order given; `meta` comes last.
  const record: Record<string, unknown> = {};
  for (const field of fields) record[field] = fieldValue(field, citizen, relatives);
  record.meta = {
    mucDich: purpose,
    truongTraVe: [...fields],
    trangThaiSong: citizen.death === null ? 'CON_SONG' : 'DA_CHET',
  };
  return record as CitizenRecord;
}
