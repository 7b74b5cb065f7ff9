import type { SandboxStore } from '../../mocks/ports/index.js';
import type { PolicyConfig } from './policy-config.js';
/**
 * The kind of a recorded violation: a purpose or dossier refusal (GW-06), a field outside the
 * purpose's allow-list (GW-07), or a distinct-citizen cap (GW-16).
 * @see SECURITY.md §2 GW-06, GW-07, GW-14, GW-16
 */
export type ViolationKind = 'PURPOSE' | 'FIELD' | 'BULK';
/**
 * One entry of the `gateway.policy.violations` log. It names the client, officer, operation and
 * request, never a citizen (the journal holds who was looked up).
 * @see SECURITY.md §2 GW-14
 */
export interface ViolationRecord {
    /** ISO 8601 instant +07:00 on the sandbox clock. */
    readonly at: string;
    readonly kind: ViolationKind;
    readonly code: string;
    readonly clientId: string;
    readonly officerId: string | null;
    readonly operationId: string;
    readonly requestId: string;
    readonly mucDich: string | null;
    readonly maHoSo: string | null;
    /** Set when this violation triggered an automatic suspension. */
    readonly reasonRef: string | null;
}
/**
 * An automatic suspension decided by the policy, for the lead to apply to the client registry
 * (`CONNECTED → SUSPENDED`, with `reasonRef` and the sandbox clock's `suspendedAt`).
 * @see SECURITY.md §2 GW-14; specs/sandbox.yaml `Suspension`
 */
export interface SuspendDecision {
    readonly clientId: string;
    readonly reasonRef: string;
}
/**
 * A violation as recorded: its kind, its sequence number in the log, and the suspension it
 * triggered, if any.
 * @see SECURITY.md §2 GW-14
 */
export interface RecordedViolation {
    readonly kind: ViolationKind;
    readonly seq: number;
    readonly suspend?: SuspendDecision;
}
/**
 * Log of every purpose, field and bulk violation in a sandbox.
 * @see SECURITY.md §2 GW-14
 */
export declare const VIOLATION_LOG = "gateway.policy.violations";
/**
 * Collection of the recent purpose and field violations per client (the sliding window).
 * @see SECURITY.md §2 GW-14 ("5 purpose or field violations in 1 hour")
 */
export declare const VIOLATION_WINDOW_COLLECTION = "gateway.policy.violation-windows";
/**
 * Whether a violation at `now` fills the window: the instants kept after it, and whether they
 * reach the threshold. A trigger empties the window, so one burst suspends once.
 * @see SECURITY.md §2 GW-14
 */
export declare function slideWindow(previous: readonly number[], now: number, limits: Pick<PolicyConfig['suspension'], 'violations' | 'windowMs'>): {
    readonly at: readonly number[];
    readonly triggered: boolean;
};
/**
 * Appends a violation and decides an automatic suspension: at the threshold of purpose and field
 * violations within the window, or at once for a bulk breach when so configured.
 * @see SECURITY.md §2 GW-14
 */
export declare function recordViolation(store: SandboxStore, entry: Omit<ViolationRecord, 'at' | 'reasonRef'>, now: Date, config: Pick<PolicyConfig, 'suspension' | 'violationLogEntries'>): Promise<RecordedViolation>;
