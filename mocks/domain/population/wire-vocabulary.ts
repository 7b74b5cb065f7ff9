/**
 * The English domain enums and their wire values, for the mocks that serve the population. A test
 * checks every table against the enums of the specs.
 * @see docs/decisions/0001-wire-vocabulary.md; specs/common.yaml, dancu.yaml, cutru.yaml,
 * bhxh.yaml, xahoi.yaml, vneid.yaml, yte.yaml
 */
import type {
  Death,
  InsuranceCategory,
  ManagingAgency,
  MaritalStatus,
  Relationship,
  ResidenceStatus,
  Sex,
  SocialCategory,
  VneidAccount,
} from './types.js';

/**
 * Domain value → wire value, one table per enum. `CHILD_IN_LAW` has no wire value and goes out
 * as `KHAC`.
 * @see specs/common.yaml `Sex`, `Relationship`; specs/dancu.yaml `MaritalStatus`;
 * specs/cutru.yaml `CitizenResidence.trangThai`; specs/bhxh.yaml `InsuranceRecordCategory`,
 * `ContributionPeriod.loaiHinh`; specs/xahoi.yaml `BeneficiaryCategory`, `DecidingAgency.cap`;
 * specs/vneid.yaml `VneidAccount.trangThai`; specs/yte.yaml `AddressPlace.loaiNoi`
 */
export const WIRE = {
  sex: { MALE: 'NAM', FEMALE: 'NU' } satisfies Record<Sex, string>,
  maritalStatus: {
    SINGLE: 'CHUA_KET_HON',
    MARRIED: 'DA_KET_HON',
    DIVORCED: 'LY_HON',
    WIDOWED: 'GOA',
  } satisfies Record<MaritalStatus, string>,
  relationship: {
    HEAD: 'CHU_HO',
    WIFE: 'VO',
    HUSBAND: 'CHONG',
    CHILD: 'CON',
    CHILD_IN_LAW: 'KHAC',
    GRANDCHILD: 'CHAU',
    FATHER: 'CHA',
    MOTHER: 'ME',
  } satisfies Record<Relationship, string>,
  residence: {
    REGISTERED: 'CO_THUONG_TRU',
    DEREGISTERED: 'DA_XOA',
    NOT_REGISTERED: 'CHUA_DANG_KY',
  } satisfies Record<ResidenceStatus, string>,
  insuranceCategory: {
    CONTRIBUTING: 'NGUOI_THAM_GIA',
    PENSIONER: 'NGUOI_HUONG_LUONG_HUU',
    MONTHLY_BENEFIT: 'NGUOI_HUONG_TRO_CAP_HANG_THANG',
    RESERVED: 'BAO_LUU',
    NOT_PARTICIPATING: 'CHUA_THAM_GIA',
  } satisfies Record<InsuranceCategory, string>,
  contributionScheme: { COMPULSORY: 'BAT_BUOC', VOLUNTARY: 'TU_NGUYEN' },
  socialCategory: {
    SOCIAL_ASSISTANCE: 'BAO_TRO_XA_HOI',
    SOCIAL_PENSION: 'HUU_TRI_XA_HOI',
    PERSON_WITH_MERIT: 'NGUOI_CO_CONG',
    VETERAN: 'CUU_CHIEN_BINH',
  } satisfies Record<SocialCategory, string>,
  agencyLevel: { UBND_XA: 'XA', SO_NOI_VU: 'TINH' } satisfies Record<
    ManagingAgency['level'],
    string
  >,
  vneidStatus: {
    ACTIVE: 'HOAT_DONG',
    NOT_ACTIVATED: 'CHUA_KICH_HOAT',
    LOCKED: 'BI_KHOA',
  } satisfies Record<VneidAccount['status'], string>,
  deathPlace: { HOME: 'NHA_RIENG', HEALTH_FACILITY: 'CO_SO_KCB' } satisfies Record<
    Death['place'],
    string
  >,
} as const;
