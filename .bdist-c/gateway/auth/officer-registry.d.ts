import { type Problem } from '../../contracts/problems.js';
import { type Result } from '../../contracts/result.js';
import type { Clock } from '../../mocks/ports/clock/clock.js';
import type { CollectionDefinition, StoreScope } from '../../mocks/ports/store/index.js';
import type { ClientRegistry } from './client-registry.js';
import type { Officer, OfficerCreateRequest, OfficerUpdateRequest } from './types.js';
/** One use of an account from a workstation (kept briefly, for shared-account detection). */
export interface OfficerUse {
    readonly deviceId: string;
    readonly at: string;
}
/** An officer account as stored: the public view and its most recent uses. */
export interface OfficerRecord {
    readonly officer: Officer;
    readonly recentUses: readonly OfficerUse[];
}
/** The collection of officer accounts in the global scope. */
export declare const OFFICERS_COLLECTION = "gateway.officers";
/** How officer accounts are stored: by `officerId`, indexed by client and by holder. */
export declare const OFFICER_DEFINITION: CollectionDefinition<OfficerRecord, 'byClient' | 'byHolder'>;
/** How many recent uses an account keeps; enough to see two devices in a short window. */
export declare const RECENT_USES_KEPT = 10;
/** Named officer accounts of client systems. */
export interface OfficerRegistry {
    create(clientId: string, request: OfficerCreateRequest): Promise<Result<Officer, Problem>>;
    get(officerId: string): Promise<OfficerRecord | undefined>;
    /** Every account of a client, ordered by id. */
    listByClient(clientId: string): Promise<readonly OfficerRecord[]>;
    update(officerId: string, patch: OfficerUpdateRequest): Promise<Result<Officer, Problem>>;
    /** Records a call by the officer from a workstation (`lastUsedAt`, recent uses). */
    recordUse(officerId: string, deviceId: string | undefined): Promise<void>;
}
/** What {@link createOfficerRegistry} needs. */
export interface OfficerRegistryOptions {
    readonly scope: StoreScope;
    readonly clock: Pick<Clock, 'now'>;
    readonly clients: Pick<ClientRegistry, 'get'>;
}
/**
 * Creates the officer-account registry: one named person per account, an OFFICER belongs to the
 * client's owner unit, and one person never holds both OWNER_ADMIN and OPERATOR.
 * @see ../shared/domain/SECURITY.md §1 (officer account, roles), GW-04, GW-12
 * @see specs/sandbox.yaml (sandboxCreateOfficer, sandboxUpdateOfficer)
 */
export declare function createOfficerRegistry(options: OfficerRegistryOptions): OfficerRegistry;
