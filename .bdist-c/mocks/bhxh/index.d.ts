/**
 * Vietnam Social Security (simulated): mã số BHXH and TE1 cards for under-6s, insurance
 * records, funeral allowance and survivor benefits with their payments.
 * @see specs/bhxh.yaml; DOMAIN.md §2 A8, §3 step 8b, §4
 */
import type { MockSystem } from '../kit/index.js';
/** The BHXH mock. @see MockSystem */
export declare const bhxh: MockSystem;
