/**
 * Domain value → wire value, one table per enum. `CHILD_IN_LAW` has no wire value and goes out
 * as `KHAC`.
 * @see specs/common.yaml `Sex`, `Relationship`; specs/dancu.yaml `MaritalStatus`;
 * specs/cutru.yaml `CitizenResidence.trangThai`; specs/bhxh.yaml `InsuranceRecordCategory`,
 * `ContributionPeriod.loaiHinh`; specs/xahoi.yaml `BeneficiaryCategory`, `DecidingAgency.cap`;
 * specs/vneid.yaml `VneidAccount.trangThai`; specs/yte.yaml `AddressPlace.loaiNoi`
 */
export declare const WIRE: {
    readonly sex: {
        MALE: string;
        FEMALE: string;
    };
    readonly maritalStatus: {
        SINGLE: string;
        MARRIED: string;
        DIVORCED: string;
        WIDOWED: string;
    };
    readonly relationship: {
        HEAD: string;
        WIFE: string;
        HUSBAND: string;
        CHILD: string;
        CHILD_IN_LAW: string;
        GRANDCHILD: string;
        FATHER: string;
        MOTHER: string;
    };
    readonly residence: {
        REGISTERED: string;
        DEREGISTERED: string;
        NOT_REGISTERED: string;
    };
    readonly insuranceCategory: {
        CONTRIBUTING: string;
        PENSIONER: string;
        MONTHLY_BENEFIT: string;
        RESERVED: string;
        NOT_PARTICIPATING: string;
    };
    readonly contributionScheme: {
        readonly COMPULSORY: "BAT_BUOC";
        readonly VOLUNTARY: "TU_NGUYEN";
    };
    readonly socialCategory: {
        SOCIAL_ASSISTANCE: string;
        SOCIAL_PENSION: string;
        PERSON_WITH_MERIT: string;
        VETERAN: string;
    };
    readonly agencyLevel: {
        UBND_XA: string;
        SO_NOI_VU: string;
    };
    readonly vneidStatus: {
        ACTIVE: string;
        NOT_ACTIVATED: string;
        LOCKED: string;
    };
    readonly deathPlace: {
        HOME: string;
        HEALTH_FACILITY: string;
    };
};
