import type { components } from '../../contracts/generated/sandbox.js';
import { type Problem } from '../../contracts/problems.js';
import { type Result } from '../../contracts/result.js';
import type { DeviceMode } from './policy-config.js';
type Officer = components['schemas']['Officer'];
type ClientSystem = components['schemas']['ClientSystem'];
/**
 * What the policy reads of an officer account (a subset of the control plane's `Officer`).
 * @see specs/sandbox.yaml `Officer`; SECURITY.md §1 "Officer account"
 */
export type PolicyOfficer = Pick<Officer, 'officerId' | 'unit' | 'status' | 'hasTthcFunction'> & {
    readonly devices: readonly string[];
};
/**
 * What the policy reads of a client system (a subset of the control plane's `ClientSystem`).
 * @see specs/sandbox.yaml `ClientSystem`; SECURITY.md §1 "Client system"
 */
export type PolicyClient = Pick<ClientSystem, 'clientId' | 'ownerUnit'> & {
    readonly registeredPurposes: readonly string[];
};
/**
 * Finds an officer account of a client system; `undefined` when there is none.
 * @see SECURITY.md §2 GW-04
 */
export type OfficerLookup = (clientId: string, officerId: string) => Promise<PolicyOfficer | undefined>;
/**
 * Finds a registered client system; `undefined` when there is none.
 * @see SECURITY.md §1
 */
export type ClientLookup = (clientId: string) => Promise<PolicyClient | undefined>;
/**
 * The officer a request names: the `X-Officer-Id` header, or the officer of the token when the
 * auth stage found one. Both present and different is a refusal (one named person per call).
 * @see SECURITY.md §2 GW-04 ("missing officer → OFFICER_REQUIRED")
 */
export declare function officerIdOf(header: unknown, fromToken: string | undefined): Result<string, Problem>;
/**
 * The officer may act for the client: the account exists, belongs to the client's owner unit, is
 * `ACTIVE` and has a TTHC function (no surplus accounts).
 * @see SECURITY.md §2 GW-04
 */
export declare function checkOfficer(officer: PolicyOfficer | undefined, client: PolicyClient): Result<PolicyOfficer, Problem>;
/**
 * How the workstation of a call stands: registered for the officer, or not (a warning in
 * `monitor` mode, `DEVICE_NOT_REGISTERED` in `enforce` mode).
 * @see SECURITY.md §2 GW-17
 */
export type DeviceVerdict = {
    readonly registered: true;
    readonly deviceId: string;
} | {
    readonly registered: false;
    readonly deviceId: string | undefined;
};
/**
 * Judges the `X-May-Tram` workstation against the officer's registered devices.
 * @see SECURITY.md §2 GW-17
 */
export declare function checkDevice(header: unknown, officer: PolicyOfficer, mode: DeviceMode): Result<DeviceVerdict, Problem>;
export {};
