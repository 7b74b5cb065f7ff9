/**
 * The life of a registration, the same for births and deaths: intake, decision by the clock on
 * read (same working day, 15:00 cut-off), supplement within 7 working days.
 * @see DOMAIN.md §3 "Supplement", §5, §7; specs/hotich.yaml
 */
import type { Problem } from '../../contracts/problems.js';
import { type MockContext, type Preference } from '../kit/index.js';
import { type Decision } from './lifecycle.js';
import type { CallerContext } from './peers.js';
import { type RegistrationRecord } from './state.js';
/** What a request must carry for the shared flow. */
interface FlowRequest {
    readonly maHoSo: string;
    readonly maDonVi: string;
    readonly maXaDangKy: string;
}
/** The kind-specific parts of the flow (birth or death). */
export interface RegistrationKind<R extends RegistrationRecord, Req extends FlowRequest, Sup> {
    readonly prefix: 'KS' | 'KT';
    /** Time limit in working days (0: the same working day). */
    readonly limit: (ctx: MockContext) => number;
    /** Codes a forced refusal or duplicate carries when `Prefer` names no reason. */
    readonly defaults: {
        readonly refuse: string;
        readonly duplicate: string;
    };
    readonly evaluate: (ctx: MockContext, caller: CallerContext, request: Req, selfId?: string) => Promise<Decision>;
    readonly register: (ctx: MockContext, record: R) => Promise<R>;
    /** A record in status 1 for `request`, with the subject (child key or person) when known. */
    readonly build: (draft: Draft<Req>) => R;
    /** The request with the supplement's blocks replacing the old ones. */
    readonly merge: (request: Req, supplement: Sup) => Req;
}
/** What {@link RegistrationKind.build} needs. */
export interface Draft<Req> {
    readonly id: string;
    readonly request: Req;
    readonly officerId: string;
    readonly subject: string | null;
    readonly receivedAt: string;
    readonly hanXuLy: string;
    readonly now: string;
}
/**
 * Receives a registration request: `Prefer` or the rules decide; a refusal is a 409/422 problem
 * and nothing is stored; otherwise the registration is stored in its status (4 at once when
 * eligible and received on a working day up to the cut-off).
 * @see DOMAIN.md §5; specs/hotich.yaml `hotichRegisterBirth`, `hotichRegisterDeath`
 */
export declare function intake<R extends RegistrationRecord, Req extends FlowRequest, Sup>(ctx: MockContext, kind: RegistrationKind<R, Req, Sup>, request: Req, officerId: string, prefer: Preference): Promise<R | Problem>;
/**
 * Brings a stored registration up to the clock: a supplement not received in time ends in
 * status 0 (200 RECORD_UNCOMPLETE); a registration due for decision is decided (status 1 is
 * examined again, status 3 registered). Saved when it changed.
 * @see DOMAIN.md §3 "Supplement" (rejected after 7 WD), §5
 */
export declare function refresh<R extends RegistrationRecord, Req extends FlowRequest, Sup>(ctx: MockContext, kind: RegistrationKind<R, Req, Sup>, record: R): Promise<R>;
/**
 * Answers a registration in status 2 with a supplement: 409 unless in status 2, 422 after the
 * deadline; the merged dossier is examined again from now (a complete one is registered the
 * same working day).
 * @see specs/hotich.yaml `hotichSupplementBirth`, `hotichSupplementDeath`; DOMAIN.md §3
 */
export declare function supplement<R extends RegistrationRecord, Req extends FlowRequest, Sup>(ctx: MockContext, kind: RegistrationKind<R, Req, Sup>, stored: R, body: Sup, prefer: Preference): Promise<R | Problem>;
export {};
