/**
 * The invariants every generated population keeps, as data (code → statement) and as checks.
 * Tests run them on random seeds; the sandbox may run them after loading a population.
 */
import type { Population } from './population.js';
/**
 * The invariants, by code.
 * @see checkInvariants
 */
export declare const INVARIANTS: {
    readonly ID_NUMBER: "The ID number validates with the birth year and sex; ID numbers and legacy CMND numbers are unique";
    readonly ID_PROVINCE: "The ID number opens with the birth-registration province: an old code mapping to it before 2025-07-01, \"0\" + its code from then";
    readonly NAME: "Full name is NFC, fits the FullName pattern and contains the surname and given name";
    readonly DATES: "Birth ≤ birth registration ≤ reference date; residence dates within life";
    readonly ADDRESSES: "Every locality is a real commune of its province; permanent, temporary and current addresses lie in one province";
    readonly HOUSEHOLD: "A household has ≤ 20 members, one head (HEAD), only members who point back to it, ≥ 1 living member, and its address is their permanent address";
    readonly RESIDENCE: "REGISTERED ⟺ in a household; DEREGISTERED ⟺ death registered; NOT_REGISTERED has no permanent address";
    readonly PARENTS: "A mother is a woman 16–45 years older than the child, a father a man ≥ 16 years older; the child has one parent’s surname and ethnicity and the hometown of the father (else the mother)";
    readonly SPOUSES: "Spouses are of opposite sex, both ≥ 18, ≤ 20 years apart, linked both ways and MARRIED; a registered-dead person keeps the spouse, who is WIDOWED";
    readonly DEATH: "A death lies between birth and the reference date; a registered death is registered after it and leaves no household; an unregistered one is at most 15 days old";
    readonly VNEID: "Under-14s have level 0; a registered-dead person has no active account";
    readonly INSURANCE: "A record belongs to a living or not-yet-registered-dead person, has a valid unique BHXH code, months that add up, and a category consistent with its periods and the holder’s age";
    readonly CHILD_CARD: "A TE1 card belongs to a living child within the under-72-months cover, validates with the holder rule and carries the child’s BHXH code and the legal validity";
    readonly SOCIAL: "Entitlements belong to living or not-yet-registered-dead people, one per category, and old-age support never goes with a pension";
    readonly BIRTH_CERTIFICATE: "A GCS code validates with its facility (in the mother’s province) and year; pending ones are for a living mother, ≤ 14 days old; used ones match their child";
    readonly DEATH_NOTICE: "A GBT code validates; it is for an unregistered death at a facility, the same day";
};
/**
 * One broken invariant: which, about whom (an ID or record key), and what.
 * @see checkInvariants
 */
export interface InvariantViolation {
    readonly invariant: keyof typeof INVARIANTS;
    readonly subject: string;
    readonly detail: string;
}
/**
 * Checks every invariant; returns the violations (at most `limit`), empty when all hold.
 * @see INVARIANTS
 */
export declare function checkInvariants(population: Population, limit?: number): InvariantViolation[];
/**
 * How the checks report a violation.
 * @see checkInvariants
 */
export type Report = (invariant: keyof typeof INVARIANTS, subject: string, detail: string) => void;
