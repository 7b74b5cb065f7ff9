/**
 * What the residence system asks other systems, through the sandbox dispatch (validation, faults
 * and journal apply): the population database (`dancu`) for identity and death, VNeID for the
 * household head's consent. A 4xx/5xx answer is an expected outcome, never a crash.
 * @see DESIGN.md §3, §6 ("the hub talks to agencies only through dispatch")
 */
import type { components as VneidSchemas } from '../../contracts/generated/vneid.js';
import { type CitizenPurpose, type MockContext } from '../kit/index.js';
type Purpose = CitizenPurpose;
/** A VNeID confirmation as vneid.yaml defines it. */
export type Confirmation = VneidSchemas['schemas']['Confirmation'];
/** Who asks and for which dossier: the headers every citizen read carries. */
export interface CallerContext {
    readonly officerId: string;
    readonly dossier: string;
}
/** A citizen as the population database reports them, for the purpose asked. */
export interface CitizenFacts {
    readonly id: string;
    readonly hoTen?: string;
    readonly ngaySinh?: string;
    readonly gioiTinh?: string;
    readonly dead: boolean;
    readonly deathDate: string | null;
}
/** The population database's answer: found, unknown, or no usable answer. */
export type CitizenAnswer = {
    readonly kind: 'FOUND';
    readonly citizen: CitizenFacts;
} | {
    readonly kind: 'NOT_FOUND';
} | {
    readonly kind: 'UNAVAILABLE';
};
/**
 * Looks a citizen up in the population database for a purpose (`DK_THUONG_TRU`,
 * `XOA_THUONG_TRU`). An answer about another person than the one asked says nothing of them.
 * @see mocks/kit/citizens.ts `lookupCitizen`; SECURITY.md §3
 */
export declare function lookupCitizen(ctx: MockContext, soDinhDanh: string, purpose: Purpose, caller: CallerContext): Promise<CitizenAnswer>;
/** VNeID's answer about a confirmation. */
export type ConfirmationAnswer = {
    readonly kind: 'FOUND';
    readonly confirmation: Confirmation;
} | {
    readonly kind: 'NOT_FOUND';
} | {
    readonly kind: 'REJECTED';
    readonly code: string;
} | {
    readonly kind: 'UNAVAILABLE';
};
/**
 * Reads a confirmation the household head answered (or not) in VNeID.
 * @see specs/vneid.yaml `vneidGetConfirmation`
 */
export declare function getConfirmation(ctx: MockContext, maXacNhan: string, caller: CallerContext): Promise<ConfirmationAnswer>;
/** What the head is asked to consent to: who is registered, and who asked. */
export interface ConsentQuestion {
    readonly headId: string;
    readonly text: string;
    readonly deadline: string;
    /** The registrant (`nguoiLienQuan`). */
    readonly registrant: VneidSchemas['schemas']['ConfirmationSubject'];
    /** The declarant of the CT01 and their declared relationship to the registrant (`nguoiDeNghi`). */
    readonly declarant: VneidSchemas['schemas']['ConfirmationRequester'];
}
/**
 * Asks the household head in VNeID to consent (`DONG_Y_CHU_HO`), naming the registrant and the
 * declarant so the head (and the simulated citizen) knows whom it is about even when VNeID has no
 * profile of the registrant yet (a newborn). A 404/422 (no account, not level 2…) means the head
 * cannot consent there.
 * @see specs/vneid.yaml `vneidRequestConfirmation`
 */
export declare function requestConsent(ctx: MockContext, question: ConsentQuestion, caller: CallerContext): Promise<ConfirmationAnswer>;
export {};
