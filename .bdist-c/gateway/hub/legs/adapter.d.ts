/**
 * How the hub drives one leg at its deciding agency: which operation it calls, the request it
 * builds from the dossier, and how it reads the agency's answer. The orchestrator decides *when*
 * (processing profile, dependencies, retries); an adapter only knows *what* to send and how to
 * read the answer, and never touches another system's state (DESIGN.md §6).
 * @see DOMAIN.md §3 steps 7–8, §4 step 4
 */
import type { HandlerOutput } from '../../../contracts/handler.js';
import type { MockContext } from '../../../mocks/kit/context.js';
import type { BenefitBranch, DossierRecord, LegCode, LegRecord, Reason, SignedDocument } from '../model.js';
/** What an agency's answer means for the leg. */
export type LegOutcome = 
/** Decided in favour: the result documents (signed by the agency) and, for KS, the child's ID. */
{
    readonly kind: 'done';
    readonly documents: readonly SignedDocument[];
    readonly soDinhDanh?: string;
    readonly agencyRef?: string;
    /** For a granted benefit read with `check`: its payments so far (bhxhGetClaimPayments). */
    readonly payments?: readonly LegPayment[];
}
/** Decided against (`TU_CHOI`); `documents` may carry a refusal slip (CT06). */
 | {
    readonly kind: 'refused';
    readonly reasons: readonly Reason[];
    readonly documents?: readonly SignedDocument[];
    readonly agencyRef?: string;
}
/** The agency needs more from the citizen (`YEU_CAU_BO_SUNG`). */
 | {
    readonly kind: 'supplement';
    readonly reasons: readonly Reason[];
    readonly noiDung: string;
    readonly agencyRef?: string;
}
/** The agency failed on the request for good (`LOI`): a 4xx that is not a decision. */
 | {
    readonly kind: 'error';
    readonly reasons: readonly Reason[];
}
/** Accepted, not decided yet: read again with `check` at `recheckAt` (or soon). */
 | {
    readonly kind: 'pending';
    readonly agencyRef: string;
    readonly recheckAt?: Date;
}
/** The agency could not be reached or answered 5xx/429: try again later. */
 | {
    readonly kind: 'unavailable';
    readonly reasons: readonly Reason[];
};
/**
 * One payment of a granted benefit (the account masked as the agency shows it).
 * @see specs/bhxh.yaml `PaymentRecord`
 */
export interface LegPayment {
    readonly cheDo: BenefitBranch;
    readonly kyChiTra: string;
    readonly soTien: number;
    readonly trangThai: 'CHO_CHI' | 'DA_CHI' | 'LOI';
}
/** What an adapter sees of the leg it drives. */
export interface LegCall {
    readonly ctx: MockContext;
    readonly dossier: DossierRecord;
    readonly leg: LegRecord;
    /**
     * An officer's decision to carry out (manual profile, `sandboxDecideStep`): the adapter sends
     * the agency's own `Prefer: outcome=…` for it. Undefined: the agency decides by its rules.
     */
    readonly decision?: ForcedDecision;
}
/** A decision forced on the agency: approve, or refuse with a reason code. */
export type ForcedDecision = {
    readonly kind: 'approve';
} | {
    readonly kind: 'refuse';
    readonly reason?: string;
};
/** Drives one kind of leg at one agency. */
export interface LegAdapter {
    /** The operation that starts the leg (shown on pending steps). */
    readonly operationId: string;
    /**
     * The agency sets its own appointment for the decision (the ID card: dancu decides at the
     * `ngayHenTra` it gives): the realistic profile calls it at once instead of waiting its share of
     * the limit, or the two waits would add up past the leg's due time.
     */
    readonly keepsOwnSchedule?: boolean;
    /** Calls the agency to start the leg and reads its answer. */
    start(call: LegCall): Promise<LegOutcome>;
    /** Reads a pending request again (`leg.agencyRef` is set). */
    check(call: LegCall): Promise<LegOutcome>;
    /** One line for pending steps and logs; never a full personal ID number. */
    summary(dossier: DossierRecord, leg: LegRecord): string;
}
/** Which adapter drives a leg: by leg code, and for benefit legs by the branch's system. */
export type AdapterKey = Exclude<LegCode, 'KS' | 'KT' | 'MT' | 'TU'> | `MT:${'bhxh' | 'xahoi'}` | 'TU:bhxh';
/** Reads an agency answer's status into the outcomes every adapter shares. */
export type AnswerReader = (answer: HandlerOutput) => LegOutcome | undefined;
export type { BenefitBranch };
