import type { MockContext } from '../kit/index.js';
import { type DossierRecord } from './state.js';
import type { components as Tinh } from '../../contracts/generated/tinh.js';
/**
 * Forwards the civil-status leg of a recorded dossier (`prefer` is passed on when the hub forced
 * a civil-status outcome) and acts on the answer.
 * @see specs/hotich.yaml `hotichRegisterBirth`, `hotichRegisterDeath`
 */
export declare function forwardLeg(ctx: MockContext, record: DossierRecord, prefer?: string): Promise<void>;
/**
 * Passes a citizen's supplement to the civil-status software and acts on the answer. A
 * supplement with nothing for the civil-status leg (400) leaves the leg waiting.
 * @see specs/hotich.yaml `hotichSupplementBirth`, `hotichSupplementDeath`
 */
export declare function forwardSupplement(ctx: MockContext, record: DossierRecord, boSung: Tinh['schemas']['SupplementSubmission'], prefer?: string): Promise<void>;
/**
 * Reads the registration again (timer at `hanXuLy`, or after a conflict) and acts on it; nothing
 * when the dossier was withdrawn or ended meanwhile.
 * @see specs/hotich.yaml `hotichGetBirth`, `hotichGetDeath`
 */
export declare function checkRegistration(ctx: MockContext, id: string): Promise<void>;
