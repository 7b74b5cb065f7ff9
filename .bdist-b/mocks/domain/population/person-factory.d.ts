import type { Draft, GenerationContext, Place } from './context.js';
import type { Locality, Person, Sex, VneidAccount } from './types.js';
/**
 * What the household builder decides about a new person.
 * @see createPerson
 */
export interface PersonSpec {
    readonly sex: Sex;
    readonly birthDay: number;
    readonly ethnicity: string;
    readonly religion: string;
    readonly place: Place;
    readonly fatherId?: string | null;
    readonly motherId?: string | null;
    /** The inherited family name; drawn when absent. */
    readonly surname?: string;
    /** The inherited hometown; drawn when absent. */
    readonly hometown?: Locality;
    /** The parents' given names, not to be repeated. */
    readonly avoidGiven?: readonly string[];
    /** Probability that the birth was registered in the household's province. */
    readonly localBirth: number;
}
/** The shared "no account" value. @see specs/vneid.yaml (level 0 = no account) */
export declare const NO_VNEID_ACCOUNT: VneidAccount;
/**
 * Creates and registers a person. The birth is registered 1–45 days after birth (never after the
 * reference date); the `AAA` of the ID number is the legacy code of the registering province
 * before 01/07/2025 and "0" + the new code from then on.
 * @see DOMAIN.md §6.1, §11 #10
 */
export declare function createPerson(ctx: GenerationContext, spec: PersonSpec): Draft<Person>;
