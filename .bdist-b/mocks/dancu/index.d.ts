/**
 * The national population database (CSDLQG về dân cư) and ID card service, simulated:
 * purpose-bound lookup and verification, newborn ID numbers, death marks, under-6 ID cards.
 * @see specs/dancu.yaml; DOMAIN.md §2 (A6); SECURITY.md §2, §3
 */
import type { MockSystem } from '../kit/index.js';
/**
 * The `dancu` mock: its operations and how it loads the population into a sandbox base.
 * @see mocks/kit/system.ts
 */
export declare const dancu: MockSystem;
