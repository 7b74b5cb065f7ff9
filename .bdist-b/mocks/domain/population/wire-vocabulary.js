/**
 * Domain value → wire value, one table per enum. `CHILD_IN_LAW` has no wire value and goes out
 * as `KHAC`.
 * @see specs/common.yaml `Sex`, `Relationship`; specs/dancu.yaml `MaritalStatus`;
 * specs/cutru.yaml `CitizenResidence.trangThai`; specs/bhxh.yaml `InsuranceRecordCategory`,
 * `ContributionPeriod.loaiHinh`; specs/xahoi.yaml `BeneficiaryCategory`, `DecidingAgency.cap`;
 * specs/vneid.yaml `VneidAccount.trangThai`; specs/yte.yaml `AddressPlace.loaiNoi`
 */
export const WIRE = {
    sex: { MALE: 'NAM', FEMALE: 'NU' },
    maritalStatus: {
        SINGLE: 'CHUA_KET_HON',
        MARRIED: 'DA_KET_HON',
        DIVORCED: 'LY_HON',
        WIDOWED: 'GOA',
    },
    relationship: {
        HEAD: 'CHU_HO',
        WIFE: 'VO',
        HUSBAND: 'CHONG',
        CHILD: 'CON',
        CHILD_IN_LAW: 'KHAC',
        GRANDCHILD: 'CHAU',
        FATHER: 'CHA',
        MOTHER: 'ME',
    },
    residence: {
        REGISTERED: 'CO_THUONG_TRU',
        DEREGISTERED: 'DA_XOA',
        NOT_REGISTERED: 'CHUA_DANG_KY',
    },
    insuranceCategory: {
        CONTRIBUTING: 'NGUOI_THAM_GIA',
        PENSIONER: 'NGUOI_HUONG_LUONG_HUU',
        MONTHLY_BENEFIT: 'NGUOI_HUONG_TRO_CAP_HANG_THANG',
        RESERVED: 'BAO_LUU',
        NOT_PARTICIPATING: 'CHUA_THAM_GIA',
    },
    contributionScheme: { COMPULSORY: 'BAT_BUOC', VOLUNTARY: 'TU_NGUYEN' },
    socialCategory: {
        SOCIAL_ASSISTANCE: 'BAO_TRO_XA_HOI',
        SOCIAL_PENSION: 'HUU_TRI_XA_HOI',
        PERSON_WITH_MERIT: 'NGUOI_CO_CONG',
        VETERAN: 'CUU_CHIEN_BINH',
    },
    agencyLevel: { UBND_XA: 'XA', SO_NOI_VU: 'TINH' },
    vneidStatus: {
        ACTIVE: 'HOAT_DONG',
        NOT_ACTIVATED: 'CHUA_KICH_HOAT',
        LOCKED: 'BI_KHOA',
    },
    deathPlace: { HOME: 'NHA_RIENG', HEALTH_FACILITY: 'CO_SO_KCB' },
};
