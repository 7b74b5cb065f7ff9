/**
 * The security policy stage of the gateway (pipeline stage 5): officers, purposes and dossiers,
 * workstations, rate and bulk limits, violations and automatic suspension.
 * @see SECURITY.md §2 GW-04, GW-06, GW-07, GW-14 – GW-17; gateway/policy/README.md
 */
export { createPolicy, POLICY_WARNING_HEADER, PolicyClientMissingError } from './policy.js';
export { DEFAULT_POLICY_CONFIG, DEFAULT_PURPOSE_PROCEDURES, resolvePolicyConfig, } from './policy-config.js';
export { POLICY_PROBLEMS } from './problems.js';
export { operationAccess, operationAccessMap, POLICY_HEADERS, } from './operation-access.js';
export { VIOLATION_LOG, VIOLATION_WINDOW_COLLECTION, } from './violations.js';
export { BULK_COLLECTION } from './bulk-state.js';
