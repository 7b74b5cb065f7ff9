/**
 * Writes the outcome of a registration in one transaction: registered (the people join the
 * household, CT08 issued), refused (CT06 issued) or waiting for the head in VNeID.
 * @see DOMAIN.md §3 step 8a; specs/cutru.yaml `ResidenceRegistration`
 */
import type { Problem } from '../../contracts/problems.js';
import { type MockContext, type Reason } from '../kit/index.js';
import { type Joiner } from './membership.js';
import { type HouseholdRecord, type RegistrationRecord } from './state.js';
/** What is decided: register, refuse with reasons, or wait for the head's VNeID answer. */
export type Decision = {
    readonly kind: 'REGISTER';
    readonly confirmationId?: string;
} | {
    readonly kind: 'REFUSE';
    readonly reasons: readonly Reason[];
    readonly confirmationId?: string;
} | {
    readonly kind: 'WAIT';
    readonly confirmationId: string;
};
/** A registration before its outcome: received, with its time limit, household and people. */
export interface Draft {
    /** Set when the registration already exists (a pending one being decided). */
    readonly maDangKy?: string;
    readonly request: RegistrationRecord['request'];
    readonly officerId: string;
    readonly receivedAt: string;
    readonly dueAt: string;
    readonly household: HouseholdRecord;
    readonly joiners: readonly Joiner[];
}
/**
 * Decides and stores a registration atomically; a second registration of the same dossier
 * (a race with another request) is a 409.
 * @see specs/cutru.yaml `cutruRegisterPermanentResidence` (409 REGISTRATION_EXISTS)
 */
export declare function settle(ctx: MockContext, draft: Draft, decision: Decision): Promise<RegistrationRecord | Problem>;
