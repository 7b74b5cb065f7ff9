/**
 * Stored registrations → wire summaries.
 * @see specs/hotich.yaml `RegistrationSummary`
 */
import type { components } from '../../contracts/generated/hotich.js';
import type { RegistrationRecord } from './state.js';
/**
 * The summary of a registration as `hotichFindRegistrations` lists it: the child's or the
 * deceased's name, the status (and MOJ error), the date of registration once registered.
 * @see specs/hotich.yaml `RegistrationSummary`
 */
export declare function summaryOf(record: RegistrationRecord): components['schemas']['RegistrationSummary'];
