/**
 * Population records → yte wire shapes, and certificate content → the signed document drafts.
 * @see mocks/domain/population/types.ts; specs/yte.yaml
 */
import type { components } from '../../contracts/generated/yte.js';
import { type HealthFacility, type MedicalBirthCertificate, type MedicalDeathNotice, type Person, type Population } from '../domain/population/index.js';
import type { DocumentDraft } from '../kit/index.js';
import type { Facility, StoredBirthCertificate, StoredDeathNotice } from './state.js';
type MotherDetails = components['schemas']['MotherDetails'];
/** Insurance placeholder when the mother has neither a BHXH code nor a BHYT card. @see DOMAIN.md §8 */
export declare const NO_INSURANCE_NUMBER = "0000000000";
/** A catalogue facility in wire form. @see specs/yte.yaml `HealthFacility` */
export declare function facilityOf(f: HealthFacility): Facility;
/**
 * The mother as a facility writes her on the GCS: name in capitals, ID number, residence, her
 * BHXH code or `0000000000`.
 * @see DOMAIN.md §8 "GCS, Mẫu 01"
 */
export declare function motherDetailsOf(mother: Person, population: Population): MotherDetails;
/**
 * A population birth certificate as yte stores it (signed when read).
 * @see specs/yte.yaml `BirthCertificate`
 */
export declare function birthCertificateOf(c: MedicalBirthCertificate, population: Population): StoredBirthCertificate;
/**
 * A population death notice as yte stores it: a death in hospital (admitted three hours before,
 * a sandbox default), cause "không rõ", book number `{sequence}/{year}`.
 * @see specs/yte.yaml `DeathNotice`
 */
export declare function deathNoticeOf(n: MedicalDeathNotice, population: Population): StoredDeathNotice;
/**
 * What the signed GCS says: its code, the facility, the mother and the baby.
 * @see specs/yte.yaml `BirthCertificate.giayTo`; DOMAIN.md §8 (BHXH stream `MA_GCS`)
 */
export declare function birthDocumentDraft(content: StoredBirthCertificate['content'], coQuanCap: string): DocumentDraft;
/**
 * What the signed GBT says: its code, the facility, the deceased and the death.
 * @see specs/yte.yaml `DeathNotice.giayTo`; DOMAIN.md §8 (BHXH stream `MA_GBT`)
 */
export declare function deathDocumentDraft(content: StoredDeathNotice['content'], coQuanCap: string): DocumentDraft;
export {};
