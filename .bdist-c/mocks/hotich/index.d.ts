/**
 * The MOJ shared civil-status software (Phần mềm hộ tịch điện tử dùng chung): birth and death
 * registration, electronic certificates and extracts, catalogues.
 * @see specs/hotich.yaml; DOMAIN.md §2 A5
 */
import type { MockSystem } from '../kit/index.js';
/** The civil-status system as the sandbox registers it. */
export declare const hotich: MockSystem;
