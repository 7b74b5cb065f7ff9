/**
 * The social and home-affairs line (simulated): beneficiary records and funeral support for
 * social-protection beneficiaries, people with merit and veterans.
 * @see specs/xahoi.yaml; DOMAIN.md §2 A9, §4
 */
import type { MockSystem } from '../kit/index.js';
import { XAHOI_OPERATIONS } from './handlers.js';
import { seed } from './state.js';

/** The xahoi mock. @see MockSystem */
export const xahoi: MockSystem = { name: 'xahoi', operations: XAHOI_OPERATIONS, seed };
