import type { CollectionDefinition, LogDefinition, SandboxStore } from '../../mocks/ports/index.js';
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
export const VIOLATION_LOG = 'gateway.policy.violations';

/**
 * Collection of the recent purpose and field violations per client (the sliding window).
 * @see SECURITY.md §2 GW-14 ("5 purpose or field violations in 1 hour")
 */
export const VIOLATION_WINDOW_COLLECTION = 'gateway.policy.violation-windows';

interface ViolationWindow {
  readonly clientId: string;
  /** Instants (ms, sandbox clock) of the violations still inside the window. */
  readonly at: readonly number[];
}

const WINDOWS: CollectionDefinition<ViolationWindow> = { idOf: (w) => w.clientId };

/**
 * Whether a violation at `now` fills the window: the instants kept after it, and whether they
 * reach the threshold. A trigger empties the window, so one burst suspends once.
 * @see SECURITY.md §2 GW-14
 */
export function slideWindow(
  previous: readonly number[],
  now: number,
  limits: Pick<PolicyConfig['suspension'], 'violations' | 'windowMs'>,
): { readonly at: readonly number[]; readonly triggered: boolean } {
  const at = [...previous.filter((t) => t > now - limits.windowMs && t <= now), now];
  return at.length >= limits.violations ? { at: [], triggered: true } : { at, triggered: false };
}

/**
 * Appends a violation and decides an automatic suspension: at the threshold of purpose and field
 * violations within the window, or at once for a bulk breach when so configured.
 * @see SECURITY.md §2 GW-14
 */
export async function recordViolation(
  store: SandboxStore,
  entry: Omit<ViolationRecord, 'at' | 'reasonRef'>,
  now: Date,
  config: Pick<PolicyConfig, 'suspension' | 'violationLogEntries'>,
): Promise<RecordedViolation> {
  const definition: LogDefinition<ViolationRecord> = {
    retention: { maxEntries: config.violationLogEntries },
  };
  return store.transaction(async (tx) => {
    let triggered = entry.kind === 'BULK' && config.suspension.onBulkBreach;
    if (entry.kind !== 'BULK') {
      const windows = tx.collection(VIOLATION_WINDOW_COLLECTION, WINDOWS);
      const previous = (await windows.get(entry.clientId))?.at ?? [];
      const slid = slideWindow(previous, now.getTime(), config.suspension);
      await windows.put({ clientId: entry.clientId, at: slid.at });
      triggered = slid.triggered;
    }
    const log = tx.log(VIOLATION_LOG, definition);
    const next = ((await log.last())?.seq ?? 0) + 1;
    const reasonRef = triggered ? `GW14-AUTO-${entry.kind}-${next}` : null;
    const seq = await log.append({ ...entry, at: vietnamIso(now), reasonRef });
    return {
      kind: entry.kind,
      seq,
      ...(reasonRef ? { suspend: { clientId: entry.clientId, reasonRef } } : {}),
    };
  });
}

/** The instant as ISO 8601 with the +07:00 offset (`2026-09-15T09:30:00.000+07:00`). */
function vietnamIso(instant: Date): string {
  const shifted = new Date(instant.getTime() + 7 * 60 * 60 * 1000);
  return shifted.toISOString().replace('Z', '+07:00');
}
