/**
 * The security policy stage of the gateway (pipeline stage 5): officers, purposes and dossiers,
 * workstations, rate and bulk limits, violations and automatic suspension.
 * @see SECURITY.md §2 GW-04, GW-06, GW-07, GW-14 – GW-17; gateway/policy/README.md
 */
export { createPolicy, POLICY_WARNING_HEADER, PolicyClientMissingError } from './policy.js';
export type { Policy, PolicyGrant, PolicyOptions, PolicyOutcome, PolicyRefusal, PolicyRequest, PolicySandbox, } from './policy-types.js';
export { DEFAULT_POLICY_CONFIG, DEFAULT_PURPOSE_PROCEDURES, resolvePolicyConfig, type BucketLimit, type DeviceMode, type PolicyConfig, type PolicyConfigInput, type Purpose, type UnknownDossierMode, } from './policy-config.js';
export { POLICY_PROBLEMS, type PolicyProblemCode } from './problems.js';
export { operationAccess, operationAccessMap, POLICY_HEADERS, type OperationAccess, } from './operation-access.js';
export type { DossierBinding, DossierLookup, PolicyDossier } from './dossier-rules.js';
export type { ClientLookup, OfficerLookup, PolicyClient, PolicyOfficer } from './officer-rules.js';
export { VIOLATION_LOG, VIOLATION_WINDOW_COLLECTION, type RecordedViolation, type SuspendDecision, type ViolationKind, type ViolationRecord, } from './violations.js';
export { BULK_COLLECTION } from './bulk-state.js';
