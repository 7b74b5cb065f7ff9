/**
 * The social and home-affairs line (simulated): beneficiary records and funeral support for
 * social-protection beneficiaries, people with merit and veterans.
 * @see specs/xahoi.yaml; DOMAIN.md §2 A9, §4
 */
import type { MockSystem } from '../kit/index.js';
/** The xahoi mock. @see MockSystem */
export declare const xahoi: MockSystem;
