/**
 * Receiving a linked dossier: the checks of `lienthongSubmitDossier` (procedure in force, allowed
 * combination, data each chosen leg needs, evidence, the applicant's level-2 VNeID account, a
 * child under 6, a deceased who is in the register) and the new record with its code,
 * appointment slip and planned legs.
 * @see specs/lienthong.yaml `lienthongSubmitDossier`; DOMAIN.md §3, §4, §5, §6.5
 */
import type { Problem } from '../../contracts/problems.js';
import { type Result } from '../../contracts/result.js';
import { type LegPlan } from '../../mocks/domain/regimes/index.js';
import type { MockContext } from '../../mocks/kit/context.js';
import type { DossierRecord, DossierSubmission } from './model.js';
/** What the checks establish about a submission. */
export interface Accepted {
    readonly plan: LegPlan;
    readonly provinceCode: string;
}
/** The code checks that need no other system. */
export declare function checkSubmission(ctx: Pick<MockContext, 'regime' | 'calendar'>, s: DossierSubmission, now: Date, clientProvince: string | undefined): Result<Accepted, Problem>;
/**
 * The checks against other systems, through the pipeline: the applicant's VNeID account is level
 * 2 (online submissions), the deceased is in the population register.
 */
export declare function checkPeople(ctx: MockContext, s: DossierSubmission, maHoSo: string): Promise<Problem | undefined>;
/** The next dossier code of a province's receiving agency on a day, and the receipt number. */
export declare function newDossierCode(ctx: Pick<MockContext, 'store'>, provinceCode: string, now: Date): Promise<{
    readonly maHoSo: string;
    readonly agency: string;
    readonly soBienNhan: string;
}>;
/** The new record of an accepted submission (status 2, every leg waiting). */
export declare function newDossier(input: {
    readonly ctx: Pick<MockContext, 'calendar'>;
    readonly submission: DossierSubmission;
    readonly accepted: Accepted;
    readonly code: {
        readonly maHoSo: string;
        readonly agency: string;
        readonly soBienNhan: string;
    };
    readonly clientId: string;
    readonly provinceMode: 'simulated' | 'connected';
    readonly idempotency: {
        readonly key: string;
        readonly hash: string;
    };
    readonly now: Date;
}): DossierRecord;
