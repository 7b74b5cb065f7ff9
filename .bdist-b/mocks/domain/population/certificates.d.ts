import type { GenerationContext } from './context.js';
import type { MedicalBirthCertificate, MedicalDeathNotice, Person, Sex } from './types.js';
/**
 * What is known of the birth when the certificate is issued.
 * @see issueBirthCertificate
 */
export interface BirthFacts {
    readonly mother: Person;
    readonly father: Person | null;
    readonly birthDay: number;
    readonly sex: Sex;
    /** The registered child, for a certificate already used; its name is the intended name. */
    readonly child?: Person;
}
/**
 * Issues a birth certificate at a facility of the mother's province (the provincial hospitals or
 * a regional health centre): time of birth, weight (about 3,100 g), a caesarean in a third of
 * births, the intended name with the lineage's family name, issued 0–2 days after birth.
 * @see specs/yte.yaml `BirthCertificate`
 */
export declare function issueBirthCertificate(ctx: GenerationContext, facts: BirthFacts): MedicalBirthCertificate;
/**
 * Issues the death notice of a death at a facility of the person's province, the same day.
 * @see specs/yte.yaml `DeathNotice`
 */
export declare function issueDeathNotice(ctx: GenerationContext, person: Person, deathDay: number): MedicalDeathNotice;
