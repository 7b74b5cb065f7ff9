import type { components } from '../../../contracts/generated/bhxh.js';
import type { DossierRecord, Group1Submission, SignedDocument } from '../model.js';
import type { LegAdapter, LegCall, LegOutcome } from './adapter.js';
type Schemas = components['schemas'];
type CardRequest = Schemas['ChildCardRequest'];
/**
 * Who declares for the child: the requester when a parent or guardian, else the mother (or the
 * father) with a known ID number. The e-form has no separate TK1-TS declarant.
 */
export declare function parentOf(form: Group1Submission): Schemas['ParentOrGuardian'] | undefined;
/**
 * Where the birth was registered: the commune the certificate names (`noiDangKy`) in the
 * province of its issuing agency (`000.00.00.H38` → 38); else the mother's residence.
 */
export declare function birthPlaceOf(dossier: DossierRecord, certificate: SignedDocument): Schemas['BirthRegistrationPlace'];
/**
 * The TK1-TS: the child as the e-form declares them with the ID number from leg KS, the
 * residence address when the e-form registers one (BHXH takes the registered address
 * otherwise), the initial-care facility and poor-household certificate of the BHYT part, and
 * the signed birth certificate itself.
 * @see specs/bhxh.yaml `ChildCardRequest`; NĐ 63/2024 Art. 26(2)
 */
export declare function cardRequest(call: LegCall): Promise<CardRequest | LegOutcome>;
/**
 * BHYT: issues the card (`bhxhIssueChildCard`, decided at once). `check` reads the card with
 * `bhxhGetCard`; BHXH keeps no signed copy there, so a card found is issued again (idempotent
 * per child: the same card, freshly signed).
 */
export declare const childHealthCard: LegAdapter;
export {};
