/**
 * The benefit claims of group 2 built from Mẫu số 02 and the death extract: BHXH's funeral
 * allowance / survivor claim (one claim per leg, for the leg's own branch) and the social line's
 * funeral support; for the one-time survivor allowance, the relatives' VNeID agreement on the
 * representative (Mẫu 02 col. 11), asked and read by the hub.
 * @see specs/bhxh.yaml `DeathBenefitClaimRequest`; specs/xahoi.yaml `FuneralSupportClaimRequest`;
 * DOMAIN.md §4 "BHXH dossier"; QĐ 1449/QĐ-BHXH
 */
import type { components as Bhxh } from '../../../contracts/generated/bhxh.js';
import type { components as Xahoi } from '../../../contracts/generated/xahoi.js';
import type { BenefitBranch } from '../model.js';
import type { LegCall, LegOutcome } from './adapter.js';
type ClaimRequest = Bhxh['schemas']['DeathBenefitClaimRequest'];
type SupportRequest = Xahoi['schemas']['FuneralSupportClaimRequest'];
/** The branch a benefit leg was routed by (its `variant`, else the first routed branch). */
export declare function branchOf(call: LegCall): BenefitBranch | undefined;
/**
 * BHXH's claim for the leg's own branch (MT → MAI_TANG_BHXH, TU → a survivor allowance): one
 * claim per leg, so each leg has its own `maHoSoHuong` and decision.
 * @see specs/bhxh.yaml `bhxhClaimDeathBenefits`
 */
export declare function bhxhClaimRequest(call: LegCall): Promise<ClaimRequest | LegOutcome>;
/**
 * The social line's funeral-support claim for the leg's branch.
 * @see specs/xahoi.yaml `xahoiClaimFuneralSupport`
 */
export declare function supportClaimRequest(call: LegCall): Promise<SupportRequest | LegOutcome>;
export {};
