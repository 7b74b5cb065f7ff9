/**
 * Verification of declared data against the register, field by field, never revealing the
 * register's values.
 * @see SECURITY.md §2 GW-08; specs/dancu.yaml dancuVerifyCitizen
 */
import type { components } from '../../contracts/generated/dancu.js';
import { type CitizenField } from './access-rules.js';
import type { CitizenRecord } from './mapping.js';
type Schemas = components['schemas'];
/** What a caller declares. */
export type VerificationRequest = Schemas['CitizenVerificationRequest'];
/** The outcome for one declared field. */
export type FieldVerification = Schemas['FieldVerification'];
/** The overall outcome. */
export type VerificationOutcome = Schemas['CitizenVerificationResult']['ketQua'];
/**
 * The declared fields, in the order of the 20 basic fields.
 * @see SECURITY.md §3
 */
export declare function declaredFields(request: VerificationRequest): readonly CitizenField[];
/**
 * Whether one declared value matches the register's (`null`: the register holds none, which
 * never matches a declared value). Names match up to case, spacing and tone placement; places
 * by their codes; addresses by codes and detail; people by name and, when declared, ID number.
 * @see SECURITY.md §2 GW-08; mocks/domain/identifiers/vietnamese-name.ts
 */
export declare function fieldMatches(field: CitizenField, declared: unknown, held: unknown): boolean;
/**
 * Field-by-field verification: `KHOP` when every declared field matches, else `KHONG_KHOP`;
 * a mismatch echoes what was declared (`giaTriKhaiBao`), never the register's value.
 * @see specs/dancu.yaml dancuVerifyCitizen, FieldVerification
 */
export declare function verifyFields(request: VerificationRequest, register: CitizenRecord): {
    readonly ketQua: VerificationOutcome;
    readonly chiTiet: readonly FieldVerification[];
};
export {};
