/**
 * What a death-benefit claim must satisfy before BHXH decides it: the survivor leg offered and
 * asked for consistently, the deceased known and insured, the relatives' agreement, and the
 * death recorded in the population database.
 * @see specs/bhxh.yaml bhxhClaimDeathBenefits; DOMAIN.md §4 "BHXH dossier"
 */
import type { Problem } from '../../contracts/problems.js';
import type { components } from '../../contracts/generated/bhxh.js';
import type { RegimeSettings } from '../domain/regimes/index.js';
import { type Result } from '../../contracts/result.js';
import type { InsuranceRecord } from '../domain/population/index.js';
import { type MockContext } from '../kit/index.js';
import type { Participant } from './state.js';
type ClaimRequest = components['schemas']['DeathBenefitClaimRequest'];
/**
 * The survivor leg must be offered (`group2.tuTuatEnabled`) and ask for one allowance only.
 * @see DOMAIN.md §11 #20; Luật BHXH 41/2024/QH15 Art. 86, 88
 */
export declare function checkKinds(request: ClaimRequest, settings: RegimeSettings): Problem | null;
/**
 * The deceased must be known to BHXH, match the BHXH code given, and have an insurance record
 * (else 422 `KHONG_THUOC_DOI_TUONG`: the hub routes the leg elsewhere).
 * @see specs/bhxh.yaml bhxhClaimDeathBenefits; DOMAIN.md §4 "SANDBOX DEFAULT routing"
 */
export declare function checkDeceased(request: ClaimRequest, participant: Participant | undefined): Result<{
    readonly maTinh: string;
    readonly record: InsuranceRecord;
}, Problem>;
/**
 * Survivor claims need the relatives list; the one-time allowance also a representative who is
 * one of them, agreed by every adult relative (VNeID `DONG_Y` or Form 09-HSB).
 * @see DOMAIN.md §4 "BHXH dossier"; QĐ 1449/QĐ-BHXH
 */
export declare function checkRelatives(request: ClaimRequest, today: string): Problem | null;
/**
 * The death must be recorded in the population database (a living person gets no benefit):
 * checked with `dancuLookupCitizen`, purpose `MAI_TANG_TU_TUAT`.
 * @see DOMAIN.md §4 step 3–4; SECURITY.md §3
 */
export declare function checkRecordedDead(ctx: MockContext, request: ClaimRequest, officer: string): Promise<Problem | null>;
export {};
