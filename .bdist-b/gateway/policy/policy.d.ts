import type { Policy, PolicyOptions } from './policy-types.js';
/**
 * Response header listing the policy warnings of an allowed request (`DEVICE_NOT_REGISTERED`).
 * @see SECURITY.md §2 GW-17 (monitor mode)
 */
export declare const POLICY_WARNING_HEADER = "lienthong-policy-warning";
/**
 * The auth stage let through a client the registry does not know: a wiring bug.
 * @see SECURITY.md §2 GW-01, GW-03
 */
export declare class PolicyClientMissingError extends Error {
    readonly name = "PolicyClientMissingError";
}
/**
 * Builds the policy stage. Checks run in this order: client rate limit (GW-15) → officer named
 * (GW-04) → officer permitted (GW-04) → workstation (GW-17) → officer rate limits (GW-15) →
 * purpose and dossier, for reads of personal data (GW-06) → distinct-citizen caps (GW-16).
 * @see SECURITY.md §2; DESIGN.md §3 (pipeline stage 5)
 */
export declare function createPolicy(options: PolicyOptions): Policy;
