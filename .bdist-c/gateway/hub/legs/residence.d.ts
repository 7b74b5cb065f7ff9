import type { components } from '../../../contracts/generated/cutru.js';
import type { DossierRecord, LegRecord } from '../model.js';
import type { LegAdapter, LegOutcome } from './adapter.js';
type Schemas = components['schemas'];
type RegistrationRequest = Schemas['PermanentResidenceRequest'];
type Registration = Schemas['ResidenceRegistration'];
type DeregistrationRequest = Schemas['DeregistrationRequest'];
type Deregistration = Schemas['Deregistration'];
/**
 * The CT01 of the newborn: the child as registered at birth (the ID number from leg KS), the
 * address, head and consent mode of the e-form's residence part, declared by the requester.
 * @see specs/lienthong.yaml `ResidenceDeclaration`; specs/cutru.yaml `PermanentResidenceRequest`
 */
export declare function registrationRequest(dossier: DossierRecord, leg: LegRecord): RegistrationRequest | LegOutcome;
/**
 * A registration read into the leg's outcome: DA_DANG_KY → done with the CT08 notice; TU_CHOI →
 * refused with the CT06 slip and its reasons; waiting for the head or processing → pending.
 */
export declare function registrationOutcome(registration: Registration): LegOutcome;
/**
 * TT: registers the newborn's permanent residence (`cutruRegisterPermanentResidence`) and reads
 * it again with `cutruGetRegistration`.
 */
export declare const permanentResidence: LegAdapter;
/**
 * The deregistration of the deceased: ground CHET with the death registration (leg KT's
 * `maDangKy`) and the date of death of the e-form, declared by the requester.
 * @see specs/cutru.yaml `DeregistrationRequest`
 */
export declare function deregistrationRequest(dossier: DossierRecord, leg: LegRecord): DeregistrationRequest | LegOutcome;
/** DA_XOA → done with the notice; TU_CHOI → refused with its reasons; else pending. */
export declare function deregistrationOutcome(deregistration: Deregistration): LegOutcome;
/**
 * XTT: deregisters the deceased's permanent residence (`cutruDeregisterPermanentResidence`)
 * and reads it again with `cutruGetDeregistration`.
 */
export declare const residenceDeregistration: LegAdapter;
export {};
