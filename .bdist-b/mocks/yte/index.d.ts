/**
 * The health-facility mock: the facility catalogue, signed birth certificates (GCS) and death
 * notices (GBT).
 * @see specs/yte.yaml; DOMAIN.md §2 A10
 */
import type { MockSystem } from '../kit/index.js';
/** The `yte` system. */
export declare const yte: MockSystem;
