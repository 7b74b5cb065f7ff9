/**
 * The synthetic population's domain model, in English. The mocks map it to the Vietnamese wire
 * shapes (`wire-vocabulary.ts` holds the enum tables): Person → dancu `CitizenRecord`, Household
 * → cutru `Household`, InsuranceRecord → bhxh `InsuranceRecord`, ChildHealthCard → bhxh
 * `ChildHealthInsuranceCard`, SocialAffairsRecord → xahoi `BeneficiaryRecord`, VneidAccount →
 * vneid `VneidAccount`, MedicalBirthCertificate → yte `BirthCertificate`.
 * @see SECURITY.md §3 (the 20 basic citizen fields); DOMAIN.md §6
 */
import type { AgencyLevel } from '../regimes/index.js';
/** Sex as the ID number encodes it. @see DOMAIN.md §6.1 */
export type Sex = 'MALE' | 'FEMALE';
/** @see specs/dancu.yaml `MaritalStatus` */
export type MaritalStatus = 'SINGLE' | 'MARRIED' | 'DIVORCED' | 'WIDOWED';
/** ABO blood group. @see specs/dancu.yaml `BloodGroup` */
export type BloodGroup = 'A' | 'B' | 'AB' | 'O';
/**
 * Relationship to the household head. `CHILD_IN_LAW` (con dâu, con rể) has no wire value of its
 * own and goes out as `KHAC`. @see specs/common.yaml `Relationship`
 */
export type Relationship = 'HEAD' | 'WIFE' | 'HUSBAND' | 'CHILD' | 'CHILD_IN_LAW' | 'GRANDCHILD' | 'FATHER' | 'MOTHER';
/**
 * Permanent-residence state: registered, deregistered (after a registered death) or never
 * registered (e.g. a newborn whose birth is registered but not yet the residence).
 * @see specs/cutru.yaml `CitizenResidence.trangThai`
 */
export type ResidenceStatus = 'REGISTERED' | 'DEREGISTERED' | 'NOT_REGISTERED';
/**
 * A commune-level place (birth registration, hometown); one shared object per commune.
 * @see specs/dancu.yaml `Locality`
 */
export interface Locality {
    /** 5-digit commune code of the post-2025 catalogue. */
    readonly communeCode: string;
    /** 2-digit province code of the post-2025 catalogue. */
    readonly provinceCode: string;
}
/**
 * An address: house/street detail plus a real commune; shared by everyone living there.
 * @see specs/common.yaml `Address`
 */
export interface Address extends Locality {
    /** House number, street, hamlet (`chiTiet`), e.g. "Số 45, đường Trần Hưng Đạo, khu phố 2". */
    readonly detail: string;
}
/**
 * A death. `registeredOn` is null while the death is not yet in the civil-status register: the
 * population database then still shows the person alive (that is what group 2 changes).
 * @see DOMAIN.md §4
 */
export interface Death {
    readonly date: string;
    readonly registeredOn: string | null;
    readonly place: 'HOME' | 'HEALTH_FACILITY';
}
/**
 * A VNeID account: level 0 means no account. The few distinct values are shared objects.
 * @see specs/vneid.yaml `VneidAccount`; NĐ 69/2024/NĐ-CP
 */
export interface VneidAccount {
    readonly level: 0 | 1 | 2;
    readonly status: 'ACTIVE' | 'NOT_ACTIVATED' | 'LOCKED';
}
/**
 * One citizen: the 20 basic fields of the population database plus links and residence.
 * @see SECURITY.md §3; specs/dancu.yaml `CitizenRecord`
 */
export interface Person {
    /** Personal ID number (số định danh cá nhân), `AAA G YY NNNNNN`. */
    readonly id: string;
    /** Legacy 9-digit CMND number, for adults who held one. */
    readonly legacyIdNumber: string | null;
    readonly surname: string;
    /** Middle name(s) (chữ đệm); empty for naming styles without one. */
    readonly middleName: string;
    readonly givenName: string;
    /** Full name in the customary order of the naming style, NFC. */
    readonly fullName: string;
    readonly birthDate: string;
    readonly sex: Sex;
    /** Ethnicity code of the MOJ/GSO catalogue ("01" Kinh). */
    readonly ethnicity: string;
    /** Religion, "Không" for none. */
    readonly religion: string;
    /** ISO 3166-1 alpha-2; always "VN" here. */
    readonly nationality: string;
    readonly maritalStatus: MaritalStatus;
    readonly birthRegistration: Locality;
    readonly birthRegisteredOn: string;
    /** Hometown (quê quán): the father's, else the mother's. */
    readonly hometown: Locality;
    readonly residence: ResidenceStatus;
    /** The household address while registered; the last one once deregistered. */
    readonly permanentAddress: Address | null;
    readonly residenceSince: string | null;
    readonly temporaryAddress: Address | null;
    readonly currentAddress: Address;
    readonly bloodGroup: BloodGroup | null;
    readonly fatherId: string | null;
    readonly motherId: string | null;
    /** Spouse while married; a registered-dead person keeps the spouse they had at death. */
    readonly spouseId: string | null;
    readonly householdId: string | null;
    readonly relationshipToHead: Relationship | null;
    readonly death: Death | null;
    readonly vneid: VneidAccount;
}
/**
 * One member of a household and their relationship to the head.
 * @see specs/dancu.yaml `HouseholdMember`
 */
export interface HouseholdMember {
    readonly personId: string;
    readonly relationship: Relationship;
}
/**
 * A household (hộ gia đình) in the residence register; members include the head.
 * @see specs/cutru.yaml `Household`
 */
export interface Household {
    /** `HO-{province}-{8 digits}`. */
    readonly id: string;
    readonly address: Address;
    readonly headId: string;
    readonly members: readonly HouseholdMember[];
    readonly registeredOn: string;
}
/** Social-insurance category. @see specs/bhxh.yaml `InsuranceRecordCategory` */
export type InsuranceCategory = 'CONTRIBUTING' | 'PENSIONER' | 'MONTHLY_BENEFIT' | 'RESERVED' | 'NOT_PARTICIPATING';
/**
 * One employment (contribution) period; months are `yyyy-MM`, `to` null while open.
 * @see specs/bhxh.yaml `ContributionPeriod`
 */
export interface ContributionPeriod {
    readonly from: string;
    readonly to: string | null;
    readonly scheme: 'COMPULSORY' | 'VOLUNTARY';
    readonly employer: string;
    readonly salary: number;
}
/**
 * A person's social-insurance record. Children with a TE1 card have one too
 * (`NOT_PARTICIPATING`, no periods): the card carries their BHXH code.
 * @see specs/bhxh.yaml `InsuranceRecord`; DOMAIN.md §4, §6.2
 */
export interface InsuranceRecord {
    readonly personId: string;
    readonly bhxhCode: string;
    readonly category: InsuranceCategory;
    readonly compulsoryMonths: number;
    readonly totalMonths: number;
    readonly contributing: boolean;
    /** Monthly pension (pensioners) or monthly allowance (monthly-benefit recipients). */
    readonly monthlyAmount: number | null;
    readonly periods: readonly ContributionPeriod[];
}
/**
 * The free BHYT card of a child under 6 (TE1).
 * @see specs/bhxh.yaml `ChildHealthInsuranceCard`; DOMAIN.md §6.2
 */
export interface ChildHealthCard {
    readonly personId: string;
    readonly cardNumber: string;
    readonly bhxhCode: string;
    readonly provinceCode: string;
    readonly validFrom: string;
    readonly validTo: string;
    /** Initial-care facility: the health station of the child's commune. */
    readonly initialCareFacility: string;
}
/**
 * Social-affairs categories, named as the regimes' deceased categories.
 * @see ../regimes `DECEASED_CATEGORIES`
 */
export type SocialCategory = 'SOCIAL_ASSISTANCE' | 'SOCIAL_PENSION' | 'PERSON_WITH_MERIT' | 'VETERAN';
/**
 * The agency managing an entitlement.
 * @see specs/xahoi.yaml `DecidingAgency`
 */
export interface ManagingAgency {
    readonly level: Extract<AgencyLevel, 'UBND_XA' | 'SO_NOI_VU'>;
    readonly name: string;
    readonly provinceCode: string;
    readonly communeCode: string | null;
}
/** One category a person belongs to. @see specs/xahoi.yaml `BeneficiaryEntitlement` */
export interface Entitlement {
    readonly category: SocialCategory;
    readonly description: string;
    readonly receiving: boolean;
    readonly since: string;
    readonly monthlyAllowance: number | null;
    readonly agency: ManagingAgency;
}
/** @see specs/xahoi.yaml `BeneficiaryRecord` */
export interface SocialAffairsRecord {
    readonly personId: string;
    readonly entitlements: readonly Entitlement[];
}
/** A health facility; codes are the province code + 3 digits. @see specs/yte.yaml */
export interface HealthFacility {
    readonly code: string;
    readonly name: string;
    readonly provinceCode: string;
    readonly communeCode: string;
    readonly level: 'BAN_DAU' | 'CO_BAN' | 'CHUYEN_SAU';
}
/**
 * A medical birth certificate (GCS). `PENDING`: the child is born, not yet registered (no ID
 * number yet); `REGISTERED`: used for a registration, `childId` set.
 * @see specs/yte.yaml `BirthCertificate`; DOMAIN.md §3 step 0, §6.3
 */
export interface MedicalBirthCertificate {
    readonly code: string;
    readonly facilityCode: string;
    readonly motherId: string;
    /** ISO 8601 with +07:00. */
    readonly birthTime: string;
    readonly sex: Sex;
    readonly weightGrams: number;
    readonly intendedName: string;
    readonly caesarean: boolean;
    readonly attendant: string;
    readonly issuedAt: string;
    readonly status: 'PENDING' | 'REGISTERED';
    readonly childId: string | null;
}
/** A medical death notice (GBT) for a death at a facility. @see specs/yte.yaml `DeathNotice` */
export interface MedicalDeathNotice {
    readonly code: string;
    readonly facilityCode: string;
    readonly personId: string;
    readonly deathTime: string;
    readonly issuedAt: string;
}
