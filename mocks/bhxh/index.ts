/**
 * Vietnam Social Security (simulated): mã số BHXH and TE1 cards for under-6s, insurance
 * records, funeral allowance and survivor benefits with their payments.
 * @see specs/bhxh.yaml; DOMAIN.md §2 A8, §3 step 8b, §4
 */
import type { MockSystem } from '../kit/index.js';
import { BHXH_OPERATIONS } from './handlers.js';
import { seed } from './state.js';

/** The BHXH mock. @see MockSystem */
export const bhxh: MockSystem = { name: 'bhxh', operations: BHXH_OPERATIONS, seed };
