/**
 * The hub (Phần mềm dịch vụ công liên thông): linked-dossier operations, the orchestration behind
 * them and the hub's control-plane operations, ready to be served by the mock runtime.
 * @see DESIGN.md §3 ("linkage orchestrator"); specs/lienthong.yaml; issue 6
 */
import type { Contracts } from '../../contracts/contracts.js';
import type { MockContext, MockHandler } from '../../mocks/kit/context.js';
import { PATH_SANDBOX_OPERATIONS } from './control-plane.js';
import type { StoredEvent } from './model.js';
import { type ProfileSettings } from './orchestrator.js';
import { type ProvinceTarget } from './province.js';
export { PATH_SANDBOX_OPERATIONS };
export type { ProfileSettings, ProvinceTarget };
/** What the hub needs from the gateway. */
export interface HubOptions {
    readonly contracts: Contracts;
    /** How agency steps are decided in a sandbox. */
    readonly profile: (sandboxId: string) => ProfileSettings;
    /** Where a sandbox's province lives. */
    readonly province: (sandboxId: string) => ProvinceTarget;
    /** The province code of a client system. */
    readonly clientProvince: (clientId: string) => Promise<string | undefined>;
    /** Queues webhook deliveries of a stored event (the outbox). */
    readonly outbox?: {
        enqueue(ctx: MockContext, stored: StoredEvent): Promise<void>;
    };
    /** HTTP client for connected provinces. */
    readonly fetch?: typeof fetch;
    /** How long the hub waits for a connected province. */
    readonly provinceTimeoutMs?: number;
}
/** The hub's handlers. */
export interface Hub {
    /** The hub's operations and its control-plane operations, keyed by `operationId`. */
    readonly operations: readonly (readonly [string, MockHandler])[];
}
/** Builds the hub. */
export declare function createHub(options: HubOptions): Hub;
