/**
 * What Vietnam Social Security keeps: everyone it knows (with their insurance record, if any),
 * the under-6 BHYT cards, the initial-care facilities, death-benefit claims and their payments.
 * @see specs/bhxh.yaml; DOMAIN.md §2 A8
 */
import type { components } from '../../contracts/generated/bhxh.js';
import type { Population } from '../domain/population/index.js';
import type { InsuranceRecord } from '../domain/population/index.js';
import type { SignedDocument } from '../kit/index.js';
import type { BaseBuilder, CollectionDefinition } from '../ports/store/index.js';
type Schemas = components['schemas'];
/** A person in the BHXH household database; `record` is null for someone who never took part. */
export interface Participant {
    readonly id: string;
    readonly hoTen: string;
    readonly ngaySinh: string;
    readonly gioiTinh: Schemas['HealthInsuranceCard']['gioiTinh'];
    /** Province of the permanent (else current) address: the managing BHXH office. */
    readonly maTinh: string;
    readonly record: InsuranceRecord | null;
}
/** An under-6 BHYT card (TE1) as BHXH stores it. */
export interface StoredCard {
    readonly maTheBhyt: string;
    readonly maSoBhxh: string;
    readonly soDinhDanh: string;
    readonly hoTen: string;
    readonly ngaySinh: string;
    readonly gioiTinh: Schemas['HealthInsuranceCard']['gioiTinh'];
    readonly maTinh: string;
    readonly giaTriTu: string;
    readonly giaTriDen: string;
    readonly noiKcbBanDau: Schemas['InitialCareFacility'];
    /** Dossier and instant of issuance; null for cards loaded with the population. */
    readonly maHoSo: string | null;
    readonly thoiDiemCap: string | null;
    readonly giayTo: SignedDocument | null;
}
/** An initial-care facility BHXH contracts with. */
export interface Facility {
    readonly code: string;
    readonly name: string;
    readonly provinceCode: string;
}
/** A death-benefit claim: its wire shape plus what payment needs (the full bank account). */
export interface StoredClaim {
    readonly claim: Schemas['DeathBenefitClaim'];
    readonly taiKhoanNganHang: Schemas['BankAccount'];
}
/** One payment made (or due) for a granted benefit. */
export interface StoredPayment {
    /** `{maHoSoHuong}|{kyChiTra}|{order of cheDo}`: sorts a claim's payments oldest first. */
    readonly id: string;
    readonly maHoSoHuong: string;
    readonly maChiTra: string;
    readonly cheDo: Schemas['BhxhBenefitKind'];
    readonly kyChiTra: string;
    readonly soTien: number;
    /** Planned payment date (yyyy-MM-dd). */
    readonly ngayDuKienChi: string;
    /** Payee's name, compared with the account holder when paying. */
    readonly nguoiHuong: string;
}
/** `bhxh.participants`, unique by BHXH code. */
export declare const PARTICIPANTS: CollectionDefinition<Participant, 'byBhxhCode'>;
/** `bhxh.cards`, one per child. */
export declare const CARDS: CollectionDefinition<StoredCard, 'byPerson'>;
/** `bhxh.facilities`. */
export declare const FACILITIES: CollectionDefinition<Facility>;
/** `bhxh.claims`, indexed by the deceased. */
export declare const CLAIMS: CollectionDefinition<StoredClaim, 'byDeceased'>;
/** `bhxh.payments`, indexed by claim. */
export declare const PAYMENTS: CollectionDefinition<StoredPayment, 'byClaim'>;
/** Collection names, `bhxh.<name>`. */
export declare const COLLECTIONS: {
    readonly participants: "bhxh.participants";
    readonly cards: "bhxh.cards";
    readonly facilities: "bhxh.facilities";
    readonly claims: "bhxh.claims";
    readonly payments: "bhxh.payments";
};
/**
 * Loads BHXH's share of the population: every person (with the insurance record when there is
 * one), the TE1 cards and the facility catalogue.
 * @see MockSystem.seed
 */
export declare function seed(builder: BaseBuilder, population: Population): Promise<void>;
export {};
