import type { components as Bhxh } from '../../../contracts/generated/bhxh.js';
import type { components as Xahoi } from '../../../contracts/generated/xahoi.js';
import type { Reason, SignedDocument } from '../model.js';
import type { LegAdapter, LegOutcome } from './adapter.js';
type Claim = Bhxh['schemas']['DeathBenefitClaim'];
type SupportClaim = Xahoi['schemas']['FuneralSupportClaim'];
/** What a claim says about one benefit, whichever agency decides it. */
interface ClaimView {
    readonly agencyRef: string;
    readonly trangThai: Claim['trangThai'];
    readonly hanXuLy: string;
    /** The decision on the leg's benefit, once there is one. */
    readonly decision?: {
        readonly granted: boolean;
        readonly maGiayTo?: string;
        readonly lyDo: readonly Reason[];
    };
    /** Reasons for refusing the whole claim. */
    readonly lyDo: readonly Reason[];
    readonly giayTo: readonly SignedDocument[];
}
/**
 * A claim read into the leg's outcome: the benefit granted → done with its signed decision;
 * not granted, or the claim refused → refused; received or processing → pending until
 * `hanXuLy`.
 */
export declare function claimOutcome(view: ClaimView): LegOutcome;
/** A BHXH claim as seen from the leg of `kind`. */
export declare function bhxhView(claim: Claim, kind: string | undefined): ClaimView;
/** A funeral-support claim as seen from its leg. */
export declare function supportView(claim: SupportClaim): ClaimView;
/** MT:bhxh — the BHXH funeral allowance (MAI_TANG_BHXH). */
export declare const bhxhFuneralAllowance: LegAdapter;
/** TU:bhxh — the one-time or monthly survivor allowance. */
export declare const bhxhSurvivorBenefit: LegAdapter;
/** MT:xahoi — funeral support of the social line, read with `xahoiGetClaim`. */
export declare const socialFuneralSupport: LegAdapter;
export {};
