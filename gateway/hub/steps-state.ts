/**
 * The agency steps waiting for an officer's decision (manual profile), collection
 * `lienthong.steps`.
 * @see specs/sandbox.yaml `PendingStep`, `sandboxListPendingSteps`, `sandboxDecideStep`
 */
import type { CollectionDefinition, StoreScope } from '../../mocks/ports/store/index.js';
import { HUB_COLLECTIONS, type LegCode, type LinkedSystem, type Reason } from './model.js';

/** A manual step and, once decided, its decision. */
export interface StepRecord {
  readonly stepId: string;
  /** The linked dossier. */
  readonly dossierId: string;
  /** The leg's dossier code (`…-TT`). */
  readonly maHoSo: string;
  readonly leg: LegCode;
  readonly system: LinkedSystem;
  readonly operationId: string;
  readonly since: string;
  readonly deadline: string;
  readonly summary: string;
  readonly state: 'PENDING' | 'DECIDED' | 'CLOSED';
  readonly decision?: {
    readonly decision: 'approve' | 'refuse' | 'requestSupplement';
    readonly reasons: readonly Reason[];
    readonly officerId: string;
    readonly decidedAt: string;
  };
}

/** `lienthong.steps`, indexed by state. */
export const STEPS: CollectionDefinition<StepRecord, 'byState'> = {
  idOf: (s) => s.stepId,
  indexes: { byState: (s) => s.state },
};

/** The steps collection of a sandbox. */
export const steps = (s: Pick<StoreScope, 'collection'>) =>
  s.collection(HUB_COLLECTIONS.steps, STEPS);
