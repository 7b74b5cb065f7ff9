/**
 * Permanent-residence registration (CT01 → CT08 or CT06): gathering the facts from the register,
 * the population database and VNeID, then deciding with rules.ts.
 * @see DOMAIN.md §3 step 8a, §5 (≤ 2 WD); specs/cutru.yaml `cutruRegisterPermanentResidence`
 */
import type { Problem } from '../../contracts/problems.js';
import type { components } from '../../contracts/generated/cutru.js';
import type { MockContext, Preference, Reason } from '../kit/index.js';
import type { Joiner } from './membership.js';
import { type ConsentRoute, type IdentityFacts } from './rules.js';
import type { HouseholdRecord, ResidentRecord } from './state.js';
import { type CallerContext } from './upstream.js';
type Request = components['schemas']['PermanentResidenceRequest'];
/** The facts of a registration request once its people and household are known. */
export interface RegistrationFacts {
    readonly household: HouseholdRecord;
    readonly head: ResidentRecord;
    readonly joiners: readonly Joiner[];
    /** Identity of each joiner as the population database (or the register) holds it. */
    readonly registered: readonly Partial<IdentityFacts>[];
}
/** The people a CT01 registers: the registrant, then the members moving in together. */
export declare function joinersOf(request: Request): Joiner[];
/**
 * Finds the household (the one the declared head heads; `maHo`, when given, must be it) and
 * identifies every joiner. Problems are the 422/503 answers of the spec.
 */
export declare function gatherFacts(ctx: MockContext, request: Request, caller: CallerContext): Promise<RegistrationFacts | Problem>;
/**
 * Refusal reasons that do not depend on consent: the address, the declared identities and the
 * head against the register, and an unsigned CT01. Residence conflicts are checked when the
 * registration is written (membership.ts `conflictsNow`).
 * @see rules.ts
 */
export declare function intakeReasons(request: Request, facts: RegistrationFacts, route: ConsentRoute): Reason[];
/** A forced outcome: `register` skips every business check, `refuse` refuses with a reason. */
export type Forced = 'REGISTER' | readonly Reason[] | null;
/**
 * Decodes `Prefer: outcome=register | refuse; reason=CODE` (default reason
 * `CHU_HO_CHUA_DONG_Y`); a reason that is no refusal code is a 400.
 * @see STYLE.md rule 9
 */
export declare function forcedOutcome(prefer: Preference): Forced | Problem;
/** Where the head's consent stands. */
export type Consent = {
    readonly kind: 'AGREED';
    readonly confirmationId?: string;
} | {
    readonly kind: 'WAITING';
    readonly confirmationId: string;
} | {
    readonly kind: 'REFUSED';
    readonly reasons: readonly Reason[];
    readonly confirmationId?: string;
};
/**
 * Obtains the head's consent by the request's route: implied (the head declares, or signed the
 * CT01), checked in VNeID (`maXacNhanVneid`), or asked in VNeID now.
 * @see specs/cutru.yaml `cutruRegisterPermanentResidence` (consent modes)
 */
export declare function obtainConsent(ctx: MockContext, request: Request, route: ConsentRoute, question: {
    readonly text: string;
    readonly deadline: string;
}, caller: CallerContext): Promise<Consent | Problem>;
/**
 * Re-reads a pending VNeID consent: a usable answer decides; still waiting after `hanXuLy` is a
 * refusal ("not confirmed within the time limit"); no usable answer leaves it waiting.
 * @see specs/cutru.yaml `ResidenceRefusalSlip` example
 */
export declare function recheckConsent(ctx: MockContext, request: Request, pending: {
    readonly confirmationId: string;
    readonly dueAt: Date;
}, caller: CallerContext): Promise<Consent>;
export {};
