/**
 * The MOJ status model shared by births and deaths: what a decision does to a registration
 * (status, reasons, MOJ error, deadlines), forced outcomes from `Prefer`, registration ids.
 * @see DOMAIN.md §7 (statuses 1/2/3/4/0, error codes); specs/hotich.yaml
 */
import { type Problem } from '../../contracts/problems.js';
import { type MockContext, type Preference, type Reason } from '../kit/index.js';
import { type MojErrorCode } from './problems.js';
import { type MojStatus } from './rules.js';
/** What the rules (or a `Prefer` header) decided about a request. */
export type Decision = {
    readonly kind: 'refuse';
    readonly status: 409 | 422;
    readonly code: string;
    readonly lyDo: readonly Reason[];
} | {
    readonly kind: 'unavailable';
    readonly system: string;
} | {
    readonly kind: 'error';
    readonly maLoi: MojErrorCode;
    readonly lyDo: readonly Reason[];
} | {
    readonly kind: 'supplement';
    readonly lyDo: readonly Reason[];
} | {
    readonly kind: 'eligible';
    readonly subject: string;
} | {
    readonly kind: 'pending';
} | {
    readonly kind: 'register';
};
/** Outcomes `Prefer` may force on a registration. @see specs/hotich.yaml `hotichRegisterBirth` */
export declare const REGISTER_OUTCOMES: string[];
/** Outcomes `Prefer` may force on a supplement (all but `duplicate`). */
export declare const SUPPLEMENT_OUTCOMES: string[];
/**
 * The decision a `Prefer: outcome=…` forces, `undefined` without one, or a 400 problem for a
 * reason or `maLoi` the contract cannot carry.
 * @see specs/hotich.yaml (`outcome=supplement; reason=…`, `outcome=error; maLoi=…`); STYLE.md rule 9
 */
export declare function forcedDecision(prefer: Preference, defaults: {
    readonly refuse: string;
    readonly duplicate: string;
}): Decision | Problem | undefined;
/** Whether a result is a problem (a decision or a record has no `type`). */
export declare function isProblem<T extends object>(value: T | Problem | undefined): value is Problem;
/** The problem a refusal answers with. */
export declare function refusalProblem(decision: Extract<Decision, {
    kind: 'refuse';
}>): Problem;
/** The status fields of a registration view (the rest of the view stays as it was). */
export interface StatusFields {
    readonly trangThai: MojStatus;
    readonly trangThaiMoTa: string;
    readonly maLoi?: MojErrorCode;
    readonly lyDo?: Reason[];
    readonly hanBoSung?: string;
}
/**
 * Status fields for a registration put in status 0 (with its MOJ error), 1, 2 (with the
 * supplement deadline, 7 working days) or 3.
 * @see DOMAIN.md §3 "Supplement", §7
 */
export declare function statusFields(ctx: Pick<MockContext, 'calendar' | 'clock' | 'regime'>, status: 0 | 1 | 2 | 3 | 4, lyDo?: readonly Reason[], maLoi?: MojErrorCode): StatusFields;
/** Removes the status-specific fields of a view before new ones are applied. */
export declare function withoutStatus<V extends object>(view: V): V;
/**
 * A new registration id `{KS|KT}-{province}-{year}-{NNNNNN}` from the sandbox sequence of that
 * kind, province and year.
 * @see specs/hotich.yaml `RegistrationId`
 */
export declare function newRegistrationId(ctx: MockContext, kind: 'KS' | 'KT', province: string): Promise<string>;
/**
 * The next entry number (`soDangKy`) in a commune's register of a kind for this year.
 * @see Thông tư 04/2020/TT-BTP (sổ đăng ký hộ tịch)
 */
export declare function nextEntryNumber(ctx: MockContext, kind: 'KS' | 'KT', commune: string): Promise<string>;
