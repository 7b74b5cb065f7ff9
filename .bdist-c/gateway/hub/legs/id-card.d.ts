import type { components } from '../../../contracts/generated/dancu.js';
import type { DossierRecord, Group1Submission, LegRecord } from '../model.js';
import type { LegAdapter, LegOutcome } from './adapter.js';
type Schemas = components['schemas'];
type Application = Schemas['IdCardApplication'];
type ApplicationRequest = Schemas['IdCardApplicationRequest'];
/**
 * The legal representative: the requester when a parent or guardian, else the mother, else
 * the father (dancu checks them against the register).
 */
export declare function representativeOf(form: Group1Submission): ApplicationRequest['nguoiDaiDien'] | undefined;
/**
 * The application: the child's ID number (leg KS), the representative, the delivery method and,
 * for a posted card, the requester's address when the e-form gives one (dancu posts to the
 * child's permanent address otherwise).
 * @see specs/dancu.yaml `IdCardApplicationRequest`
 */
export declare function applicationRequest(dossier: DossierRecord, leg: LegRecord): ApplicationRequest | LegOutcome;
/** DA_CAP → done with the e-card; TU_CHOI → refused; received or processing → pending. */
export declare function applicationOutcome(application: Application): LegOutcome;
/**
 * CC: applies for the card (`dancuApplyIdCard`) and reads the application again with
 * `dancuGetIdCardApplication`.
 */
export declare const childIdCard: LegAdapter;
export {};
