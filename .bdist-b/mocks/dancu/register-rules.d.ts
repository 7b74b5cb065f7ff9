/**
 * Rules of the register's writes: a newborn's personal ID number and the death mark.
 * @see DOMAIN.md §3 step 5, §4 step 3, §6.1; specs/dancu.yaml dancuIssuePersonalId, dancuRecordDeath
 */
import type { components } from '../../contracts/generated/dancu.js';
import { type IdSex, type RandomSource } from '../domain/identifiers/index.js';
import { type RuleFailure } from './problems.js';
import type { Citizen } from './state.js';
/** A request for a newborn's number. */
export type PersonalIdRequest = components['schemas']['PersonalIdRequest'];
/** What the issuance rules read from the register. */
export interface NewbornFacts {
    readonly request: PersonalIdRequest;
    /** The sandbox date (`yyyy-MM-dd`, Vietnam time): the date of birth registration. */
    readonly today: string;
    readonly mother: Citizen | undefined;
    readonly father: Citizen | undefined;
}
/**
 * Whether a newborn may get a number, and the sex the number encodes. In order: a date of birth
 * in the future, a sex the number cannot encode, a registration place that is not a commune of
 * a province whose code may open a number, the mother missing or recorded dead, the father
 * (when named) missing. A father recorded dead does not stop a birth (posthumous child).
 * @see specs/dancu.yaml dancuIssuePersonalId; DOMAIN.md §6.1 (`G` encodes male or female), §6.6
 */
export declare function checkNewborn(facts: NewbornFacts): {
    readonly ok: true;
    readonly sex: IdSex;
    readonly mother: Citizen;
} | {
    readonly ok: false;
    readonly failure: RuleFailure;
};
/**
 * A place that may open an ID number: a commune of its province, and a province code usable as
 * `AAA` on that date (one of the 34 from 01/07/2025, one of the 63 before).
 * @see DOMAIN.md §6.1 SANDBOX DEFAULT, §6.6
 */
export declare function isIssuingPlace(place: {
    readonly maXa: string;
    readonly maTinh: string;
}, registeredOn: string): boolean;
/**
 * The `AAA` prefix of a number issued by the province of birth registration: "0" + its code.
 * @see DOMAIN.md §6.1 ("births registered after 07/2025 use 0 + the new province code")
 */
export declare function issuingPrefix(provinceCode: string): string;
/**
 * A new number for the newborn, drawn until it is not taken (`isTaken`), from a random source
 * the caller seeds so that issuance is reproducible.
 * @see DOMAIN.md §6.1 (`AAA G YY NNNNNN`); NĐ 137/2015/NĐ-CP Art. 13
 */
export declare function drawPersonalId(request: PersonalIdRequest, sex: IdSex, today: string, random: RandomSource, isTaken: (id: string) => Promise<boolean>): Promise<string>;
/**
 * The newborn as a citizen: alive, no residence yet, the mother (and father) as parents,
 * ethnicity as declared or else the mother's, nationality as declared or else Vietnamese.
 * @see specs/dancu.yaml dancuIssuePersonalId ("The child is added to the register, alive")
 */
export declare function newbornCitizen(id: string, request: PersonalIdRequest, sex: IdSex, mother: Citizen): Citizen;
/**
 * Whether a death may be recorded: the citizen exists (404), is not already dead (409), and the
 * date of death is neither before the date of birth nor after today (422).
 * @see specs/dancu.yaml dancuRecordDeath
 */
export declare function checkDeath(citizen: Citizen | undefined, deathDate: string, today: string): {
    readonly ok: true;
    readonly citizen: Citizen;
} | {
    readonly ok: false;
    readonly failure: RuleFailure;
};
