import type { components } from '../../contracts/generated/dancu.js';
import type { IdCardApplication } from './state.js';
type WireApplication = components['schemas']['IdCardApplication'];
/**
 * An application as the wire shows it at `now`: the card and e-card only once granted, the
 * reasons only once refused.
 * @see specs/dancu.yaml IdCardApplication
 */
export declare function wireApplication(application: IdCardApplication, now: Date): WireApplication;
/**
 * Accepts an ID card application for a child under 6 (TIEP_NHAN, `ngayHenTra` = 7 WD by
 * default) and decides it from the register; the clock reveals DANG_XU_LY, then DA_CAP with the
 * card (number = ID number, expiring on the 14th birthday) or TU_CHOI with reasons.
 * `Prefer: outcome=refuse; reason=CODE` makes the decision a refusal.
 * @see specs/dancu.yaml dancuApplyIdCard; DOMAIN.md §5 (SANDBOX DEFAULT 7 WD)
 */
export declare const applyIdCard: readonly [string, import("../kit/context.js").MockHandler];
/**
 * An ID card application and, once the clock reaches `ngayHenTra`, its result.
 * @see specs/dancu.yaml dancuGetIdCardApplication
 */
export declare const getIdCardApplication: readonly [string, import("../kit/context.js").MockHandler];
export {};
