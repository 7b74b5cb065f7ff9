import type { Problem } from '../../contracts/problems.js';
import { type Purpose } from './access-rules.js';
/** The purpose and dossier headers of a citizen read (validated by the contract already). */
interface ReadHeaders {
    readonly purpose: Purpose;
    readonly maHoSo: string;
}
/**
 * The 403 for a purpose the dossier's procedure does not allow, or `undefined`.
 * @see SECURITY.md §2 GW-06
 */
export declare function checkPurpose({ purpose, maHoSo }: ReadHeaders): Problem | undefined;
/**
 * Looks up one citizen and returns only the fields the purpose allows (at most 20), plus the
 * household members for `DK_THUONG_TRU` only.
 * @see specs/dancu.yaml dancuLookupCitizen; SECURITY.md §2 GW-06, GW-07, GW-16
 */
export declare const lookupCitizen: readonly [string, import("../kit/context.js").MockHandler];
/**
 * Verifies declared fields against the register: per field KHOP / KHONG_KHOP, echoing only
 * the declared value of a mismatch; an unknown ID number is `KHONG_TIM_THAY`, not a 404.
 * @see specs/dancu.yaml dancuVerifyCitizen; SECURITY.md §2 GW-08
 */
export declare const verifyCitizen: readonly [string, import("../kit/context.js").MockHandler];
/**
 * The system's health on the sandbox clock.
 * @see specs/dancu.yaml dancuGetHealth; specs/common.yaml Health
 */
export declare const getHealth: readonly [string, import("../kit/context.js").MockHandler];
export {};
