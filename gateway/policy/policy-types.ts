import type { OperationSpec } from '../../contracts/operation-index.js';
import type { Problem } from '../../contracts/problems.js';
import type { Result } from '../../contracts/result.js';
import type { Clock, SandboxStore } from '../../mocks/ports/index.js';
import type { BulkSnapshot } from './bulk-state.js';
import type { DossierBinding, DossierLookup } from './dossier-rules.js';
import type { ClientLookup, OfficerLookup, PolicyClient } from './officer-rules.js';
import type { OperationAccess } from './operation-access.js';
import type { PolicyConfig } from './policy-config.js';
import type { RecordedViolation, SuspendDecision } from './violations.js';

/**
 * What the policy is built from; every dependency is an argument.
 * @see SECURITY.md §2 GW-04 – GW-17
 */
export interface PolicyOptions {
  readonly config: PolicyConfig;
  /** The operations of the contracts (`contracts.index.operations.values()`). */
  readonly operations: Iterable<Pick<OperationSpec, 'operationId' | 'parameters'>>;
  readonly officerLookup: OfficerLookup;
  readonly clientLookup: ClientLookup;
  readonly dossierLookup: DossierLookup;
  /** Real time in ms for the rate limits (anti-DoS follows the wall clock, not sandbox time). */
  readonly now: () => number;
  /** Key of the citizen hashes in the bulk counters; random per process when absent. */
  readonly citizenKey?: Buffer;
}

/**
 * The sandbox a request runs in: its state and its (virtual) clock, which drives the bulk-limit
 * day and the violation window.
 * @see DESIGN.md §3 ("Sandboxes isolate tenants")
 */
export interface PolicySandbox {
  readonly id: string;
  readonly store: SandboxStore;
  readonly clock: Pick<Clock, 'now'>;
}

/**
 * A request as the policy stage sees it, after authentication and request validation.
 * @see DESIGN.md §3 (pipeline stage 5)
 */
export interface PolicyRequest {
  readonly operationId: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, unknown>>;
  readonly clientId: string;
  readonly requestId: string;
  readonly sandbox: PolicySandbox;
  /** The officer the access token names, when the auth stage found one. */
  readonly officerId?: string;
  /** ID numbers of the citizens the request names, when known before dispatch. */
  readonly subjects?: readonly string[];
  /** The client's record as authentication just read it; looked up when absent. */
  readonly client?: PolicyClient;
}

/**
 * An allowed request: what it touches, who acts, from where, for which purpose and dossier, and
 * headers to add to the answer (policy warnings).
 * @see SECURITY.md §2 GW-04, GW-06, GW-17
 */
export interface PolicyGrant {
  readonly access: OperationAccess;
  readonly officerId?: string;
  readonly deviceId?: string;
  readonly binding?: DossierBinding;
  /** The distinct-citizen sets as the bulk check read them (spares a read after the answer). */
  readonly counted?: BulkSnapshot;
  readonly warnings: readonly string[];
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * A refused request: the problem to answer with, its headers (`Retry-After`,
 * `WWW-Authenticate`), the violation recorded and the suspension it triggered, if any.
 * @see SECURITY.md §2 GW-14, §4
 */
export interface PolicyRefusal {
  readonly problem: Problem;
  readonly headers: Readonly<Record<string, string>>;
  readonly violation?: RecordedViolation;
  readonly suspend?: SuspendDecision;
}

/**
 * What a dispatched request did: the citizens its answer touched and, for a problem answer, the
 * problem's code (an agency's `PURPOSE_NOT_PERMITTED` or `FIELD_NOT_PERMITTED` is a violation).
 * @see SECURITY.md §2 GW-07, GW-16
 */
export interface PolicyOutcome {
  readonly operationId: string;
  readonly clientId: string;
  readonly requestId: string;
  readonly sandbox: PolicySandbox;
  readonly grant: PolicyGrant;
  readonly citizens: readonly string[];
  readonly problemCode?: string;
}

/**
 * The policy stage: `check` once per request before dispatch, `recordOutcome` once after a
 * dispatched request's answer (never after a refusal of `check`, which records its own).
 * @see SECURITY.md §2 GW-04, GW-06, GW-07, GW-14 – GW-17
 */
export interface Policy {
  check(request: PolicyRequest): Promise<Result<PolicyGrant, PolicyRefusal>>;
  recordOutcome(outcome: PolicyOutcome): Promise<{
    readonly violation?: RecordedViolation;
    readonly suspend?: SuspendDecision;
  }>;
}
