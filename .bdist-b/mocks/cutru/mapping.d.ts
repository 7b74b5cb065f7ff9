/**
 * Register records → wire shapes of specs/cutru.yaml, and the signed residence documents
 * (CT08 result notice, CT06 refusal slip, deregistration notice).
 * @see specs/cutru.yaml; TT 66/2023/TT-BCA (CT06, CT08)
 */
import type { components } from '../../contracts/generated/cutru.js';
import type { StoreScope } from '../ports/store/index.js';
import { type MockContext, type Reason } from '../kit/index.js';
import type { HouseholdRecord, ResidentRecord, WireAddress } from './state.js';
type Schemas = components['schemas'];
/** Adds the display names of the commune and province (never matched on). */
export declare function withNames(address: WireAddress): WireAddress;
/** One line of an address, as notices print it. */
export declare function addressLine(address: WireAddress): string;
/**
 * A citizen's residence for a purpose: the permanent residence (or the removed one) always, the
 * current and temporary places only where the purpose's allow-list names them.
 * @see specs/cutru.yaml `CitizenResidence`; SECURITY.md §3
 */
export declare function toCitizenResidence(resident: ResidentRecord, purpose: Schemas['Purpose']): Schemas['CitizenResidence'];
/** The most members a household read returns, head included (GW-16). */
export declare const HOUSEHOLD_READ_LIMIT = 20;
/**
 * A household with its members (head first, at most 20); `undefined` when no member is left.
 * @see specs/cutru.yaml `Household`; SECURITY.md GW-16
 */
export declare function toHousehold(household: HouseholdRecord, residents: ReadonlyMap<string, ResidentRecord>): Schemas['Household'] | undefined;
/**
 * The CT08 result notice of a registration, signed.
 * @see DOMAIN.md §3 step 8a; TT 66/2023/TT-BCA (CT08); identifiers residence-notice numbers
 */
export declare function resultNotice(scope: StoreScope, ctx: MockContext, facts: {
    readonly hoTen: string;
    readonly headName: string;
    readonly household: HouseholdRecord;
}): Promise<Schemas['ResidenceResultNotice']>;
/**
 * The CT06 refusal slip with its reasons, signed by the police of the household's commune.
 * @see DOMAIN.md §3 step 8a; TT 66/2023/TT-BCA (CT06)
 */
export declare function refusalSlip(scope: StoreScope, ctx: MockContext, facts: {
    readonly hoTen: string;
    readonly address: WireAddress;
    readonly lyDo: readonly Reason[];
}): Promise<Schemas['ResidenceRefusalSlip']>;
/**
 * The deregistration notice, signed by the police of the commune of the removed residence.
 * @see DOMAIN.md §4 step 5; Luật Cư trú 68/2020/QH14 Art. 24
 */
export declare function deregistrationNotice(scope: StoreScope, ctx: MockContext, facts: {
    readonly hoTen: string;
    readonly address: WireAddress;
    readonly death: boolean;
}): Promise<Schemas['DeregistrationNotice']>;
export {};
