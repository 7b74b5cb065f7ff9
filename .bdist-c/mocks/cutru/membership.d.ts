/**
 * Changes to the register that must happen together (inside one store transaction): people
 * joining a household on registration, a person leaving it on deregistration.
 * @see mocks/ports/README.md "Transactions"
 */
import type { StoreScope } from '../ports/store/index.js';
import type { Reason } from '../kit/index.js';
import { type DeregistrationGround, type HouseholdRecord, type ResidentRecord, type WireRelationship } from './state.js';
/** A person joining a household, as the CT01 declares them. */
export interface Joiner {
    readonly id: string;
    readonly hoTen: string;
    readonly ngaySinh: string;
    readonly relationship: WireRelationship;
    /** JSON pointer of the person in the request, for refusal reasons. */
    readonly pointer: string;
}
/** Opens the register collections in a scope (a transaction or the sandbox). */
export declare function register(scope: StoreScope): {
    residents: import("../ports/store/collection.js").Collection<ResidentRecord, never>;
    households: import("../ports/store/collection.js").Collection<HouseholdRecord, never>;
};
/**
 * The refusal reasons that hold now: any joiner already registered somewhere.
 * @see rules.ts `residenceConflict`
 */
export declare function conflictsNow(scope: StoreScope, joiners: readonly Joiner[], householdId: string): Promise<Reason[]>;
/**
 * Registers the joiners in the household: each gets the household's address as permanent
 * residence (and current place of living), and joins the member list after the others. A person
 * not in the register yet (an ID number issued in this sandbox) gets a record.
 * @see DOMAIN.md §3 step 8a; specs/cutru.yaml `cutruGetHousehold`
 */
export declare function joinHousehold(scope: StoreScope, household: HouseholdRecord, joiners: readonly Joiner[], on: string): Promise<HouseholdRecord>;
/**
 * Removes a person's permanent residence: their record keeps the removed residence (`DA_XOA`),
 * the household loses them (a new head is chosen per `householdWithout`), and members whose
 * relationship changed with the head are updated.
 * @see DOMAIN.md §4 step 4; rules.ts `householdWithout`
 */
export declare function leaveHousehold(scope: StoreScope, resident: ResidentRecord, ground: DeregistrationGround, on: string): Promise<void>;
