import type { components as dancu } from '../../contracts/generated/dancu.js';
import type { components as yte } from '../../contracts/generated/yte.js';
import type { MockContext } from '../kit/index.js';
/** What a partner answered: the success body, a problem with its status, or nothing usable. */
export type PeerAnswer<T> = {
    readonly kind: 'ok';
    readonly value: T;
} | {
    readonly kind: 'problem';
    readonly status: number;
    readonly code: string | undefined;
} | {
    readonly kind: 'unavailable';
    readonly status: number;
};
/** Who is calling and for which dossier: the officer account (or system account) and `maHoSo`. */
export interface CallerContext {
    readonly officerId: string;
    readonly maHoSo: string;
}
/** The account the software uses when no officer forwarded the request. */
export declare const SYSTEM_ACCOUNT = "hethong.hotich";
type Purpose = 'KHAI_SINH' | 'KHAI_TU';
/**
 * Looks a citizen up in the population database for a purpose (`KHAI_SINH` for the mother,
 * `KHAI_TU` for the deceased).
 * @see specs/dancu.yaml `dancuLookupCitizen`
 */
export declare function lookupCitizen(ctx: MockContext, caller: CallerContext, soDinhDanh: string, purpose: Purpose): Promise<PeerAnswer<dancu['schemas']['CitizenRecord']>>;
/**
 * Fetches a medical birth certificate from the health system.
 * @see specs/yte.yaml `yteGetBirthCertificate`
 */
export declare function fetchBirthCertificate(ctx: MockContext, caller: CallerContext, code: string): Promise<PeerAnswer<yte['schemas']['BirthCertificate']>>;
/**
 * Fetches a medical death notice from the health system.
 * @see specs/yte.yaml `yteGetDeathNotice`
 */
export declare function fetchDeathNotice(ctx: MockContext, caller: CallerContext, code: string): Promise<PeerAnswer<yte['schemas']['DeathNotice']>>;
/**
 * Asks the population database for the child's personal ID number. A second request for the
 * same registration (409 after a lost answer) reads the issuance back instead.
 * @see specs/dancu.yaml `dancuIssuePersonalId`, `dancuGetPersonalIdIssuance`; DOMAIN.md §3 step 5
 */
export declare function issuePersonalId(ctx: MockContext, caller: CallerContext, request: dancu['schemas']['PersonalIdRequest']): Promise<PeerAnswer<dancu['schemas']['PersonalIdIssuance']>>;
/**
 * Records the death in the population database. `ALREADY_DECEASED` (409) counts as done: the
 * register already says what this registration asks it to say.
 * @see specs/dancu.yaml `dancuRecordDeath`; DOMAIN.md §4 step 3
 */
export declare function recordDeath(ctx: MockContext, caller: CallerContext, request: dancu['schemas']['DeathRecordRequest']): Promise<PeerAnswer<undefined>>;
export {};
