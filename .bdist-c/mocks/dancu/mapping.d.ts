/**
 * Domain → wire: a citizen as the `CitizenRecord` fields, addresses with their display names.
 * @see specs/dancu.yaml CitizenRecord; mocks/domain/population/wire-vocabulary.ts
 */
import type { components } from '../../contracts/generated/dancu.js';
import type { Address, Locality } from '../domain/population/types.js';
import type { CitizenField } from './access-rules.js';
import type { Citizen } from './state.js';
type Schemas = components['schemas'];
/** A citizen record as the wire carries it. */
export type CitizenRecord = Schemas['CitizenRecord'];
/** The related people a record names: parents, spouse and household head. */
export interface Relatives {
    readonly father?: Citizen;
    readonly mother?: Citizen;
    readonly spouse?: Citizen;
    readonly head?: Citizen;
}
/**
 * A commune-level place on the wire, with display names from the unit catalogue.
 * @see specs/dancu.yaml Locality; DOMAIN.md §6.6
 */
export declare function wireLocality(place: Locality): Schemas['Locality'];
/**
 * An address on the wire, with display names.
 * @see specs/common.yaml Address
 */
export declare function wireAddress(address: Address): Schemas['Address'];
/**
 * A domain address from the wire (display names dropped: codes are what matter).
 * @see specs/common.yaml Address
 */
export declare function domainAddress(address: Schemas['Address']): Address;
/**
 * A related person as `{hoTen, soDinhDanh}`.
 * @see specs/common.yaml PersonRef
 */
export declare function personRef(person: Citizen | undefined): Schemas['PersonRef'] | null;
/**
 * Whether any of `fields` names a relative (so the relatives must be read for the answer).
 * @see specs/dancu.yaml CitizenRecord (cha, me, voChong, chuHo)
 */
export declare function needsRelatives(fields: readonly CitizenField[]): boolean;
/**
 * The wire value of one basic field (`null`: the register holds no value).
 * @see specs/dancu.yaml CitizenRecord; SECURITY.md §3
 */
export declare function fieldValue<F extends CitizenField>(field: F, citizen: Citizen, relatives: Relatives): CitizenRecord[F];
/**
 * A household member on the wire.
 * @see specs/dancu.yaml HouseholdMember
 */
export declare function householdMember(member: Citizen): Schemas['HouseholdMember'];
/**
 * The record of one answer: only `fields`, with `meta` naming them and the life status.
 * `relatives` may be empty when no field names a relative (see {@link needsRelatives}).
 * @see specs/dancu.yaml CitizenRecord, CitizenRecordMeta
 */
export declare function citizenRecord(citizen: Citizen, relatives: Relatives, fields: readonly CitizenField[], purpose: Schemas['Purpose']): CitizenRecord;
export {};
